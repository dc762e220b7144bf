import { currencyExponent, toDecimalString } from '@/lib/money';

// How Awin writes values in a transaction notification (networks.md §1.1):
// every value a string, amounts as plain decimals ("84.50", never "84,5" or
// 84.5), times as `%Y-%m-%d %H:%i:%s` in UTC.

/** 8450 EUR → "84.50"; 500 JPY → "500"; -125 EUR → "-1.25". From integer minor units, no float. */
export function awinDecimal(amountMinor: number, currency: string): string {
  return toDecimalString(amountMinor, currencyExponent(currency));
}

/** 2025-03-14T18:22:05.123Z → "2025-03-14 18:22:05" (UTC, seconds kept, milliseconds dropped). */
export function awinDateTime(at: Date): string {
  const iso = at.toISOString();
  if (iso.length !== 24) throw new RangeError(`date outside Awin's format: ${iso}`);
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
