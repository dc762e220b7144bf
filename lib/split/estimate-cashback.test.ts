import { describe, expect, it } from 'vitest';
import { estimateCashback } from './estimate-cashback';
import { boost, eur, fixed, pct, terms } from './testing/terms';

describe('estimateCashback', () => {
  const happyHour = boost({ boostedRateBps: 1000, budgetMinor: 300 });
  it.each([
    ['5 % of a 150 € basket', [pct(500)], 15_000, null, 750],
    [
      'a boost, not capped by any commission',
      [pct(500, { boost: boost({ boostedRateBps: 2000 }) })],
      15_000,
      null,
      3000,
    ],
    ["a boost limited by its budget's 3,00 €", [pct(500, { boost: happyHour })], 15_000, null, 1050],
    ["the rate's own cap still applies", [pct(1000, { capMinor: 800 })], 15_000, null, 800],
    [
      'the new-customer rate when the visitor says so',
      [pct(300), pct(900, { scope: 'new_customers' })],
      15_000,
      true,
      1350,
    ],
    [
      'the general rate for an existing customer',
      [pct(300), pct(900, { scope: 'new_customers' })],
      15_000,
      false,
      450,
    ],
    ['a basket under every tier earns nothing', [pct(500, { minBasketMinor: 10_000 })], 9999, null, 0],
    ['a fixed amount', [fixed(1200)], 15_000, null, 1200],
  ] as const)('%s', (_label, rates, saleMinor, newCustomer, expected) => {
    const estimate = estimateCashback(terms([...rates]), {
      sale: eur(saleMinor),
      newCustomer,
      productCategory: null,
    });
    expect(estimate.memberMinor).toBe(expected);
    expect(estimate.explanation.some((step) => step.kind === 'commission_cap')).toBe(false);
  });

  it('refuses a basket in another currency than the terms', () => {
    expect(() =>
      estimateCashback(terms([pct(500)]), {
        sale: { amountMinor: 100, currency: 'USD' },
        newCustomer: null,
        productCategory: null,
      }),
    ).toThrow(/Currency mismatch/);
  });
});
