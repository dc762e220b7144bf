import { describe, expect, it } from 'vitest';
import { type DecimalMark, parseAmountMinor, parseCurrencyCode, parseMoneyAmount } from './decimal';

describe('parseAmountMinor', () => {
  it.each<[string, unknown, string, DecimalMark, number]>([
    ['Awin string "84.50"', '84.50', 'EUR', '.', 8450],
    ['Awin API number 59.5 (String(n) = "59.5")', 59.5, 'EUR', '.', 5950],
    ['Awin API number 2.98, a float that *100 gets wrong', 2.98, 'EUR', '.', 298],
    ['number 0.29 (0.29*100 = 28.999…)', 0.29, 'EUR', '.', 29],
    ['a whole number', 120, 'USD', '.', 12000],
    ['zero', '0.00', 'EUR', '.', 0],
    ['surrounding spaces', ' 4.23 ', 'EUR', '.', 423],
    ['decimal comma "84,50"', '84,50', 'EUR', ',', 8450],
    ['French grouping "1 234,56"', '1 234,56', 'EUR', ',', 123456],
    ['French narrow no-break grouping', '1\u202f234,5', 'EUR', ',', 123450],
    ['either mark: "84,5"', '84,5', 'EUR', 'either', 8450],
    ['either mark: "84.5"', '84.5', 'EUR', 'either', 8450],
    ['either mark: "1,230" is 1.23, never 1230', '1,230', 'EUR', 'either', 123],
    ['JPY has no minor unit', '500', 'JPY', '.', 500],
    ['KWD has three', '1.234', 'KWD', '.', 1234],
    ['trailing zeros beyond the exponent are exact', '4.2300', 'EUR', '.', 423],
  ])('%s', (_label, raw, currency, decimalMark, expected) => {
    expect(parseAmountMinor(raw, currency, { decimalMark })).toEqual({ ok: true, value: expected });
  });

  it.each<[string, unknown, string, DecimalMark]>([
    ['negative where not allowed', '-4.23', 'EUR', '.'],
    ['negative number', -1, 'EUR', '.'],
    ['more decimals than the currency has', '4.235', 'EUR', '.'],
    ['a float artefact', 0.1 + 0.2, 'EUR', '.'],
    ['JPY with decimals', '500.5', 'JPY', '.'],
    ['exponent notation (String(1e21))', 1e21, 'EUR', '.'],
    ['exponent notation in a string', '1e3', 'EUR', 'either'],
    ['past MAX_SAFE_INTEGER minor units', '90071992547409.93', 'EUR', '.'],
    ['a JSON number with more than 15 significant digits', JSON.parse('1234567890123456.7'), 'EUR', '.'],
    ['NaN', Number.NaN, 'EUR', '.'],
    ['Infinity', Number.POSITIVE_INFINITY, 'EUR', '.'],
    ['empty', '', 'EUR', '.'],
    ['words', 'abc', 'EUR', '.'],
    ['a currency sign', '€84.50', 'EUR', '.'],
    ['a comma when only "." is allowed', '84,50', 'EUR', '.'],
    ['a "." when only "," is allowed', '84.50', 'EUR', ','],
    ['thousands grouping with "either"', '1,234.56', 'EUR', 'either'],
    ['bad French grouping', '12 34,5', 'EUR', ','],
    ['an object', { amount: 1 }, 'EUR', '.'],
    ['a boolean', true, 'EUR', '.'],
    ['null', null, 'EUR', '.'],
    ['an unknown currency', '1.00', 'XYZ', '.'],
    ['an absurdly long string', `1${'0'.repeat(40)}`, 'EUR', '.'],
  ])('refuses %s', (_label, raw, currency, decimalMark) => {
    const parsed = parseAmountMinor(raw, currency, { decimalMark });
    expect(parsed.ok).toBe(false);
  });

  it('allows a negative when told to (CJ corrections, deltas)', () => {
    expect(parseAmountMinor('-40.00', 'USD', { allowNegative: true })).toEqual({ ok: true, value: -4000 });
    expect(parseAmountMinor('-0.00', 'USD', { allowNegative: false })).toEqual({ ok: true, value: 0 });
  });

  it('says what was wrong, with the value', () => {
    expect(parseAmountMinor('-4.23', 'EUR')).toEqual({ ok: false, problem: '"-4.23" cannot be negative' });
  });
});

describe('parseMoneyAmount', () => {
  it('pairs the minor units with the currency', () => {
    expect(parseMoneyAmount('4.23', 'EUR')).toEqual({
      ok: true,
      value: { amountMinor: 423, currency: 'EUR' },
    });
  });
});

describe('parseCurrencyCode', () => {
  it.each([
    ['EUR', 'EUR'],
    ['eur', 'EUR'],
    [' GBP ', 'GBP'],
  ])('%j → %s', (raw, expected) => {
    expect(parseCurrencyCode(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([['XYZ'], ['EURO'], ['€'], [''], [978], [null]])('refuses %j', (raw) => {
    expect(parseCurrencyCode(raw).ok).toBe(false);
  });
});
