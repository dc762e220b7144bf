import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import {
  add,
  applyRateBps,
  currencyExponent,
  formatMoney,
  formatRate,
  money,
  parseMoney,
  parseRateBps,
  parseScaled,
  subtract,
  sum,
  toDecimalString,
} from './money';

// Intl inserts narrow no-break spaces in French; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('currencyExponent', () => {
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['KWD', 3],
    ['BHD', 3],
    ['eur', 2],
  ])('%s has %i decimals', (currency, exponent) => {
    expect(currencyExponent(currency)).toBe(exponent);
  });

  it.each(['EURO', 'XYZ', '', '€'])('refuses the unknown currency %j', (currency) => {
    expect(() => currencyExponent(currency)).toThrow(AppError);
  });
});

describe('parseMoney', () => {
  it.each([
    ['dot decimal', '84.50', 'EUR', 8450],
    ['comma decimal (French)', '84,50', 'EUR', 8450],
    ['one decimal', '84,5', 'EUR', 8450],
    ['no decimals', '84', 'EUR', 8400],
    ['leading decimal mark', ',5', 'EUR', 50],
    ['trailing decimal mark', '84.', 'EUR', 8400],
    ['negative', '-12.34', 'EUR', -1234],
    ['explicit plus', '+12.34', 'EUR', 1234],
    ['negative zero is zero', '-0.00', 'EUR', 0],
    ['French thousands with spaces', '1 234,56', 'EUR', 123456],
    ['French thousands with a narrow no-break space', '1\u202f234,56', 'EUR', 123456],
    ['French thousands with dots', '1.234.567,89', 'EUR', 123456789],
    ['English thousands with commas', '1,234,567.89', 'EUR', 123456789],
    ['Swiss apostrophes', "1'234.50", 'CHF', 123450],
    ['repeated commas are thousands', '1,234,567', 'EUR', 123456700],
    ['trailing zeros beyond the exponent are fine', '84.5000', 'EUR', 8450],
    ['surrounding whitespace', '  7,10 ', 'EUR', 710],
    ['zero-decimal currency', '1500', 'JPY', 1500],
    ['zero-decimal currency with .0', '1500.0', 'JPY', 1500],
    ['three-decimal currency', '12.345', 'KWD', 12345],
    ['three-decimal currency, comma', '0,005', 'BHD', 5],
    ['negative three-decimal', '-1.5', 'KWD', -1500],
    ['very large but safe', '90071992547409.91', 'EUR', 9007199254740991],
  ])('%s: %j %s → %i', (_label, input, currency, expected) => {
    expect(parseMoney(input, currency)).toEqual({ amountMinor: expected, currency: currency.toUpperCase() });
  });

  it.each([
    ['empty', ''],
    ['letters', 'abc'],
    ['a sign alone', '-'],
    ['two decimal marks', '1.2.3,4,5'],
    ['bad grouping', '12,34,567.00'],
    ['double minus', '--5'],
    ['exponent notation', '1e3'],
    ['a currency sign', '12 €'],
    ['too many decimals', '84.505'],
    ['unsafe integer', '90071992547409.92'],
    ['decimal after grouping', '1.234,5.6'],
  ])('refuses %s (%j)', (_label, input) => {
    expect(() => parseMoney(input, 'EUR')).toThrow(AppError);
  });

  it('refuses decimals for a zero-decimal currency', () => {
    expect(() => parseMoney('1500.5', 'JPY')).toThrow(/more than 0 decimal places/);
  });

  it.each([
    ['half-even rounds half to even (down)', '0.125', 'half-even', 12],
    ['half-even rounds half to even (up)', '0.135', 'half-even', 14],
    ['half-even above half', '0.1251', 'half-even', 13],
    ['half-even negative', '-0.135', 'half-even', -14],
    ['floor positive', '0.129', 'floor', 12],
    ['floor negative goes toward minus infinity', '-0.121', 'floor', -13],
  ] as const)('%s: %j → %i', (_label, input, rounding, expected) => {
    expect(parseScaled(input, 2, rounding)).toBe(expected);
  });
});

describe('parseRateBps', () => {
  it.each([
    ['8', 800],
    ['8.5', 850],
    ['8,5 %', 850],
    ['0.5%', 50],
    ['15', 1500],
    ['0,01', 1],
  ])('%j → %i bps', (input, expected) => {
    expect(parseRateBps(input)).toBe(expected);
  });
  it.each(['-1', '8.555', 'eight'])('refuses %j', (input) => {
    expect(() => parseRateBps(input)).toThrow(AppError);
  });
});

describe('toDecimalString', () => {
  it.each([
    [8450, 2, '84.50'],
    [5, 2, '0.05'],
    [-5, 2, '-0.05'],
    [-123456, 2, '-1234.56'],
    [1500, 0, '1500'],
    [12345, 3, '12.345'],
    [0, 2, '0.00'],
  ])('%i with %i decimals → %s', (scaled, exponent, expected) => {
    expect(toDecimalString(scaled, exponent)).toBe(expected);
  });
});

describe('formatMoney', () => {
  it.each([
    ['fr', 8450, 'EUR', '84,50 €'],
    ['en', 8450, 'EUR', '€84.50'],
    ['fr', -8450, 'EUR', '-84,50 €'],
    ['en', -8450, 'EUR', '-€84.50'],
    ['fr', 123456789, 'EUR', '1 234 567,89 €'],
    ['en', 123456789, 'EUR', '€1,234,567.89'],
    ['fr', 1500, 'JPY', '1 500 JPY'],
    ['en', 1500, 'JPY', '¥1,500'],
    ['fr', 12345, 'KWD', '12,345 KWD'],
    ['en', 12345, 'KWD', 'KWD 12.345'],
    ['en', 1, 'EUR', '€0.01'],
  ])('%s %i %s → %s', (locale, amountMinor, currency, expected) => {
    expect(plain(formatMoney(money(amountMinor, currency), locale))).toBe(expected);
  });

  it('drops the decimals of whole amounts when compact', () => {
    expect(plain(formatMoney(money(8000, 'EUR'), 'fr', { compact: true }))).toBe('80 €');
    expect(plain(formatMoney(money(8050, 'EUR'), 'fr', { compact: true }))).toBe('80,50 €');
  });
});

describe('formatRate', () => {
  it.each([
    ['fr', 800, '8 %'],
    ['en', 800, '8%'],
    ['fr', 850, '8,5 %'],
    ['en', 50, '0.5%'],
    ['fr', 1, '0,01 %'],
    ['en', 1500, '15%'],
  ])('%s %i bps → %s', (locale, bps, expected) => {
    expect(plain(formatRate(bps, locale))).toBe(expected);
  });
});

describe('applyRateBps', () => {
  it.each([
    ['5 % of 84,50 € rounds down', 8450, 500, 'floor', 422],
    ['exact', 10000, 500, 'floor', 500],
    ['0.4 cent stays 0', 8, 500, 'floor', 0],
    ['negative floors toward minus infinity', -8450, 500, 'floor', -423],
    ['half-even, half goes to even', 10, 5000, 'half-even', 5],
    ['half-even, 4.225 → 4.22', 8450, 500, 'half-even', 422],
    ['half-even, 0.5 → 0', 1, 5000, 'half-even', 0],
    ['half-even, 1.5 → 2', 3, 5000, 'half-even', 2],
    ['half-even negative, -1.5 → -2', -3, 5000, 'half-even', -2],
    ['100 % is the whole', 12345, 10000, 'floor', 12345],
    ['large amounts stay exact', 9_000_000_000_000, 1234, 'floor', 1_110_600_000_000],
  ] as const)('%s', (_label, amount, bps, rounding, expected) => {
    expect(applyRateBps(amount, bps, rounding)).toBe(expected);
  });
});

describe('arithmetic', () => {
  it('adds and subtracts in one currency', () => {
    expect(add(money(100, 'EUR'), money(-250, 'EUR'))).toEqual(money(-150, 'EUR'));
    expect(subtract(money(100, 'EUR'), money(250, 'EUR'))).toEqual(money(-150, 'EUR'));
    expect(sum([money(1, 'EUR'), money(2, 'EUR'), money(3, 'EUR')], 'EUR')).toEqual(money(6, 'EUR'));
  });
  it('refuses to mix currencies', () => {
    expect(() => add(money(100, 'EUR'), money(100, 'USD'))).toThrow(/Currency mismatch/);
  });
  it('refuses fractional minor units', () => {
    expect(() => money(1.5, 'EUR')).toThrow(AppError);
  });
});
