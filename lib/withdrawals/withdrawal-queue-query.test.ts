import { describe, expect, it } from 'vitest';
import { parseQueueQuery } from './withdrawal-queue-query';

describe('parseQueueQuery', () => {
  it.each([
    [
      'nothing: the open requests',
      {},
      { statuses: undefined, method: null, minAmountMinor: null, maxAmountMinor: null, minAgeDays: null },
    ],
    [
      'every filter',
      { status: 'approved', method: 'sepa', min: '12,50', max: '500', age: '3' },
      {
        statuses: ['approved'],
        method: 'sepa',
        minAmountMinor: 1_250,
        maxAmountMinor: 50_000,
        minAgeDays: 3,
      },
    ],
    [
      'junk is dropped',
      { status: 'paid; drop', method: 'cash', min: 'abc', max: '-5', age: '1e3' },
      { statuses: undefined, method: null, minAmountMinor: null, maxAmountMinor: null, minAgeDays: null },
    ],
    [
      'a third decimal is not an amount',
      { min: '1.005' },
      { statuses: undefined, method: null, minAmountMinor: null, maxAmountMinor: null, minAgeDays: null },
    ],
  ] as const)('%s', (_label, params, filter) => {
    expect(parseQueueQuery(params).filter).toEqual(filter);
  });
});
