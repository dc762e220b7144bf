import { describe, expect, it } from 'vitest';
import { dayAs, isoSecond, spacedSecond, splitRange, windowsWithKinds } from './sync-windows';

const at = (iso: string) => new Date(iso);

describe('splitRange', () => {
  it.each([
    ['an empty range gives no window', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 31, []],
    [
      'a short range is one window',
      '2025-01-01T00:00:00Z',
      '2025-01-10T12:00:00Z',
      31,
      ['2025-01-01T00:00:00Z→2025-01-10T12:00:00Z'],
    ],
    [
      '70 days in 31-day windows, each starting where the last ended',
      '2025-01-01T00:00:00Z',
      '2025-03-12T00:00:00Z',
      31,
      [
        '2025-01-01T00:00:00Z→2025-02-01T00:00:00Z',
        '2025-02-01T00:00:00Z→2025-03-04T00:00:00Z',
        '2025-03-04T00:00:00Z→2025-03-12T00:00:00Z',
      ],
    ],
    [
      'exactly one window long',
      '2025-01-01T00:00:00Z',
      '2025-02-15T00:00:00Z',
      45,
      ['2025-01-01T00:00:00Z→2025-02-15T00:00:00Z'],
    ],
  ])('%s', (_label, from, to, days, expected) => {
    expect(
      splitRange({ from: at(from), to: at(to) }, days).map((w) => `${isoSecond(w.from)}→${isoSecond(w.to)}`),
    ).toEqual(expected);
  });

  it('refuses a backwards or endless range', () => {
    expect(() =>
      splitRange({ from: at('2025-02-01T00:00:00Z'), to: at('2025-01-01T00:00:00Z') }, 31),
    ).toThrow(RangeError);
    expect(() => splitRange({ from: at('2000-01-01T00:00:00Z'), to: at('2025-01-01T00:00:00Z') }, 1)).toThrow(
      'too many windows',
    );
    expect(() => splitRange({ from: new Date(Number.NaN), to: at('2025-01-01T00:00:00Z') }, 31)).toThrow(
      RangeError,
    );
  });
});

describe('window formats', () => {
  const date = at('2025-03-04T05:06:07.890Z');
  it.each([
    ['isoSecond', isoSecond(date), '2025-03-04T05:06:07Z'],
    ['spacedSecond', spacedSecond(date), '2025-03-04 05:06:07'],
    ['Admitad dd.mm.yyyy', dayAs(date, 'dmy', '.'), '04.03.2025'],
    ['Effiliation dd/MM/yyyy', dayAs(date, 'dmy', '/'), '04/03/2025'],
    ['Tradedoubler YYYYMMDD', dayAs(date, 'ymd', ''), '20250304'],
  ])('%s', (_label, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('asks each window once per kind before moving on', () => {
    const spans = splitRange({ from: at('2025-01-01T00:00:00Z'), to: at('2025-02-10T00:00:00Z') }, 31);
    expect(windowsWithKinds(spans, isoSecond, ['a', 'b'])).toEqual([
      { from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z', kind: 'a' },
      { from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z', kind: 'b' },
      { from: '2025-02-01T00:00:00Z', to: '2025-02-10T00:00:00Z', kind: 'a' },
      { from: '2025-02-01T00:00:00Z', to: '2025-02-10T00:00:00Z', kind: 'b' },
    ]);
  });
});
