import { AppError } from './errors';

// Money is an integer count of a currency's minor unit plus its ISO-4217 code.
// Rates are integer basis points (1 bp = 0.01 %). No floating point arithmetic
// touches an amount: decimals are parsed from their string form and formatted
// by handing Intl a decimal string.

export type Currency = string;
export type Money = { readonly amountMinor: number; readonly currency: Currency };

const CURRENCY_RE = /^[A-Z]{3}$/;
const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));
const exponentCache = new Map<string, number>();

export function assertCurrency(currency: string): Currency {
  const code = currency.trim().toUpperCase();
  if (!CURRENCY_RE.test(code) || !knownCurrencies.has(code)) {
    throw new AppError('unprocessable', `Unknown currency "${currency}"`);
  }
  return code;
}

/** Number of decimal places of the currency's minor unit (EUR 2, JPY 0, KWD 3). */
export function currencyExponent(currency: Currency): number {
  const code = assertCurrency(currency);
  let exponent = exponentCache.get(code);
  if (exponent === undefined) {
    exponent = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
      .maximumFractionDigits as number;
    exponentCache.set(code, exponent);
  }
  return exponent;
}

export function assertMinor(amountMinor: number): number {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new AppError('unprocessable', `Amount ${amountMinor} is not a whole number of minor units`);
  }
  return amountMinor;
}

export function money(amountMinor: number, currency: Currency): Money {
  return { amountMinor: assertMinor(amountMinor), currency: assertCurrency(currency) };
}

export function zero(currency: Currency): Money {
  return money(0, currency);
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new AppError('unprocessable', `Currency mismatch: ${a.currency} and ${b.currency}`);
  }
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amountMinor + b.amountMinor, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amountMinor - b.amountMinor, a.currency);
}

export function negate(a: Money): Money {
  return money(-a.amountMinor, a.currency);
}

export function compare(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.amountMinor < b.amountMinor ? -1 : a.amountMinor > b.amountMinor ? 1 : 0;
}

export function sum(amounts: readonly Money[], currency: Currency): Money {
  return amounts.reduce((total, item) => add(total, item), zero(currency));
}

// ---------------------------------------------------------------- parsing

export type Rounding = 'reject' | 'floor' | 'half-even';

const GROUP_CHARS = /[\s\u00a0\u202f']/g;

/**
 * Parses a decimal string ("84.50", "84,50", "-1 234,5", "1,234.56") into an
 * integer scaled by 10^exponent. With both "." and "," present the last one is
 * the decimal mark; a single mark that occurs once is the decimal mark; one that
 * occurs several times groups thousands. Digits beyond the exponent must be
 * zeros unless a rounding mode says otherwise.
 */
export function parseScaled(input: string, exponent: number, rounding: Rounding = 'reject'): number {
  const raw = input.trim();
  const match = /^([+-]?)(.+)$/.exec(raw);
  if (!raw || !match) throw invalidAmount(input);
  const sign = match[1] === '-' ? -1n : 1n;
  const body = match[2]!.replace(GROUP_CHARS, '');
  if (!/^[0-9.,]+$/.test(body) || !/[0-9]/.test(body)) throw invalidAmount(input);

  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let decimalMark: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimalMark = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0) decimalMark = body.indexOf('.') === lastDot ? '.' : null;
  else if (lastComma >= 0) decimalMark = body.indexOf(',') === lastComma ? ',' : null;

  let intPart = body;
  let fracPart = '';
  if (decimalMark) {
    const at = body.lastIndexOf(decimalMark);
    intPart = body.slice(0, at);
    fracPart = body.slice(at + 1);
    if (/[.,]/.test(fracPart)) throw invalidAmount(input);
  }
  if (/[.,]/.test(intPart)) {
    // Remaining marks are thousands separators: groups of exactly three digits.
    if (!/^\d{1,3}([.,]\d{3})+$/.test(intPart)) throw invalidAmount(input);
    intPart = intPart.replace(/[.,]/g, '');
  }
  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(fracPart) || (intPart + fracPart).length === 0) {
    throw invalidAmount(input);
  }

  const kept = fracPart.slice(0, exponent).padEnd(exponent, '0');
  const dropped = fracPart.slice(exponent);
  let scaled = BigInt((intPart || '0') + kept);
  if (/[1-9]/.test(dropped)) {
    if (rounding === 'reject') {
      throw new AppError('unprocessable', `"${input}" has more than ${exponent} decimal places`);
    }
    if (rounding === 'half-even') {
      const first = Number(dropped[0]);
      const rest = /[1-9]/.test(dropped.slice(1));
      const roundUp = first > 5 || (first === 5 && (rest || scaled % 2n === 1n));
      if (roundUp) scaled += 1n;
    }
    // 'floor' on the magnitude, then the sign: rounds toward -infinity for negatives
    if (rounding === 'floor' && sign < 0n) scaled += 1n;
  }
  const result = sign * scaled;
  if (result > BigInt(Number.MAX_SAFE_INTEGER) || result < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new AppError('unprocessable', `"${input}" is too large`);
  }
  return Number(result) || 0; // avoid -0
}

function invalidAmount(input: string): AppError {
  return new AppError('unprocessable', `"${input}" is not a valid amount`);
}

/** "84,50" EUR → { amountMinor: 8450, currency: 'EUR' }. */
export function parseMoney(input: string, currency: Currency, rounding: Rounding = 'reject'): Money {
  const code = assertCurrency(currency);
  return money(parseScaled(input, currencyExponent(code), rounding), code);
}

/** "8", "8.5", "8,5 %" → basis points (800, 850, 850). At most two decimals. */
export function parseRateBps(input: string): number {
  const cleaned = input.trim().replace(/\s*%$/, '');
  const bps = parseScaled(cleaned, 2);
  if (bps < 0) throw new AppError('unprocessable', `Rate "${input}" cannot be negative`);
  return bps;
}

// ---------------------------------------------------------------- formatting

/** Integer scaled by 10^exponent → plain decimal string: (-8450, 2) → "-84.50". */
export function toDecimalString(scaled: number, exponent: number): string {
  assertMinor(scaled);
  const negative = scaled < 0;
  const digits = Math.abs(scaled)
    .toString()
    .padStart(exponent + 1, '0');
  const whole = exponent ? digits.slice(0, -exponent) : digits;
  const frac = exponent ? `.${digits.slice(-exponent)}` : '';
  return `${negative ? '-' : ''}${whole}${frac}`;
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(key: string, locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

type Decimal = `${number}`;

/** "8,45 €" in fr, "€8.45" in en. Whole amounts keep their decimals unless compact is set. */
export function formatMoney(value: Money, locale: string, options: { compact?: boolean } = {}): string {
  const exponent = currencyExponent(value.currency);
  const wholeOnly = options.compact && value.amountMinor % 10 ** exponent === 0;
  const digits = wholeOnly ? 0 : exponent;
  const f = formatter(`m|${locale}|${value.currency}|${digits}`, locale, {
    style: 'currency',
    currency: value.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return f.format(toDecimalString(value.amountMinor, exponent) as Decimal);
}

/** 850 bps → "8,5 %" in fr, "8.5%" in en. */
export function formatRate(rateBps: number, locale: string): string {
  const f = formatter(`r|${locale}`, locale, { style: 'percent', maximumFractionDigits: 2 });
  return f.format(toDecimalString(rateBps, 4) as Decimal);
}

// ---------------------------------------------------------------- arithmetic

/**
 * amountMinor × rateBps / 10 000 in exact integer arithmetic. 'floor' rounds
 * toward −∞ (a member's share is never rounded up), 'half-even' to nearest.
 */
export function applyRateBps(
  amountMinor: number,
  rateBps: number,
  rounding: 'floor' | 'half-even' = 'floor',
): number {
  assertMinor(amountMinor);
  if (!Number.isSafeInteger(rateBps)) throw new AppError('unprocessable', `Rate ${rateBps} is not whole bps`);
  const product = BigInt(amountMinor) * BigInt(rateBps);
  const divisor = 10_000n;
  let quotient = product / divisor; // truncates toward zero
  const remainder = product % divisor;
  if (remainder !== 0n) {
    if (rounding === 'floor') {
      if (product < 0n) quotient -= 1n;
    } else {
      const twice = (remainder < 0n ? -remainder : remainder) * 2n;
      const away =
        twice > divisor || (twice === divisor && (quotient < 0n ? -quotient : quotient) % 2n === 1n);
      if (away) quotient += product < 0n ? -1n : 1n;
    }
  }
  return Number(quotient) || 0;
}
