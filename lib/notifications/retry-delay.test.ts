import { describe, expect, it } from 'vitest';
import { RETRY_MAX_MS, retryDelayMs } from './retry-delay';

const minute = 60_000;

describe('retryDelayMs', () => {
  it.each([
    ['first failure waits a minute', 1, minute],
    ['second doubles', 2, 2 * minute],
    ['third', 3, 4 * minute],
    ['seventh (the last retry with the default 8 attempts)', 7, 64 * minute],
    ['ninth', 9, 256 * minute],
    ['tenth is capped at 6 h', 10, 360 * minute],
    ['a huge count stays capped, no overflow', 10_000, RETRY_MAX_MS],
  ])('%s', (_label, failures, expected) => {
    expect(retryDelayMs(failures)).toBe(expected);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %s', (failures) => {
    expect(() => retryDelayMs(failures)).toThrow(RangeError);
  });

  it('never shrinks', () => {
    for (let n = 1; n < 40; n++) expect(retryDelayMs(n + 1)).toBeGreaterThanOrEqual(retryDelayMs(n));
  });
});
