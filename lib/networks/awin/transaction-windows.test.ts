import { describe, expect, it } from 'vitest';
import { awinTransactionWindows } from './transaction-windows';

// networks.md §1.1: startDate/endDate at most 31 days apart, yyyy-MM-ddThh:mm:ss.

const at = (iso: string) => new Date(iso);
const DAY_MS = 24 * 60 * 60 * 1000;

describe('awinTransactionWindows', () => {
  it.each<[string, string, string, Array<[string, string]>]>([
    [
      'a short range is one window',
      '2025-03-01T00:00:00Z',
      '2025-03-15T12:00:00Z',
      [['2025-03-01T00:00:00', '2025-03-15T12:00:00']],
    ],
    [
      'exactly 31 days is one window',
      '2025-03-01T00:00:00Z',
      '2025-04-01T00:00:00Z',
      [['2025-03-01T00:00:00', '2025-04-01T00:00:00']],
    ],
    [
      '31 days and a second is two',
      '2025-03-01T00:00:00Z',
      '2025-04-01T00:00:01Z',
      [
        ['2025-03-01T00:00:00', '2025-04-01T00:00:00'],
        ['2025-04-01T00:00:00', '2025-04-01T00:00:01'],
      ],
    ],
    [
      'a quarter is three, each starting where the last ended',
      '2025-01-01T00:00:00Z',
      '2025-03-15T00:00:00Z',
      [
        ['2025-01-01T00:00:00', '2025-02-01T00:00:00'],
        ['2025-02-01T00:00:00', '2025-03-04T00:00:00'],
        ['2025-03-04T00:00:00', '2025-03-15T00:00:00'],
      ],
    ],
    [
      'milliseconds are dropped (Awin takes seconds)',
      '2025-03-01T10:00:00.999Z',
      '2025-03-02T10:00:00.500Z',
      [['2025-03-01T10:00:00', '2025-03-02T10:00:00']],
    ],
    ['from = to is nothing to fetch', '2025-03-01T00:00:00Z', '2025-03-01T00:00:00Z', []],
  ])('%s', (_label, from, to, expected) => {
    expect(awinTransactionWindows(at(from), at(to))).toEqual(
      expected.map(([startDate, endDate]) => ({ startDate, endDate })),
    );
  });

  it('a year: no window over 31 days, no gaps, the whole range covered', () => {
    const windows = awinTransactionWindows(at('2024-01-01T00:00:00Z'), at('2025-01-01T00:00:00Z'));
    expect(windows).toHaveLength(12);
    expect(windows[0]?.startDate).toBe('2024-01-01T00:00:00');
    expect(windows.at(-1)?.endDate).toBe('2025-01-01T00:00:00');
    windows.forEach((w, i) => {
      const span = Date.parse(`${w.endDate}Z`) - Date.parse(`${w.startDate}Z`);
      expect(span).toBeGreaterThan(0);
      expect(span).toBeLessThanOrEqual(31 * DAY_MS);
      if (i > 0) expect(w.startDate).toBe(windows[i - 1]?.endDate);
    });
  });

  it.each<[string, Date, Date]>([
    ['from after to', at('2025-03-02T00:00:00Z'), at('2025-03-01T00:00:00Z')],
    ['an invalid from', new Date('not a date'), at('2025-03-01T00:00:00Z')],
    ['an invalid to', at('2025-03-01T00:00:00Z'), new Date(Number.NaN)],
    ['more than ten years of windows', at('2000-01-01T00:00:00Z'), at('2025-01-01T00:00:00Z')],
  ])('refuses %s', (_label, from, to) => {
    expect(() => awinTransactionWindows(from, to)).toThrow(RangeError);
  });
});
