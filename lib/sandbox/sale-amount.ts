import { AppError, isAppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { currencyExponent, parseMoney } from '@/lib/money';

// The amounts a sandbox order or amendment may have: 1 to 10 000 units of the
// currency (1 € – 10 000 €). A shop form sends text; "84,50" and "84.50" are
// the same amount, anything else is a field message, never a 500.

export const SANDBOX_SALE_MIN_UNITS = 1;
export const SANDBOX_SALE_MAX_UNITS = 10_000;

const REQUIRED = 'sandbox.errors.amountRequired' satisfies MessageKey;
const INVALID = 'sandbox.errors.amountInvalid' satisfies MessageKey;
const RANGE = 'sandbox.errors.amountRange' satisfies MessageKey;

export function saleAmountBoundsMinor(currency: string): { minMinor: number; maxMinor: number } {
  const unit = 10 ** currencyExponent(currency);
  return { minMinor: SANDBOX_SALE_MIN_UNITS * unit, maxMinor: SANDBOX_SALE_MAX_UNITS * unit };
}

/** Throws a 422 on `field` unless the amount is a whole number of minor units within the bounds. */
export function assertSaleAmountMinor(amountMinor: number, currency: string, field = 'amount'): number {
  const { minMinor, maxMinor } = saleAmountBoundsMinor(currency);
  if (!Number.isSafeInteger(amountMinor)) throw fieldError(field, INVALID);
  if (amountMinor < minMinor || amountMinor > maxMinor) throw fieldError(field, RANGE);
  return amountMinor;
}

/** "84,50" → 8450 (EUR); a field message on `field` for empty, malformed or out-of-range text. */
export function parseSaleAmount(input: string, currency: string, field = 'amount'): number {
  const text = input.trim();
  if (text === '') throw fieldError(field, REQUIRED);
  // Bounded before parsing: no amount in range needs more than a few characters.
  if (text.length > 32) throw fieldError(field, INVALID);
  let amountMinor: number;
  try {
    amountMinor = parseMoney(text, currency).amountMinor;
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw fieldError(field, INVALID);
  }
  return assertSaleAmountMinor(amountMinor, currency, field);
}

function fieldError(field: string, key: MessageKey): AppError {
  return new AppError('unprocessable', 'sandbox.errors.invalidOrder' satisfies MessageKey, {
    fields: { [field]: [key] },
  });
}
