import { describe, expect, it } from 'vitest';
import { isFinalBatchStatus, isItemInFlight, payoutItemOutcome } from './payout-outcome';

describe('payoutItemOutcome', () => {
  it.each([
    ['SUCCESS', 'SUCCESS', 'paid'],
    ['UNCLAIMED', 'SUCCESS', 'pending'],
    ['PENDING', 'PROCESSING', 'pending'],
    ['ONHOLD', 'SUCCESS', 'pending'],
    ['FAILED', 'SUCCESS', 'returned'],
    ['BLOCKED', 'SUCCESS', 'returned'],
    ['RETURNED', 'SUCCESS', 'returned'],
    ['REFUNDED', 'SUCCESS', 'returned'],
    ['REVERSED', 'SUCCESS', 'returned'],
    ['SOMETHING_NEW', 'SUCCESS', 'pending'],
    [null, 'PENDING', 'pending'],
    ['SUCCESS', 'DENIED', 'returned'],
    [null, 'DENIED', 'returned'],
    ['PENDING', 'CANCELED', 'returned'],
  ] as const)('%s in a %s batch → %s', (item, batch, expected) => {
    expect(payoutItemOutcome(item, batch)).toBe(expected);
  });
});

describe('batch and item progress', () => {
  it.each([
    ['PENDING', false],
    ['PROCESSING', false],
    ['SUCCESS', true],
    ['DENIED', true],
    ['CANCELED', true],
  ])('batch %s final: %s', (status, expected) => {
    expect(isFinalBatchStatus(status)).toBe(expected);
  });

  it.each([
    ['PENDING', true],
    ['ONHOLD', true],
    [null, true],
    ['UNCLAIMED', false],
    ['SUCCESS', false],
    ['FAILED', false],
  ] as const)('item %s in flight: %s', (status, expected) => {
    expect(isItemInFlight(status)).toBe(expected);
  });
});
