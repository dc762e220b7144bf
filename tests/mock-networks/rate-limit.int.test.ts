import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { realClock } from '@/lib/networks/sync/sync-http';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { commissionMinor, DAY_MS } from './amounts';
import { type AwinMockTransaction, awinHandler, awinTransaction } from './awin';
import { kwankoConversion, kwankoHandler } from './kwanko';
import { type MockServer, startMockServer } from './mock-server';
import {
  addSyncAccount,
  conversionStates,
  fakeClock,
  inboxPages,
  syncOnce,
  syncState,
  utc,
} from './sync-harness';

// Rate limits: calls are paced under the network's limit (Awin: 20 a minute,
// so 3 s apart), a 429 is waited out as Retry-After says (or with back-off
// without one) and the same page asked again, and a wait too long for one run
// ends it with the next run set after the wait. Time is a fake clock except
// in the last test, which waits for real.

const RANGE = { from: utc('2025-01-01T00:00:00'), to: utc('2025-03-12T00:00:00') };
const TOKEN = 'awin-rate-token';

let t: TestDb;
let awin: MockServer;
let kwanko: MockServer;
let publisherId = '';
let transactions: AwinMockTransaction[] = [];

beforeAll(async () => {
  t = await createTestDb();
  awin = await startMockServer((r) => awinHandler({ publisherId, token: TOKEN, transactions })(r));
  kwanko = await startMockServer((r) =>
    kwankoHandler({
      token: 'kw',
      conversions: [
        kwankoConversion(98700001, Date.UTC(2025, 1, 3), { earningsMinor: 423, turnoverMinor: 8450 }),
      ],
    })(r),
  );
});
afterAll(async () => {
  await awin.close();
  await kwanko.close();
  await t.close();
});
beforeEach(() => {
  awin.requests.length = 0;
  transactions = Array.from({ length: 12 }, (_, i) =>
    awinTransaction(3177200000 + i, Date.UTC(2025, 0, 2) + i * 5 * DAY_MS, {
      commissionMinor: commissionMinor(i),
      saleMinor: commissionMinor(i) * 20,
    }),
  );
});

let counter = 0;
const awinAccount = () => {
  publisherId = `88${++counter}`;
  return addSyncAccount(t.db, {
    network: 'awin',
    publisherId,
    credentials: { apiToken: TOKEN },
    baseUrl: awin.url,
  });
};
const second = (n: number) => (r: { query: Record<string, string> }) =>
  r.query.startDate === '2025-01-01T00:00:00' && r.query.dateType === 'validation' && n-- > 0;

describe('rate limits', () => {
  it('paces calls under 20 a minute and waits out a 429 as Retry-After says', async () => {
    const id = await awinAccount();
    awin.fault({
      when: second(1),
      times: 1,
      reply: { status: 429, headers: { 'retry-after': '7' }, body: { error: 'too many requests' } },
    });
    const clock = fakeClock();
    const summary = await syncOnce(t.db, id, { range: RANGE, clock });

    expect(summary).toMatchObject({ status: 'succeeded', pages: 9, rateLimited: 1, applied: 12 });
    expect(awin.requests).toHaveLength(10);
    expect(awin.requests[1]!.status).toBe(429);
    expect(awin.requests[2]!.query).toEqual(awin.requests[1]!.query); // the same page again
    expect(clock.sleeps).toContain(7_000);
    const gaps = clock.calls.slice(1).map((at, i) => at - clock.calls[i]!);
    expect(gaps).toHaveLength(9);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(3_000);
    expect(gaps[1]).toBeGreaterThanOrEqual(7_000); // the 429's wait, before its retry
    expect(await inboxPages(t.db, id)).toHaveLength(9); // the 429 answer is not a page
    expect((await conversionStates(t.db, id)).size).toBe(12);
  });

  it.each([
    ['no Retry-After: 5 s, then 10 s', [undefined, undefined], [5_000, 10_000]],
    // The date is 20 s after the run's first call; the 429 comes 3 s later.
    ['an HTTP date', ['date'], [17_000]],
  ])('backs off with %s', async (_label, retryAfters, waits) => {
    const id = await awinAccount();
    const clock = fakeClock();
    for (const value of retryAfters) {
      const headers: Record<string, string> = {};
      if (value) headers['retry-after'] = new Date(clock.now() + 20_000).toUTCString();
      awin.fault({ when: second(1), times: 1, reply: { status: 429, headers, body: 'slow down' } });
    }
    const summary = await syncOnce(t.db, id, { range: RANGE, clock });
    expect(summary).toMatchObject({ status: 'succeeded', rateLimited: waits.length });
    // 3 s of pacing before the second call, then the 429 waits.
    expect(clock.sleeps.slice(0, 1 + waits.length)).toEqual([3_000, ...waits]);
  });

  it('ends the run when Retry-After is longer than a run may wait, and comes back after it', async () => {
    const id = await awinAccount();
    awin.fault({
      when: second(1),
      times: 1,
      reply: { status: 429, headers: { 'retry-after': '3600' }, body: 'quota exceeded' },
    });
    const summary = await syncOnce(t.db, id, { range: RANGE });
    expect(summary).toMatchObject({ status: 'failed', pages: 1 });
    expect(summary.error).toContain('rate limited (HTTP 429), retry in 3600 s');
    const state = await syncState(t.db, id);
    expect(state.cursor).toMatchObject({ window: 1, page: null });
    const waitS = (state.nextRunAt.getTime() - Date.now()) / 1000;
    expect(waitS).toBeGreaterThan(3_500);
    expect(waitS).toBeLessThanOrEqual(3_600);
  });

  it('really waits (real clock): a 429 with Retry-After: 1 delays the retry by a second or more', async () => {
    const id = await addSyncAccount(t.db, {
      network: 'kwanko',
      publisherId: 'kw-real',
      credentials: { apiToken: 'kw' },
      baseUrl: kwanko.url,
    });
    kwanko.fault({
      when: () => true,
      times: 1,
      reply: { status: 429, headers: { 'retry-after': '1' }, body: 'slow down' },
    });
    const summary = await syncOnce(t.db, id, {
      range: { from: utc('2025-02-01T00:00:00'), to: utc('2025-02-10T00:00:00') },
      clock: { ...realClock, sleeps: [], calls: [] },
      fetch,
    });
    expect(summary).toMatchObject({ status: 'succeeded', pages: 1, rateLimited: 1, applied: 1 });
    const [limited, retried] = kwanko.requests;
    expect(limited!.status).toBe(429);
    expect(retried!.status).toBe(200);
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(1_000);
  });
});
