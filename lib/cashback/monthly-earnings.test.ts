import { describe, expect, it } from 'vitest';
import { lastMonths } from './monthly-earnings';

describe('lastMonths', () => {
  it.each([
    [
      'twelve months ending with the current one',
      '2026-03-14T12:00:00Z',
      12,
      [
        '2025-04',
        '2025-05',
        '2025-06',
        '2025-07',
        '2025-08',
        '2025-09',
        '2025-10',
        '2025-11',
        '2025-12',
        '2026-01',
        '2026-02',
        '2026-03',
      ],
    ],
    ['one month', '2026-01-01T12:00:00Z', 1, ['2026-01']],
    ['across a new year', '2026-02-10T12:00:00Z', 3, ['2025-12', '2026-01', '2026-02']],
    // 22:30 UTC on 31 March is already 1 April in Paris (UTC+2).
    ['the month is Paris’s, not UTC’s', '2026-03-31T22:30:00Z', 2, ['2026-03', '2026-04']],
    ['New Year’s Eve at 23:30 UTC is 1 January in Paris', '2025-12-31T23:30:00Z', 1, ['2026-01']],
  ])('%s', (_label, now, count, expected) => {
    expect(lastMonths(new Date(now), count)).toEqual(expected);
  });
});
