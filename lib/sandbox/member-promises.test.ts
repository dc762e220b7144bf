import { describe, expect, it } from 'vitest';
import { promisesInSnapshot } from './member-promises';

const rate = (over: Record<string, unknown>) => ({
  id: 1,
  kind: 'percent',
  rateBps: null,
  amountMinor: null,
  currency: 'EUR',
  scope: 'all',
  minBasketMinor: 5000,
  boost: null,
  ...over,
});

describe('promisesInSnapshot', () => {
  it.each([
    ['nothing in a null snapshot', null, []],
    ['nothing in a string', 'garbage', []],
    [
      'the version-1 layout: rates at the top, each with its boost',
      {
        version: 1,
        offer: { id: 3, minBasketMinor: 2000, currency: 'EUR' },
        rates: [
          rate({ rateBps: 800 }),
          rate({ kind: 'fixed', amountMinor: 500, boost: { boostedAmountMinor: 900, boostedRateBps: null } }),
        ],
        program: { id: 1, currency: 'EUR' },
      },
      [
        { kind: 'percent', rateBps: 800 },
        { kind: 'fixed', amountMinor: 500, currency: 'EUR' },
        { kind: 'fixed', amountMinor: 900, currency: 'EUR' },
      ],
    ],
    [
      'rates nested under offers, a boosted rate, basket minimums ignored',
      {
        offers: [
          { minBasketMinor: 3000, rates: [rate({ rateBps: 500, boost: { boostedRateBps: 1200 } })] },
          { rates: [rate({ rateBps: 300, currency: 'USD' })] },
        ],
      },
      [
        { kind: 'percent', rateBps: 500 },
        { kind: 'percent', rateBps: 1200 },
        { kind: 'percent', rateBps: 300 },
      ],
    ],
    [
      'a fixed amount takes its own currency',
      { rates: [rate({ kind: 'fixed', amountMinor: 700, currency: 'GBP' })] },
      [{ kind: 'fixed', amountMinor: 700, currency: 'GBP' }],
    ],
    ['a fixed amount with no currency anywhere is skipped', { rates: [{ amountMinor: 700 }] }, []],
    [
      'zero, negative, fractional and textual values are not promises',
      { rates: [{ rateBps: 0 }, { rateBps: -5 }, { rateBps: 2.5 }, { rateBps: '800' }] },
      [],
    ],
  ])('%s', (_label, snapshot, expected) => {
    expect(promisesInSnapshot(snapshot)).toEqual(expected);
  });

  it('stops at a bounded depth', () => {
    let deep: Record<string, unknown> = { rateBps: 9000 };
    for (let i = 0; i < 20; i++) deep = { next: deep };
    expect(promisesInSnapshot(deep)).toEqual([]);
  });
});
