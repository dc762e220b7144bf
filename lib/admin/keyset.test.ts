import { describe, expect, it } from 'vitest';
import { clampLimit, keysetPage } from './keyset';

const rows = (...ids: number[]) => ids.map((id) => ({ id }));

describe('clampLimit', () => {
  it.each([
    ['absent → default', undefined, 25],
    ['NaN → default', Number.NaN, 25],
    ['Infinity → default', Number.POSITIVE_INFINITY, 25],
    ['0 → 1', 0, 1],
    ['negative → 1', -3, 1],
    ['fraction truncated', 7.9, 7],
    ['over the max → max', 1_000_000, 100],
    ['in range kept', 40, 40],
  ])('%s', (_label, limit, expected) => {
    expect(clampLimit(limit, 25, 100)).toBe(expected);
  });
});

describe('keysetPage', () => {
  it.each([
    ['first page, more to come', rows(9, 8, 7), null, { items: [9, 8], newer: null, older: '8' }],
    ['first page, all of it', rows(9, 8), null, { items: [9, 8], newer: null, older: null }],
    ['empty list', rows(), null, { items: [], newer: null, older: null }],
    [
      'older page in the middle',
      rows(6, 5, 4),
      { direction: 'older', id: '7' },
      { items: [6, 5], newer: '6', older: '5' },
    ],
    ['last older page', rows(2), { direction: 'older', id: '3' }, { items: [2], newer: '2', older: null }],
    ['past the end', rows(), { direction: 'older', id: '1' }, { items: [], newer: null, older: null }],
    // Walking back, rows arrive oldest first and are put back in display order.
    [
      'newer page in the middle',
      rows(7, 8, 9),
      { direction: 'newer', id: '6' },
      { items: [8, 7], newer: '8', older: '7' },
    ],
    [
      'back at the newest',
      rows(8, 9),
      { direction: 'newer', id: '7' },
      { items: [9, 8], newer: null, older: '8' },
    ],
  ] as const)('%s', (_label, fetched, cursor, expected) => {
    const page = keysetPage([...fetched], 2, cursor);
    expect({ ...page, items: page.items.map((row) => row.id) }).toEqual(expected);
  });
});
