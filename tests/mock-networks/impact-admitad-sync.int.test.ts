import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { admitadAction, admitadHandler } from './admitad';
import { commissionMinor, DAY_MS } from './amounts';
import { impactAction, impactHandler } from './impact';
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

// Impact (pages followed by @nextpageuri, 45-day windows, HTTP Basic) and
// Admitad (an OAuth token first, then limit/offset pages by whole days)
// against local mocks: paging to completion, and a resume mid-window.

const START = Date.UTC(2025, 0, 1);
const RANGE = { from: utc('2025-01-01T00:00:00'), to: utc('2025-03-02T00:00:00') };

let t: TestDb;
let impact: MockServer;
let admitad: MockServer;
let actions: Record<string, unknown>[];
let admitadActions: Record<string, unknown>[];
let expectedImpact: Map<string, ConversionState>;
let expectedAdmitad: Map<string, ConversionState>;

const IMPACT = { accountSid: 'IRabc123', authToken: 'impact-auth-token' };
const ADMITAD = { clientId: 'admitad-client', clientSecret: 'admitad-secret' };

beforeAll(async () => {
  t = await createTestDb();
  impact = await startMockServer((r) => impactHandler({ ...IMPACT, actions, pageSize: 5 })(r));
  admitad = await startMockServer((r) =>
    admitadHandler({ ...ADMITAD, actions: admitadActions, pageSize: 4 })(r),
  );
});
afterAll(async () => {
  await impact.close();
  await admitad.close();
  await t.close();
});

beforeEach(() => {
  impact.requests.length = 0;
  admitad.requests.length = 0;
  actions = [];
  admitadActions = [];
  expectedImpact = new Map();
  expectedAdmitad = new Map();
  for (let i = 0; i < 23; i++) {
    const atMs = START + Math.floor(i * 2.5 * DAY_MS) + 5 * 3_600_000;
    const commission = commissionMinor(i);
    const state = i % 5 === 0 ? 'APPROVED' : i % 7 === 3 ? 'REVERSED' : 'PENDING';
    const id = `19816.4636.${170000 + i}`;
    actions.push(impactAction(id, atMs, { payoutMinor: commission, amountMinor: commission * 25 }, state));
    expectedImpact.set(id, {
      commissionMinor: commission,
      saleMinor: commission * 25,
      status: { APPROVED: 'approved', REVERSED: 'declined', PENDING: 'pending' }[state]!,
    });
    const status = i % 4 === 0 ? 'approved' : i % 9 === 2 ? 'declined' : 'pending';
    admitadActions.push(
      admitadAction(771300000 + i, atMs, { paymentMinor: commission, cartMinor: commission * 18 }, status),
    );
    expectedAdmitad.set(String(771300000 + i), {
      commissionMinor: commission,
      saleMinor: commission * 18,
      status,
    });
  }
});

let counter = 0;

describe('Impact pull sync', () => {
  const account = () =>
    addSyncAccount(t.db, {
      network: 'impact',
      publisherId: `IRpub${++counter}`,
      currency: 'USD',
      credentials: IMPACT,
      baseUrl: impact.url,
    });

  it('follows @nextpageuri to the last page of each 45-day window', async () => {
    const id = await account();
    const summary = await syncOnce(t.db, id, { range: RANGE });
    expect(summary).toMatchObject({ status: 'succeeded', applied: 23, duplicates: 0, issues: 0 });
    // 18 actions in the first 45 days (4 pages of 5), 5 in the last 15 (1 page).
    expect(impact.requests.map((r) => `${r.query.StartDate} p${r.query.Page ?? 1}`)).toEqual([
      '2025-01-01T00:00:00Z p1',
      '2025-01-01T00:00:00Z p2',
      '2025-01-01T00:00:00Z p3',
      '2025-01-01T00:00:00Z p4',
      '2025-02-15T00:00:00Z p1',
    ]);
    expect(await conversionStates(t.db, id)).toEqual(expectedImpact);
    const pages = await inboxPages(t.db, id);
    expect(pages.map((p) => p.query?.Page ?? '1')).toEqual(['1', '2', '3', '4', '1']);
    expect(pages.every((p) => p.path === `/Mediapartners/${IMPACT.accountSid}/Actions`)).toBe(true);
  });

  it('resumes at the next page URI it had reached', async () => {
    const id = await account();
    impact.fault({
      when: (r) => r.query.Page === '3',
      times: 4,
      reply: { status: 502, body: 'Bad Gateway' },
    });
    const first = await syncOnce(t.db, id, { range: RANGE });
    expect(first).toMatchObject({ status: 'failed', pages: 2, applied: 10 });
    const { cursor } = await syncState(t.db, id);
    expect(cursor).toMatchObject({ window: 0, page: { uri: expect.stringContaining('Page=3') } });

    impact.requests.length = 0;
    const second = await syncOnce(t.db, id);
    expect(second).toMatchObject({ status: 'succeeded', resumed: true, pages: 3, applied: 13 });
    expect(impact.requests[0]!.query.Page).toBe('3');
    expect(await conversionStates(t.db, id)).toEqual(expectedImpact);
    expect(await inboxPages(t.db, id)).toHaveLength(5);
  });
});

describe('Admitad pull sync', () => {
  const account = () =>
    addSyncAccount(t.db, {
      network: 'admitad',
      publisherId: `adm${++counter}`,
      credentials: ADMITAD,
      baseUrl: admitad.url,
    });

  it('gets a token once, then pages by offset through each window of days', async () => {
    const id = await account();
    const summary = await syncOnce(t.db, id, { range: RANGE });
    expect(summary).toMatchObject({ status: 'succeeded', applied: 23, issues: 0 });
    expect(admitad.requests.filter((r) => r.path === '/token/')).toHaveLength(1);
    const pages = admitad.requests.filter((r) => r.path === '/statistics/actions/');
    expect(pages.map((r) => `${r.query.date_start}-${r.query.date_end}@${r.query.offset}`)).toEqual([
      '01.01.2025-31.01.2025@0',
      '01.01.2025-31.01.2025@4',
      '01.01.2025-31.01.2025@8',
      '01.01.2025-31.01.2025@12',
      '31.01.2025-02.03.2025@0',
      '31.01.2025-02.03.2025@4',
      '31.01.2025-02.03.2025@8',
    ]);
    expect(summary.pages).toBe(7);
    // 31 January is in both windows of days: its action is a duplicate the second time.
    expect(summary.duplicates).toBe(summary.events - 23);
    expect(await conversionStates(t.db, id)).toEqual(expectedAdmitad);
  });

  it('resumes at the offset it had reached, with a fresh token', async () => {
    const id = await account();
    admitad.fault({
      when: (r) => r.path === '/statistics/actions/' && r.query.offset === '8',
      times: 4,
      reply: { status: 500, body: { error: 'internal' } },
    });
    const first = await syncOnce(t.db, id, { range: RANGE });
    expect(first).toMatchObject({ status: 'failed', pages: 2 });
    expect((await syncState(t.db, id)).cursor).toMatchObject({ window: 0, page: { offset: 8, limit: 4 } });

    admitad.requests.length = 0;
    const second = await syncOnce(t.db, id);
    expect(second).toMatchObject({ status: 'succeeded', resumed: true, pages: 5 });
    expect(admitad.requests.map((r) => r.path)).toEqual([
      '/token/',
      '/statistics/actions/',
      '/statistics/actions/',
      '/statistics/actions/',
      '/statistics/actions/',
      '/statistics/actions/',
    ]);
    expect(admitad.requests[1]!.query).toMatchObject({ offset: '8', limit: '4' });
    expect(await conversionStates(t.db, id)).toEqual(expectedAdmitad);
  });
});
