import { describe, expect, it } from 'vitest';
import { backoffDelayMs, parseRetryAfterMs } from './backoff-delay';

const options = { baseMs: 500, maxMs: 8000 };

describe('backoffDelayMs', () => {
  it.each([
    [1, 0, 250],
    [1, 1, 500],
    [2, 0, 500],
    [2, 1, 1000],
    [3, 0.5, 1500],
    [5, 1, 8000],
    [6, 1, 8000], // capped
    [60, 1, 8000], // no overflow
  ])('after %i failures with random %d: %i ms', (failures, random, expected) => {
    expect(backoffDelayMs(failures, { ...options, random: () => random })).toBe(expected);
  });

  it('takes Retry-After when the server sends one, capped', () => {
    expect(backoffDelayMs(1, options, 3000)).toBe(3000);
    expect(backoffDelayMs(1, options, 0)).toBe(0);
    expect(backoffDelayMs(1, options, 3_600_000)).toBe(8000);
  });

  it('refuses a count that is not a whole number ≥ 1', () => {
    expect(() => backoffDelayMs(0, options)).toThrow(RangeError);
    expect(() => backoffDelayMs(1.5, options)).toThrow(RangeError);
  });
});

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2026-03-02T10:00:00Z');
  it.each([
    ['seconds', '3', 3000],
    ['zero', '0', 0],
    ['an HTTP date', 'Mon, 02 Mar 2026 10:00:05 GMT', 5000],
    ['a date in the past', 'Mon, 02 Mar 2026 09:00:00 GMT', 0],
    ['absent', null, null],
    ['garbage', 'soon', null],
  ])('%s', (_label, header, expected) => {
    expect(parseRetryAfterMs(header, now)).toBe(expected);
  });
});
