import { describe, expect, it } from 'vitest';
import { type ActiveBoost, deriveHeadline, type HeadlineRate } from './headline';

let nextId = 1;
const pct = (rateBps: number, extra: Partial<HeadlineRate> = {}): HeadlineRate => ({
  id: nextId++,
  kind: 'percent',
  rateBps,
  amountMinor: null,
  currency: 'EUR',
  scope: 'all',
  minBasketMinor: null,
  ...extra,
});
const fixed = (amountMinor: number, extra: Partial<HeadlineRate> = {}): HeadlineRate => ({
  ...pct(0),
  kind: 'fixed',
  rateBps: null,
  amountMinor,
  ...extra,
});

describe('deriveHeadline', () => {
  it.each([
    ['one unconditional percent rate', [pct(500)], { kind: 'percent', rateBps: 500 }, false],
    [
      'two equal rates for new and existing customers',
      [pct(500, { scope: 'new_customers' }), pct(500, { scope: 'existing_customers' })],
      { kind: 'percent', rateBps: 500 },
      true,
    ],
    [
      'new customers earn more',
      [pct(800, { scope: 'new_customers' }), pct(500, { scope: 'existing_customers' })],
      { kind: 'percent', rateBps: 800 },
      true,
    ],
    [
      'basket tiers',
      [pct(500), pct(1000, { minBasketMinor: 20_000 }), pct(1500, { minBasketMinor: 30_000 })],
      { kind: 'percent', rateBps: 1500 },
      true,
    ],
    [
      'a product-category rate above the base',
      [pct(200), pct(700, { scope: 'category' })],
      { kind: 'percent', rateBps: 700 },
      true,
    ],
    [
      'the same top rate for all and for new customers',
      [pct(500), pct(500, { scope: 'new_customers' })],
      { kind: 'percent', rateBps: 500 },
      false,
    ],
    [
      'fixed only, for new customers',
      [fixed(8000, { scope: 'new_customers' })],
      { kind: 'fixed', money: { amountMinor: 8000, currency: 'EUR' } },
      true,
    ],
    [
      'fixed only, unconditional',
      [fixed(2500)],
      { kind: 'fixed', money: { amountMinor: 2500, currency: 'EUR' } },
      false,
    ],
    [
      'percent wins over fixed and says up to',
      [pct(300), fixed(1000)],
      { kind: 'percent', rateBps: 300 },
      true,
    ],
    ['half a percent', [pct(50)], { kind: 'percent', rateBps: 50 }, false],
  ] as const)('%s', (_label, rates, value, upTo) => {
    expect(deriveHeadline(rates)).toEqual({ value, upTo, usual: null });
  });

  it('is null without rates', () => {
    expect(deriveHeadline([])).toBeNull();
  });

  it('shows a boosted rate with the usual one to strike through', () => {
    const base = pct(400);
    const boost: ActiveBoost = { rateId: base.id, boostedRateBps: 800, boostedAmountMinor: null };
    expect(deriveHeadline([base], [boost])).toEqual({
      value: { kind: 'percent', rateBps: 800 },
      upTo: false,
      usual: { kind: 'percent', rateBps: 400 },
    });
  });

  it('ignores a boost that does not lift the headline', () => {
    const base = pct(200);
    const accessories = pct(700, { scope: 'category' });
    const boost: ActiveBoost = { rateId: base.id, boostedRateBps: 600, boostedAmountMinor: null };
    expect(deriveHeadline([base, accessories], [boost])).toEqual({
      value: { kind: 'percent', rateBps: 700 },
      upTo: true,
      usual: null,
    });
  });

  it('boosts a fixed amount', () => {
    const lead = fixed(5000, { scope: 'new_customers' });
    const boost: ActiveBoost = { rateId: lead.id, boostedRateBps: null, boostedAmountMinor: 9000 };
    expect(deriveHeadline([lead], [boost])).toEqual({
      value: { kind: 'fixed', money: { amountMinor: 9000, currency: 'EUR' } },
      upTo: true,
      usual: { kind: 'fixed', money: { amountMinor: 5000, currency: 'EUR' } },
    });
  });

  it('ignores a boost of the wrong kind for the rate', () => {
    const base = pct(400);
    const boost: ActiveBoost = { rateId: base.id, boostedRateBps: null, boostedAmountMinor: 1000 };
    expect(deriveHeadline([base], [boost])?.usual).toBeNull();
  });
});
