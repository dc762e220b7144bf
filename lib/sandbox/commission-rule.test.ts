import { describe, expect, it } from 'vitest';
import { applyRateBps } from '@/lib/money';
import { type MemberPromise, sandboxCommissionMinor } from './commission-rule';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const pct = (rateBps: number): MemberPromise => ({ kind: 'percent', rateBps });
const fixed = (amountMinor: number, currency = 'EUR'): MemberPromise => ({
  kind: 'fixed',
  amountMinor,
  currency,
});

describe('sandboxCommissionMinor', () => {
  it.each([
    ['Maison Lavande new customer 8 %: 84,50 € → 10 % → 8,45 €', 8450, [pct(800), pct(500)], 845],
    ['5 % pays 6,25 %: 100 € → 6,25 €', 10_000, [pct(500)], 625],
    ['1,5 % pays 1,875 % rounded up to 188 bps', 10_000, [pct(150)], 188],
    ['the product is rounded up: 84,50 € × 6,25 % = 5,28125 € → 5,29 €', 8450, [pct(500)], 529],
    ['no rate at all still pays 1 %', 8450, [], 85],
    ['0,5 % is lifted to the 1 % floor', 10_000, [pct(50)], 100],
    ['0,8 % × 1,25 = 1 % exactly', 10_000, [pct(80)], 100],
    ['a boost wins over its base rate: 12 % pays 15 %', 10_000, [pct(500), pct(1200)], 1500],
    ['100 % cashback pays 125 %', 10_000, [pct(10_000)], 12_500],
    ['a fixed 10 € bonus pays 12,50 € plus the 1 % floor', 10_000, [fixed(1000)], 100 + 1250],
    ['an odd fixed amount rounds up: 0,03 € → 0,04 €', 10_000, [fixed(3)], 100 + 4],
    ['the best fixed amount counts once', 10_000, [fixed(500), fixed(1500)], 100 + 1875],
    ['percent and fixed add up', 8450, [pct(800), fixed(500)], 845 + 625],
    ['1 € sale, 1 % floor: 0,01 €', 100, [], 1],
    ['the smallest sale still rounds up to a cent', 1, [pct(500)], 1],
    ['10 000 € at 8 %', 1_000_000, [pct(800)], 100_000],
  ])('%s', (_label, saleMinor, promises, expected) => {
    expect(sandboxCommissionMinor(eur(saleMinor), promises)).toBe(expected);
  });

  // The property the rule exists for: whatever the member was promised, the
  // commission covers it, with the member's share rounded either way.
  it.each([
    [1, 800],
    [3, 333],
    [99, 1],
    [8450, 500],
    [8450, 800],
    [12_345, 1234],
    [999_999, 10_000],
  ])('covers the promise on %i at %i bps, however the split rounds', (saleMinor, rateBps) => {
    const commission = sandboxCommissionMinor(eur(saleMinor), [pct(rateBps)]);
    expect(commission).toBeGreaterThanOrEqual(applyRateBps(saleMinor, rateBps, 'half-even'));
    expect(commission).toBeGreaterThanOrEqual(-applyRateBps(-saleMinor, rateBps, 'floor'));
  });

  it('refuses a fixed promise in another currency instead of under-paying', () => {
    expect(() => sandboxCommissionMinor(eur(10_000), [fixed(500, 'USD')])).toThrow(
      'sandbox.errors.currencyMismatch',
    );
  });

  it.each([
    ['a fractional rate', [pct(12.5)]],
    ['a negative rate', [pct(-100)]],
    ['a fractional fixed amount', [fixed(1.5)]],
  ])('refuses %s', (_label, promises) => {
    expect(() => sandboxCommissionMinor(eur(10_000), promises)).toThrow();
  });

  it('refuses a negative or fractional sale', () => {
    expect(() => sandboxCommissionMinor(eur(-100), [])).toThrow();
    expect(() => sandboxCommissionMinor(eur(10.5), [])).toThrow();
  });
});
