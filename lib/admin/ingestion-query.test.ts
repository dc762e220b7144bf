import { describe, expect, it } from 'vitest';
import {
  inboxHref,
  isoDay,
  parseInboxQuery,
  parseRejectedQuery,
  parseUnmatchedQuery,
  rejectedHref,
  unmatchedHref,
} from './ingestion-query';

// Whatever sits in an intake list's URL becomes a valid query; links built
// from a query parse back to it.

describe('parseInboxQuery', () => {
  it.each([
    ['nothing', {}, { network: null, status: null, from: null, to: null, search: null, cursor: null }],
    [
      'every filter',
      {
        network: 'Awin',
        status: 'parse_error',
        from: '2026-03-01',
        to: '2026-03-31',
        q: ' SBX-1 ',
        after: '42',
      },
      {
        network: 'awin',
        status: 'parse_error',
        from: '2026-03-01',
        to: '2026-03-31',
        search: 'SBX-1',
        cursor: { direction: 'older', id: '42' },
      },
    ],
    [
      'junk',
      {
        network: '../etc',
        status: 'deleted',
        from: '2026-02-30',
        to: 'yesterday',
        q: '   ',
        before: 'x;drop',
      },
      { network: null, status: null, from: null, to: null, search: null, cursor: null },
    ],
    ['repeated keys: the first', { status: ['received', 'processed'] }, { status: 'received' }],
  ])('%s', (_label, params, expected) => {
    expect(parseInboxQuery(params)).toMatchObject(expected);
  });

  it('cuts a long search', () => {
    expect(parseInboxQuery({ q: 'x'.repeat(500) }).search).toHaveLength(100);
  });

  it('round-trips through its link', () => {
    const query = parseInboxQuery({ network: 'cj', status: 'received', from: '2026-01-01', q: 'a b&c' });
    const href = inboxHref(query, { direction: 'newer', id: '7' });
    expect(href.startsWith('/admin/ingestion?')).toBe(true);
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams);
    expect(parseInboxQuery(params)).toEqual({ ...query, cursor: { direction: 'newer', id: '7' } });
    expect(inboxHref({ network: null, status: null, from: null, to: null, search: null })).toBe(
      '/admin/ingestion',
    );
  });
});

describe('isoDay', () => {
  it.each([
    ['2026-02-28', '2026-02-28'],
    ['2028-02-29', '2028-02-29'],
    ['2026-02-29', null],
    ['2026-13-01', null],
    ['26-01-01', null],
    [undefined, null],
  ])('%s → %s', (value, expected) => {
    expect(isoDay(value)).toBe(expected);
  });
});

describe('the other lists', () => {
  it('rejected: "to review" only when asked; round-trips', () => {
    expect(parseRejectedQuery({})).toEqual({ toReview: false, network: null, cursor: null });
    const query = parseRejectedQuery({ show: 'to-review', network: 'impact' });
    expect(query).toEqual({ toReview: true, network: 'impact', cursor: null });
    expect(rejectedHref(query)).toBe('/admin/ingestion/rejected?show=to-review&network=impact');
  });

  it('unmatched: known kinds only; round-trips', () => {
    expect(parseUnmatchedQuery({ match: 'matched' }).matchStatus).toBeNull();
    const query = parseUnmatchedQuery({ match: 'unknown_click', q: 'ORD-1' });
    expect(query).toMatchObject({ matchStatus: 'unknown_click', search: 'ORD-1' });
    expect(unmatchedHref(query)).toBe('/admin/ingestion/unmatched?match=unknown_click&q=ORD-1');
  });
});
