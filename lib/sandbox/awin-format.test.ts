import { describe, expect, it } from 'vitest';
import { awinDateTime, awinDecimal } from './awin-format';

describe('awinDecimal', () => {
  it.each([
    ['84,50 € is "84.50"', 8450, 'EUR', '84.50'],
    ['4,23 € is "4.23"', 423, 'EUR', '4.23'],
    ['a whole amount keeps its cents', 10000, 'EUR', '100.00'],
    ['0,05 € pads the units', 5, 'EUR', '0.05'],
    ['zero', 0, 'EUR', '0.00'],
    ['a negative delta', -125, 'EUR', '-1.25'],
    ['10 000 € has no grouping', 1_000_000, 'EUR', '10000.00'],
    ['yen have no decimals', 500, 'JPY', '500'],
    ['dinars have three', 1234, 'KWD', '1.234'],
    ['a lower-case code is the same currency', 8450, 'eur', '84.50'],
  ])('%s', (_label, minor, currency, expected) => {
    expect(awinDecimal(minor, currency)).toBe(expected);
  });

  it.each([
    ['a fraction of a cent', 84.5],
    ['a non-finite amount', Number.NaN],
    ['beyond exact integers', 2 ** 53],
  ])('refuses %s', (_label, minor) => {
    expect(() => awinDecimal(minor, 'EUR')).toThrow();
  });

  it('refuses an unknown currency', () => {
    expect(() => awinDecimal(100, 'XXY')).toThrow(/Unknown currency/);
  });
});

describe('awinDateTime', () => {
  it.each([
    ['F1 transactionDate', '2025-03-14T18:22:05Z', '2025-03-14 18:22:05'],
    ['milliseconds are dropped, not rounded', '2025-03-14T18:22:05.999Z', '2025-03-14 18:22:05'],
    ['a Paris evening is the UTC afternoon', '2025-07-01T22:30:00+02:00', '2025-07-01 20:30:00'],
    ['midnight', '2026-01-01T00:00:00Z', '2026-01-01 00:00:00'],
  ])('%s', (_label, iso, expected) => {
    expect(awinDateTime(new Date(iso))).toBe(expected);
  });

  it('refuses an invalid date', () => {
    expect(() => awinDateTime(new Date('nope'))).toThrow();
  });
});
