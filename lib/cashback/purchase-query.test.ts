import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '@/lib/catalog/store-query';
import { hasFilters, parsePurchaseQuery, periodOf, purchaseQueryString } from './purchase-query';

describe('parsePurchaseQuery', () => {
  it.each([
    ['nothing', {}, { status: null, period: null, q: null, cursor: null }],
    [
      'every filter and a cursor',
      {
        status: 'pending',
        period: '90d',
        q: '  Maison   Lavande ',
        after: '5b8f3c1e-0000-4000-8000-000000000001',
      },
      {
        status: 'pending',
        period: '90d',
        q: 'Maison Lavande',
        cursor: { direction: 'older', id: '5b8f3c1e-0000-4000-8000-000000000001' },
      },
    ],
    ['a month', { period: '2026-03' }, { period: '2026-03' }],
    ['a network status is not a member status', { status: 'approved' }, { status: null }],
    ['an unknown period', { period: '7d' }, { period: null }],
    ['month 13', { period: '2026-13' }, { period: null }],
    ['a far-away year', { period: '1899-01' }, { period: null }],
    ['the first of repeated values', { status: ['paid', 'cancelled'] }, { status: 'paid' }],
    ['a blank search', { q: '   ' }, { q: null }],
    ['a cursor that is no id', { before: "x' or 1=1" }, { cursor: null }],
  ])('%s', (_label, params, expected) => {
    expect(parsePurchaseQuery(params)).toMatchObject(expected);
  });

  it('cuts a long search as the store search does', () => {
    expect(parsePurchaseQuery({ q: 'a'.repeat(500) }).q).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('periodOf', () => {
  it.each([
    [null, null],
    ['30d', { days: 30 }],
    ['365d', { days: 365 }],
    ['2026-03', { month: '2026-03' }],
  ] as const)('%s', (token, expected) => {
    expect(periodOf(token)).toEqual(expected);
  });
});

describe('purchaseQueryString', () => {
  it('writes the set filters and the cursor, nothing when nothing is set', () => {
    expect(purchaseQueryString({ status: null, period: null, q: null })).toBe('');
    expect(
      purchaseQueryString({ status: 'paid', period: '2026-03', q: 'é&x' }, { direction: 'newer', id: '12' }),
    ).toBe('?status=paid&period=2026-03&q=%C3%A9%26x&before=12');
  });

  it('tells whether any filter is set', () => {
    expect(hasFilters(parsePurchaseQuery({ after: '12' }))).toBe(false);
    expect(hasFilters(parsePurchaseQuery({ q: 'x' }))).toBe(true);
  });
});
