import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { commissionMinor, DAY_MS } from './amounts';
import { type CjRecord, cjHandler, cjRecord } from './cj';
import { type MockServer, startMockServer } from './mock-server';
import {
  addSyncAccount,
  type ConversionState,
  conversionStates,
  inboxPages,
  syncOnce,
  syncState,
  utc,
} from './sync-harness';

// CJ pull sync against a local CJ: pages of four records followed by
// sinceCommissionId until payloadComplete, by posting date and by locking
// date; corrections are records of their own (one returns a sale in full);
// a failure on a page resumes at that very page.

const START = Date.UTC(2025, 0, 1);
const RANGE = { from: utc('2025-01-01T00:00:00'), to: utc('2025-02-25T00:00:00') };
const TOKEN = 'cj-personal-access-token';
const PAGE_SIZE = 4;

let t: TestDb;
let mock: MockServer;
let records: CjRecord[];
let expected: Map<string, ConversionState>;

beforeAll(async () => {
  t = await createTestDb();
  mock = await startMockServer((request) =>
    cjHandler({ token: TOKEN, records, pageSize: PAGE_SIZE })(request),
  );
});
afterAll(async () => {
  await mock.close();
  await t.close();
});

beforeEach(() => {
  mock.requests.length = 0;
  records = [];
  expected = new Map();
  for (let i = 0; i < 25; i++) {
    const originalActionId = 2712400000 + i;
    const postingMs = START + i * 2 * DAY_MS + 7_200_000;
    const commission = commissionMinor(i);
    const sale = commission * 12;
    const locked = i % 6 === 0;
    records.push(
      cjRecord({
        commissionId: 3061300000 + i * 10,
        originalActionId,
        original: true,
        postingMs,
        commissionMinor: commission,
        saleMinor: sale,
        ...(locked && { actionStatus: 'locked', lockingMs: postingMs + 10 * DAY_MS }),
      }),
    );
    let net = { commission, sale };
    // Corrections, posted four days later with their own commission id: a partial return, or a full one.
    if (!locked && (i % 5 === 1 || i === 9)) {
      const full = i === 9;
      const correction = full ? { commission, sale } : { commission: 40, sale: 480 };
      records.push(
        cjRecord({
          commissionId: 3061300000 + i * 10 + 5,
          originalActionId,
          original: false,
          postingMs: postingMs + 4 * DAY_MS,
          commissionMinor: -correction.commission,
          saleMinor: -correction.sale,
        }),
      );
      net = { commission: commission - correction.commission, sale: sale - correction.sale };
    }
    expected.set(String(originalActionId), {
      commissionMinor: net.commission,
      saleMinor: net.sale,
      status: locked ? 'approved' : net.commission <= 0 ? 'declined' : 'pending',
    });
  }
});

let publisherCounter = 0;
const account = () =>
  addSyncAccount(t.db, {
    network: 'cj',
    publisherId: `700${++publisherCounter}`,
    currency: 'USD',
    credentials: { accessToken: TOKEN },
    baseUrl: mock.url,
  });

type Variables = { since: string; sinceCommissionId?: string; forPublishers: string[] };
const variables = (body: string) => (JSON.parse(body) as { variables: Variables }).variables;

describe('CJ pull sync', () => {
  it('pages each window by sinceCommissionId until payloadComplete, corrections included', async () => {
    const id = await account();
    const summary = await syncOnce(t.db, id, { range: RANGE });

    expect(summary).toMatchObject({ status: 'succeeded', error: null, issues: 0 });
    expect(summary.pages).toBe(mock.requests.length);
    // 25 originals and 5 corrections by posting date, the locked ones again by locking date.
    const byPosting = mock.requests.filter((r) => r.body.includes('sincePostingDate:'));
    expect(byPosting.length).toBeGreaterThanOrEqual(Math.ceil(30 / PAGE_SIZE));
    expect(mock.requests.some((r) => r.body.includes('sinceLockingDate:'))).toBe(true);
    expect(mock.requests.every((r) => variables(r.body).forPublishers[0] === `700${publisherCounter}`)).toBe(
      true,
    );
    expect(mock.requests.filter((r) => variables(r.body).sinceCommissionId).length).toBeGreaterThan(4);
    expect(summary.applied).toBe(30);
    expect(await conversionStates(t.db, id)).toEqual(expected);
    const pages = await inboxPages(t.db, id);
    expect(pages).toHaveLength(summary.pages);
    expect(pages.every((p) => p.method === 'POST' && p.path === '/query' && p.status === 'processed')).toBe(
      true,
    );
  });

  it('resumes at the page that failed, with its sinceCommissionId', async () => {
    const id = await account();
    // The third page of the first window (posting dates in January; pages 00 10 15 20, then 30 40 50
    // 60) fails throughout the first run.
    const third = (r: { body: string }) => {
      const v = variables(r.body);
      return (
        r.body.includes('sincePostingDate:') &&
        v.since.startsWith('2025-01-01') &&
        v.sinceCommissionId === '3061300060'
      );
    };
    mock.fault({
      when: third,
      times: 4,
      reply: { status: 503, body: { errors: [{ message: 'unavailable' }] } },
    });
    const first = await syncOnce(t.db, id, { range: RANGE });
    expect(first).toMatchObject({ status: 'failed', pages: 2 });
    expect((await syncState(t.db, id)).cursor).toMatchObject({
      window: 0,
      page: { sinceCommissionId: '3061300060' },
    });
    expect(mock.requests.filter(third)).toHaveLength(4); // the first attempt and three retries

    mock.requests.length = 0;
    const second = await syncOnce(t.db, id);
    expect(second).toMatchObject({ status: 'succeeded', resumed: true });
    expect(variables(mock.requests[0]!.body)).toMatchObject({ sinceCommissionId: '3061300060' });
    expect(await conversionStates(t.db, id)).toEqual(expected);

    const asked = (await inboxPages(t.db, id)).map((p) => JSON.stringify(p.query));
    expect(asked).toHaveLength(first.pages + second.pages);
    expect(new Set(asked).size).toBe(asked.length);
    expect(first.applied + second.applied).toBe(30);
  });

  it('keeps an answer it cannot page as a parse error, and stops there without moving on', async () => {
    const id = await account();
    mock.fault({
      when: () => true,
      times: 1,
      reply: { status: 200, body: { errors: [{ message: 'Internal error in publisherCommissions' }] } },
    });
    const summary = await syncOnce(t.db, id, { range: RANGE });
    expect(summary).toMatchObject({ status: 'failed', pages: 0 });
    expect(summary.error).toBe('CJ commission page: no data.publisherCommissions');
    const [page] = await inboxPages(t.db, id);
    expect(page).toMatchObject({ channel: 'api', status: 'parse_error', eventCount: 0 });
    expect((await syncState(t.db, id)).cursor).toBeNull(); // nothing applied: the next run starts over
  });
});
