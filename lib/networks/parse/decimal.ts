import { assertCurrency, currencyExponent, parseScaled } from '@/lib/money';
import type { Money } from '../conversion-event';
import { fail, ok, type Parsed, shown } from './parsed';

// Network amounts to integer minor units, from their string form
// (networks.md §6.1 parsing rules): "84.50" → 8450. A JSON number goes
// through String(n) first, never Math.round(n * 100). French networks may
// write a decimal comma ("84,50", "1 234,56"; §6.1, Effiliation §1.7).

/**
 * `.`: "1234.56" only (Awin, JSON APIs). `,`: "1234,56" or "1 234,56" (French
 * exports). `either`: one mark of either kind, no thousands grouping, so
 * "1,230" reads 1.23 and never 1230.
 */
export type DecimalMark = '.' | ',' | 'either';

export type AmountOptions = { decimalMark?: DecimalMark; allowNegative?: boolean };

const AMOUNT_CHARS_MAX = 32;
/** A double keeps 15 significant decimal digits exactly; past that String(n) may not be what was sent. */
const JSON_NUMBER_DIGITS_MAX = 15;

const FORMATS: Record<DecimalMark, RegExp> = {
  '.': /^[+-]?\d+(\.\d+)?$/,
  ',': /^[+-]?(\d{1,3}([ \u00a0\u202f]\d{3})+|\d+)(,\d+)?$/,
  either: /^[+-]?\d+([.,]\d+)?$/,
};

/** "EUR", "eur " → "EUR"; anything not ISO-4217 → a problem. */
export function parseCurrencyCode(raw: unknown): Parsed<string> {
  if (typeof raw !== 'string') return fail(`currency must be a string, got ${shown(raw)}`);
  try {
    return ok(assertCurrency(raw));
  } catch {
    return fail(`unknown currency ${shown(raw)}`);
  }
}

/** A decimal string or JSON number → integer minor units of `currency`. */
export function parseAmountMinor(
  raw: unknown,
  currency: string,
  options: AmountOptions = {},
): Parsed<number> {
  const text = amountText(raw, options.decimalMark ?? 'either');
  if (!text.ok) return text;
  let exponent: number;
  try {
    exponent = currencyExponent(currency);
  } catch {
    return fail(`unknown currency ${shown(currency)}`);
  }
  let minor: number;
  try {
    minor = parseScaled(text.value, exponent, 'reject');
  } catch {
    return fail(`${shown(raw)} is not an exact ${currency} amount (too many decimals or too large)`);
  }
  if (minor < 0 && !options.allowNegative) return fail(`${shown(raw)} cannot be negative`);
  return ok(minor);
}

/** parseAmountMinor with its currency, as the contract's Money. */
export function parseMoneyAmount(raw: unknown, currency: string, options: AmountOptions = {}): Parsed<Money> {
  const minor = parseAmountMinor(raw, currency, options);
  return minor.ok ? ok({ amountMinor: minor.value, currency }) : minor;
}

/** The amount as a plain decimal string with "." as its mark, or a problem. */
function amountText(raw: unknown, mark: DecimalMark): Parsed<string> {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return fail(`${shown(raw)} is not a finite amount`);
    const text = String(raw);
    if (!FORMATS['.'].test(text)) return fail(`${text} is not a plain decimal amount`);
    if (text.replace(/[-.]/g, '').replace(/^0+/, '').length > JSON_NUMBER_DIGITS_MAX) {
      return fail(`${text} has too many digits to be exact as a JSON number`);
    }
    return ok(text);
  }
  if (typeof raw !== 'string') return fail(`amount must be a string or number, got ${shown(raw)}`);
  const trimmed = raw.trim();
  if (trimmed === '') return fail('amount is empty');
  if (trimmed.length > AMOUNT_CHARS_MAX) return fail(`${shown(raw)} is too long for an amount`);
  if (!FORMATS[mark].test(trimmed)) return fail(`${shown(raw)} is not a decimal amount`);
  return ok(trimmed.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
}
