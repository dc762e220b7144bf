import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { impactNextPage } from './next-page';

// networks.md §1.4: list pages carry @page, @numpages and @nextpageuri.

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

const NEXT =
  '/Mediapartners/IRabc123/Actions?StartDate=2025-03-01T00%3A00%3A00Z&EndDate=2025-04-15T00%3A00%3A00Z&PageSize=5&Page=2';

describe('impactNextPage', () => {
  it.each<[string, unknown, ReturnType<typeof impactNextPage>]>([
    [
      'page 1 of 2 (text)',
      fixture('actions-page-1.json'),
      { done: false, nextPageUri: NEXT, page: 1, numPages: 2 },
    ],
    ['page 2 of 2', fixture('actions-page-2.json'), { done: true, page: 2, numPages: 2 }],
    [
      'a parsed page',
      { '@page': '3', '@numpages': '9', '@nextpageuri': '/x?Page=4' },
      { done: false, nextPageUri: '/x?Page=4', page: 3, numPages: 9 },
    ],
    [
      'numbers for page counts',
      { '@page': 1, '@numpages': 1, '@nextpageuri': '' },
      { done: true, page: 1, numPages: 1 },
    ],
    [
      'no page counts, a next URI',
      { '@nextpageuri': '/x?Page=2' },
      { done: false, nextPageUri: '/x?Page=2' },
    ],
    ['no page counts, no next URI', { Actions: [] }, { done: true }],
    [
      'an empty result (page 1 of 0)',
      { '@page': '1', '@numpages': '0', '@nextpageuri': '' },
      { done: true, page: 1, numPages: 0 },
    ],
    [
      'a null next URI on the last page',
      { '@page': '2', '@numpages': '2', '@nextpageuri': null },
      { done: true, page: 2, numPages: 2 },
    ],
  ])('%s', (_label, response, expected) => {
    expect(impactNextPage(response)).toEqual(expected);
  });

  it.each<[string, unknown, RegExp]>([
    ['not JSON', '{"@page"', /not JSON/],
    ['an array', [], /not an object/],
    [
      'more pages but no next URI',
      { '@page': '1', '@numpages': '2', '@nextpageuri': '' },
      /page 1 of 2 has no @nextpageuri/,
    ],
    [
      'a next URI after the last page',
      { '@page': '2', '@numpages': '2', '@nextpageuri': '/x?Page=3' },
      /still has a @nextpageuri/,
    ],
    ['a next URI that is this page', { '@uri': '/x?Page=1', '@nextpageuri': '/x?Page=1' }, /this page again/],
    [
      'a page count that is not a number',
      { '@page': 'one', '@nextpageuri': '' },
      /@page is not a page number/,
    ],
    ['a next URI that is not a string', { '@nextpageuri': 2 }, /not a string/],
  ])('throws on %s (a sync must not stop short or loop)', (_label, response, message) => {
    expect(() => impactNextPage(response)).toThrow(AppError);
    expect(() => impactNextPage(response)).toThrow(message);
  });
});
