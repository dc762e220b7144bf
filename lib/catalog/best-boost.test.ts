import { describe, expect, it } from 'vitest';
import { bestBoost, bestBoostByRate } from './best-boost';

const b = (id: number, rateId: number, bps: number | null, amount: number | null = null) => ({
  id,
  rateId,
  boostedRateBps: bps,
  boostedAmountMinor: amount,
});

describe('bestBoost', () => {
  it.each([
    ['none', [], null],
    ['one', [b(1, 1, 500)], 1],
    ['the higher rate wins', [b(1, 1, 800), b(2, 1, 500)], 1],
    ['a tie goes to the newest', [b(3, 1, 500), b(7, 1, 500)], 7],
    ['fixed amounts compare by amount', [b(1, 1, null, 500), b(2, 1, null, 1500)], 2],
  ])('%s', (_label, boosts, id) => {
    expect(bestBoost(boosts)?.id ?? null).toBe(id);
  });

  it('picks per rate', () => {
    const map = bestBoostByRate([b(1, 10, 500), b(2, 10, 900), b(3, 11, 100)]);
    expect([...map.entries()].map(([rate, boost]) => [rate, boost.id])).toEqual([
      [10, 2],
      [11, 3],
    ]);
  });
});
