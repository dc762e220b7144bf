import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { fixture } from './fixtures/load';
import { cjNextPage } from './next-page';

// networks.md §1.2: payloadComplete=false → query again with sinceCommissionId = maxCommissionId.

const pageOf = (fields: Record<string, unknown>) => ({
  data: { publisherCommissions: { records: [], ...fields } },
});

describe('cjNextPage', () => {
  it.each<[string, unknown, { sinceCommissionId?: string }, ReturnType<typeof cjNextPage>]>([
    ['F6, a complete payload', fixture('f6-original.json'), {}, { done: true }],
    [
      'an incomplete page',
      fixture('page-incomplete.json'),
      {},
      { done: false, sinceCommissionId: '3061240001' },
    ],
    [
      'an already parsed page',
      pageOf({ payloadComplete: false, maxCommissionId: '42' }),
      {},
      { done: false, sinceCommissionId: '42' },
    ],
    [
      'a numeric cursor',
      pageOf({ payloadComplete: false, maxCommissionId: 42 }),
      {},
      { done: false, sinceCommissionId: '42' },
    ],
    [
      'a cursor that moves (compared as integers: 10 > 9)',
      pageOf({ payloadComplete: false, maxCommissionId: '10' }),
      { sinceCommissionId: '9' },
      { done: false, sinceCommissionId: '10' },
    ],
    [
      'a complete payload whatever the cursor',
      pageOf({ payloadComplete: true, maxCommissionId: '9' }),
      { sinceCommissionId: '9' },
      { done: true },
    ],
  ])('%s', (_label, response, fetchedWith, expected) => {
    expect(cjNextPage(response, fetchedWith)).toEqual(expected);
  });

  it.each<[string, unknown, { sinceCommissionId?: string }, RegExp]>([
    ['not JSON', '{"data"', {}, /not JSON/],
    ['a GraphQL error', fixture('graphql-error.json'), {}, /no data.publisherCommissions/],
    ['no payloadComplete', pageOf({ maxCommissionId: '1' }), {}, /payloadComplete is not a boolean/],
    [
      'payloadComplete as a string',
      pageOf({ payloadComplete: 'false', maxCommissionId: '1' }),
      {},
      /payloadComplete is not a boolean/,
    ],
    ['incomplete without a cursor', pageOf({ payloadComplete: false }), {}, /maxCommissionId is missing/],
    [
      'incomplete with an empty cursor',
      pageOf({ payloadComplete: false, maxCommissionId: ' ' }),
      {},
      /maxCommissionId is missing/,
    ],
    [
      'a cursor that does not move',
      pageOf({ payloadComplete: false, maxCommissionId: '3061240001' }),
      { sinceCommissionId: '3061240001' },
      /does not move/,
    ],
    [
      'a cursor that goes back',
      pageOf({ payloadComplete: false, maxCommissionId: '9' }),
      { sinceCommissionId: '10' },
      /does not move/,
    ],
  ])('throws on %s (a sync must not stop short or loop)', (_label, response, fetchedWith, message) => {
    expect(() => cjNextPage(response, fetchedWith)).toThrow(AppError);
    expect(() => cjNextPage(response, fetchedWith)).toThrow(message);
  });
});
