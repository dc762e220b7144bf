import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADMITAD_FIRST_PAGE, admitadNextPage } from './next-page';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const page = (results: number, meta: Record<string, unknown>) =>
  JSON.stringify({ results: Array.from({ length: results }, (_, i) => ({ action_id: i })), _meta: meta });

describe('admitadNextPage (networks.md §1.8: limit / offset)', () => {
  it('starts at offset 0, 100 a page', () => {
    expect(ADMITAD_FIRST_PAGE).toEqual({ offset: 0, limit: 100 });
  });

  it('walks the fixture pages to the end', () => {
    expect(admitadNextPage(fixture('statistics-page-1.json'))).toEqual({
      ok: true,
      value: { offset: 2, limit: 2 },
    });
    expect(admitadNextPage(fixture('statistics-page-2.json'))).toEqual({ ok: true, value: null });
  });

  it.each([
    [
      'a full page with more to come',
      100,
      { count: 250, limit: 100, offset: 0 },
      { offset: 100, limit: 100 },
    ],
    ['the page before the last', 100, { count: 250, limit: 100, offset: 100 }, { offset: 200, limit: 100 }],
    ['the last, short page', 50, { count: 250, limit: 100, offset: 200 }, null],
    ['a page ending exactly at count', 100, { count: 200, limit: 100, offset: 100 }, null],
    [
      'a short page while count says more: go on after its rows, skip none',
      60,
      { count: 250, limit: 100, offset: 0 },
      { offset: 60, limit: 100 },
    ],
    [
      'an empty page, though count says more (rows were removed): stop',
      0,
      { count: 250, limit: 100, offset: 200 },
      null,
    ],
    ['no rows at all', 0, { count: 0, limit: 100, offset: 0 }, null],
    [
      'the server’s own limit is kept',
      500,
      { count: 900, limit: 500, offset: 0 },
      { offset: 500, limit: 500 },
    ],
  ])('%s', (_label, results, meta, next) => {
    expect(admitadNextPage(page(results, meta))).toEqual({ ok: true, value: next });
  });

  it.each([
    ['not JSON', 'oops', 'not valid JSON'],
    ['no results', '{"_meta":{"count":1,"limit":100,"offset":0}}', 'results must be an array'],
    ['no _meta', '{"results":[]}', '_meta must be an object'],
    [
      'a count that is a string',
      page(1, { count: '3', limit: 100, offset: 0 }),
      '_meta.count must be a whole number',
    ],
    [
      'a negative offset',
      page(1, { count: 3, limit: 100, offset: -100 }),
      '_meta.offset must be a whole number',
    ],
    ['a zero limit', page(0, { count: 3, limit: 0, offset: 0 }), '_meta.limit must be a whole number ≥ 1'],
    ['more rows than the limit', page(3, { count: 9, limit: 2, offset: 0 }), '3 results on a page of 2'],
  ])('refuses %s', (_label, document, problem) => {
    const next = admitadNextPage(document);
    expect(next.ok).toBe(false);
    expect(next.ok ? '' : next.problem).toContain(problem);
  });
});
