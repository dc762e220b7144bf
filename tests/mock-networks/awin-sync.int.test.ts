import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { commissionMinor, DAY_MS, decimalNumber } from './amounts';
import { type AwinMockTransaction, awinDate, awinHandler, awinTransaction } from './awin';
import { type MockServer, startMockServer } from './mock-server';
import {
  addSyncAccount,
  type ConversionState,
  conversionStates,
  inboxPages,
  syncOnce,
  syncRuns,
  syncState,
  utc,
} from './sync-harness';

// Awin pull sync against a local Awin: 31-day windows asked by transaction,
// validation and amendment date, every answer kept in the inbox and applied;
// a failure mid-way resumes at the window that failed.

const START = Date.UTC(2025, 0, 1);
const RANGE = { from: utc('2025-01-01T00:00:00'), to: utc('2025-03-12T00:00:00') };
const TOKEN = 'awin-user-token';

let t: TestDb;
let mock: MockServer;
let transactions: AwinMockTransaction[];
let publisherId = '';
let expected: Map<string, ConversionState>;

beforeAll(async () => {
  t = await createTestDb();
  mock = await startMockServer((request) =>
    awinHandler({ publisherId, token: TOKEN, transactions })(request),
  );
});
afterAll(async () => {
  await mock.close();
  await t.close();
});

beforeEach(() => {
  mock.requests.length = 0;
  transactions = [];
  expected = new Map();
  for (let i = 0; i < 30; i++) {
    const id = 3177100000 + i;
    const atMs = START + Math.floor(i * 2.3 * DAY_MS) + 3_600_000;
    const money = { commissionMinor: commissionMinor(i), saleMinor: commissionMinor(i) * 20 };
    const approvedAtMs = i % 4 === 0 ? atMs + 5 * DAY_MS : undefined;
    const tx = awinTransaction(id, atMs, money, { approvedAtMs });
    if (i === 5) {
      // A partial return: the record shows the amended amounts, found by dateType=amendment too.
      Object.assign(tx.record, {
        amended: true,
        amendReason: 'Partial return',
        oldCommissionAmount: tx.record.commissionAmount,
        oldSaleAmount: tx.record.saleAmount,
        commissionAmount: { amount: decimalNumber(money.commissionMinor - 50), currency: 'EUR' },
        saleAmount: { amount: decimalNumber(money.saleMinor - 1000), currency: 'EUR' },
      });
      tx.amendedAt = awinDate(atMs + 3 * DAY_MS);
      money.commissionMinor -= 50;
      money.saleMinor -= 1000;
    }
    transactions.push(tx);
    expected.set(String(id), {
      commissionMinor: money.commissionMinor,
      saleMinor: money.saleMinor,
      status: approvedAtMs === undefined ? 'pending' : 'approved',
    });
  }
});

/** A fresh account per test (publisher ids are unique per network); the mock answers for it only. */
const account = (id: string) => {
  publisherId = id;
  return addSyncAccount(t.db, {
    network: 'awin',
    publisherId: id,
    credentials: { apiToken: TOKEN },
    baseUrl: mock.url,
  });
};

const asked = () => mock.requests.map((r) => `${r.query.startDate}|${r.query.dateType}`);

describe('Awin pull sync', () => {
  it('walks every 31-day window by each date type, stores each answer, and ends with the right conversions', async () => {
    const id = await account('1234567');
    const summary = await syncOnce(t.db, id, { range: RANGE });

    expect(summary).toMatchObject({
      status: 'succeeded',
      resumed: false,
      pages: 9,
      applied: 30,
      error: null,
    });
    expect(summary.duplicates).toBe(summary.events - 30);
    expect(asked()).toEqual([
      '2025-01-01T00:00:00|transaction',
      '2025-01-01T00:00:00|validation',
      '2025-01-01T00:00:00|amendment',
      '2025-02-01T00:00:00|transaction',
      '2025-02-01T00:00:00|validation',
      '2025-02-01T00:00:00|amendment',
      '2025-03-04T00:00:00|transaction',
      '2025-03-04T00:00:00|validation',
      '2025-03-04T00:00:00|amendment',
    ]);
    expect(mock.requests.every((r) => r.query.endDate! <= '2025-03-12T00:00:00')).toBe(true);

    const pages = await inboxPages(t.db, id);
    expect(pages).toHaveLength(9);
    for (const page of pages) {
      expect(page).toMatchObject({ channel: 'api', method: 'GET', status: 'processed' });
      expect(page.path).toBe('/publishers/1234567/transactions/');
      expect(page.query).toMatchObject({ timezone: 'UTC' });
      expect(page.headers).toEqual({ 'content-type': 'application/json' });
    }
    expect(pages.reduce((sum, p) => sum + p.eventCount, 0)).toBe(summary.events);
    expect(await conversionStates(t.db, id)).toEqual(expected);

    const state = await syncState(t.db, id);
    expect(state).toMatchObject({ cursor: null, lastError: null, consecutiveFailures: 0, leaseToken: null });
    expect(state.syncedUntil).toEqual(RANGE.to);
    expect(state.nextRunAt.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
    const [run] = await syncRuns(t.db, id);
    expect(run).toMatchObject({ status: 'succeeded', trigger: 'cli', pages: 9, applied: 30, error: null });
  });

  it('resumes at the window that failed: nothing fetched twice, nothing missed', async () => {
    const id = await account('7654321');
    // The second window's first request fails on every attempt of the first run.
    mock.fault({
      when: (r) => r.query.startDate === '2025-02-01T00:00:00' && r.query.dateType === 'transaction',
      times: 2,
      reply: { status: 500, body: { error: 'internal' } },
    });
    const first = await syncOnce(t.db, id, { range: RANGE, http: { transientRetries: 1 } });
    expect(first).toMatchObject({ status: 'failed', pages: 3 });
    expect(first.error).toContain('HTTP 500 after 2 attempts');
    const stopped = await syncState(t.db, id);
    expect(stopped).toMatchObject({
      cursor: { from: RANGE.from.toISOString(), to: RANGE.to.toISOString(), window: 3, page: null },
      consecutiveFailures: 1,
      leaseToken: null,
      syncedUntil: null,
    });
    expect(stopped.lastError).toContain('HTTP 500');
    // A failure is retried in 5 minutes, not at the hourly interval.
    expect(stopped.nextRunAt.getTime()).toBeLessThan(Date.now() + 6 * 60_000);
    const firstWindow = [...expected].filter(([key]) => Number(key) < 3177100014);
    expect((await conversionStates(t.db, id)).size).toBe(firstWindow.length);

    mock.requests.length = 0;
    const second = await syncOnce(t.db, id); // no range: the cursor's
    expect(second).toMatchObject({ status: 'succeeded', resumed: true, pages: 6 });
    expect(asked()[0]).toBe('2025-02-01T00:00:00|transaction');
    expect(second.range).toEqual(first.range);

    const pages = await inboxPages(t.db, id);
    const keys = pages.map((p) => `${p.query?.startDate}|${p.query?.dateType}`);
    expect(keys).toHaveLength(9);
    expect(new Set(keys).size).toBe(9);
    expect(await conversionStates(t.db, id)).toEqual(expected);
    expect((await syncRuns(t.db, id)).map((r) => [r.status, r.resumed])).toEqual([
      ['failed', false],
      ['succeeded', true],
    ]);
    expect(await syncState(t.db, id)).toMatchObject({
      cursor: null,
      consecutiveFailures: 0,
      lastError: null,
    });
  });

  it('keeps a page of unreadable records as a parse error and goes on with the next', async () => {
    const id = await account('5550001');
    mock.fault({
      when: (r) => r.query.startDate === '2025-01-01T00:00:00' && r.query.dateType === 'transaction',
      times: 1,
      reply: { status: 200, body: [{ id: 'x', commissionAmount: 'lots' }] },
    });
    const summary = await syncOnce(t.db, id, { range: RANGE });
    expect(summary).toMatchObject({ status: 'succeeded', pages: 9 });
    expect(summary.issues).toBeGreaterThan(0);
    const pages = await inboxPages(t.db, id);
    expect(pages.map((p) => p.status)).toEqual(['parse_error', ...Array(8).fill('processed')]);
    // The January transactions that are approved come back by validation date; the rest by the next windows.
    const states = await conversionStates(t.db, id);
    expect(states.size).toBeLessThan(expected.size);
    expect(
      [...states].every(([key, state]) => JSON.stringify(expected.get(key)) === JSON.stringify(state)),
    ).toBe(true);
  });
});
