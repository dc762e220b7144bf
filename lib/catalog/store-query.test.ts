import { describe, expect, it } from 'vitest';
import { MAX_PAGE, parseStoreQuery, storeQueryString } from './store-query';

describe('parseStoreQuery', () => {
  it.each([
    ['no parameters', {}, { q: null, category: null, sort: 'popular', page: 1 }],
    [
      'a plain search sorts by relevance',
      { q: 'lavande' },
      { q: 'lavande', category: null, sort: 'relevance', page: 1 },
    ],
    [
      'spaces are collapsed and trimmed',
      { q: '  maison   lavande ' },
      { q: 'maison lavande', category: null, sort: 'relevance', page: 1 },
    ],
    ['a blank search is no search', { q: '   ' }, { q: null, category: null, sort: 'popular', page: 1 }],
    [
      'control characters become spaces',
      { q: 'a\u0000b\tc\u200bd' },
      { q: 'a b c d', category: null, sort: 'relevance', page: 1 },
    ],
    [
      'accents are kept for the database to fold',
      { q: 'Électroménager' },
      { q: 'Électroménager', category: null, sort: 'relevance', page: 1 },
    ],
    ['a known sort', { sort: 'rate' }, { q: null, category: null, sort: 'rate', page: 1 }],
    [
      'an unknown sort falls back',
      { sort: 'price; drop table' },
      { q: null, category: null, sort: 'popular', page: 1 },
    ],
    [
      'relevance without a search falls back',
      { sort: 'relevance' },
      { q: null, category: null, sort: 'popular', page: 1 },
    ],
    ['a negative page', { page: '-3' }, { q: null, category: null, sort: 'popular', page: 1 }],
    ['page zero', { page: '0' }, { q: null, category: null, sort: 'popular', page: 1 }],
    ['a decimal page', { page: '2.5' }, { q: null, category: null, sort: 'popular', page: 1 }],
    [
      'an absurd page is clamped',
      { page: '99999999' },
      { q: null, category: null, sort: 'popular', page: 1 },
    ],
    [
      'a large page is clamped to the maximum',
      { page: '5000' },
      { q: null, category: null, sort: 'popular', page: MAX_PAGE },
    ],
    ['a valid page', { page: '3' }, { q: null, category: null, sort: 'popular', page: 3 }],
    ['a category slug', { category: 'mode' }, { q: null, category: 'mode', sort: 'popular', page: 1 }],
    [
      'a category slug in capitals',
      { category: 'High-Tech' },
      { q: null, category: 'high-tech', sort: 'popular', page: 1 },
    ],
    [
      'a category with odd characters is ignored',
      { category: '../etc' },
      { q: null, category: null, sort: 'popular', page: 1 },
    ],
    [
      'repeated parameters take the first',
      { sort: ['az', 'rate'] },
      { q: null, category: null, sort: 'az', page: 1 },
    ],
  ])('%s', (_label, params, expected) => {
    expect(parseStoreQuery(params)).toEqual(expected);
  });

  it('cuts an absurdly long search to 80 characters', () => {
    expect(parseStoreQuery({ q: 'x'.repeat(10_000) }).q).toHaveLength(80);
  });

  it('reads URLSearchParams too', () => {
    expect(parseStoreQuery(new URLSearchParams('q=velo&sort=newest&page=2'))).toEqual({
      q: 'velo',
      category: null,
      sort: 'newest',
      page: 2,
    });
  });
});

describe('storeQueryString', () => {
  it.each([
    ['defaults give no query string', { sort: 'popular', page: 1 }, ''],
    ['search keeps relevance implicit', { q: 'lavande', sort: 'relevance' }, '?q=lavande'],
    ['search with another sort', { q: 'lavande', sort: 'az' }, '?q=lavande&sort=az'],
    ['category and page', { category: 'mode', page: 2 }, '?category=mode&page=2'],
    ['accents are encoded', { q: 'électro' }, '?q=%C3%A9lectro'],
  ] as const)('%s', (_label, query, expected) => {
    expect(storeQueryString(query)).toBe(expected);
  });

  it('round-trips through the parser', () => {
    const state = { q: 'crème céleste', category: 'beaute', sort: 'rate', page: 4 } as const;
    expect(parseStoreQuery(new URLSearchParams(storeQueryString(state)))).toEqual(state);
  });
});
