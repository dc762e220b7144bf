import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { commissionMinor, DAY_MS } from './amounts';
import { effiliationHandler, effiliationTransaction } from './effiliation';
import { kwankoConversion, kwankoHandler } from './kwanko';
import { type MockServer, startMockServer } from './mock-server';
import { rakutenHandler, rakutenRow } from './rakuten';
import { addSyncAccount, conversionStates, inboxPages, syncOnce, utc } from './sync-harness';
import { tradedoublerHandler, tradedoublerItem } from './tradedoubler';

// A complete run for each of the other pull APIs against a local mock:
// Rakuten (token, then pages numbered until a short one), Tradedoubler
// (password grant, then limit/offset), Kwanko and Effiliation (one answer a
// window; Effiliation's key in the query, never in the inbox).

const START = Date.UTC(2025, 0, 1);
const RANGE = { from: utc('2025-01-01T00:00:00'), to: utc('2025-02-20T00:00:00') };

let t: TestDb;
const servers: MockServer[] = [];
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await t.close();
});

async function serve(handler: Parameters<typeof startMockServer>[0]): Promise<MockServer> {
  const server = await startMockServer(handler);
  servers.push(server);
  return server;
}

const spread = (i: number, count: number) => START + Math.floor((i * 48 * DAY_MS) / count) + 3_600_000;

describe('pull sync of the other networks', () => {
  it('Rakuten: a token, then rows by process date, one page when it is short', async () => {
    const rows = Array.from({ length: 40 }, (_, i) =>
      rakutenRow(i, START + 3_600_000 + i * 3_600_000, {
        commissionMinor: commissionMinor(i),
        saleMinor: 5_000,
      }),
    );
    const mock = await serve(rakutenHandler({ tokenKey: 'rk-key', sid: '3298765', rows }));
    const id = await addSyncAccount(t.db, {
      network: 'rakuten',
      publisherId: '3298765',
      currency: 'USD',
      credentials: { tokenKey: 'rk-key' },
      baseUrl: mock.url,
    });
    const summary = await syncOnce(t.db, id, { range: RANGE });
    expect(summary).toMatchObject({ status: 'succeeded', applied: 40, issues: 0 });
    // 40 rows in two days: one short page in the first window; the second window is empty.
    expect(mock.requests.map((r) => `${r.path}${r.query.page ? ` p${r.query.page}` : ''}`)).toEqual([
      '/token',
      '/events/1.0/transactions p1',
      '/events/1.0/transactions p1',
    ]);
    expect(mock.requests[1]!.query).toMatchObject({
      process_date_start: '2025-01-01 00:00:00',
      process_date_end: '2025-02-01 00:00:00',
      limit: '500',
    });
    const states = await conversionStates(t.db, id);
    expect(states.size).toBe(40);
    expect(states.get('43860:RK-7')).toEqual({
      commissionMinor: commissionMinor(7),
      saleMinor: 5_000,
      status: 'pending',
    });
  });

  it('Tradedoubler: a password grant, then pages of 100 by offset', async () => {
    const items = Array.from({ length: 160 }, (_, i) =>
      tradedoublerItem(
        701300000 + i,
        spread(i, 160),
        { commissionMinor: commissionMinor(i), orderMinor: 9_000 },
        ['P', 'A', 'D'][i % 3],
      ),
    );
    const credentials = { clientId: 'td-client', clientSecret: 'td-secret', username: 'pub', password: 'pw' };
    const mock = await serve(tradedoublerHandler({ ...credentials, items }));
    const id = await addSyncAccount(t.db, {
      network: 'tradedoubler',
      publisherId: 'td1',
      credentials,
      baseUrl: mock.url,
    });
    const summary = await syncOnce(t.db, id, { range: RANGE });
    // 104 items up to 31 January (two pages), 60 from it (one page): the 4 of 31 January twice.
    expect(summary).toMatchObject({ status: 'succeeded', applied: 160, duplicates: 4, issues: 0 });
    const pages = mock.requests.filter((r) => r.path === '/publisher/report/transactions');
    expect(pages.map((r) => `${r.query.fromDate}-${r.query.toDate}@${r.query.offset}`)).toEqual([
      '20250101-20250131@0',
      '20250101-20250131@100',
      '20250131-20250220@0',
    ]);
    const states = await conversionStates(t.db, id);
    expect(states.size).toBe(160);
    expect(states.get('701300001')).toEqual({
      commissionMinor: commissionMinor(1),
      saleMinor: 9_000,
      status: 'approved',
    });
    expect(states.get('701300002')?.status).toBe('declined');
  });

  it('Kwanko: one answer per 31-day window', async () => {
    const conversions = Array.from({ length: 9 }, (_, i) =>
      kwankoConversion(98710000 + i, spread(i, 9), {
        earningsMinor: commissionMinor(i),
        turnoverMinor: 7_000,
      }),
    );
    const mock = await serve(kwankoHandler({ token: 'kw-token', conversions }));
    const id = await addSyncAccount(t.db, {
      network: 'kwanko',
      publisherId: 'kw1',
      credentials: { apiToken: 'kw-token' },
      baseUrl: mock.url,
    });
    const summary = await syncOnce(t.db, id, { range: RANGE });
    expect(summary).toMatchObject({ status: 'succeeded', pages: 2, applied: 9 });
    expect(mock.requests.map((r) => r.query.completion_date_from)).toEqual([
      '2025-01-01T00:00:00Z',
      '2025-02-01T00:00:00Z',
    ]);
    expect((await conversionStates(t.db, id)).get('98710004')).toEqual({
      commissionMinor: commissionMinor(4),
      saleMinor: 7_000,
      status: 'pending',
    });
  });

  it('Effiliation: by recording date and by validation date; the API key stays out of the inbox', async () => {
    const transactions = Array.from({ length: 8 }, (_, i) => {
      const atMs = spread(i, 8);
      return effiliationTransaction(
        55510000 + i,
        atMs,
        { commissionMinor: commissionMinor(i), amountMinor: 6_000 },
        i % 2 ? atMs + 2 * DAY_MS : undefined,
      );
    });
    const mock = await serve(effiliationHandler({ apiKey: 'effi-secret-key', transactions }));
    const id = await addSyncAccount(t.db, {
      network: 'effiliation',
      publisherId: 'ef1',
      credentials: { apiKey: 'effi-secret-key' },
      baseUrl: mock.url,
    });
    const summary = await syncOnce(t.db, id, { range: RANGE });
    expect(summary).toMatchObject({ status: 'succeeded', pages: 4, applied: 8, issues: 0 });
    expect(mock.requests.map((r) => `${r.query.start}-${r.query.end} ${r.query.type}`)).toEqual([
      '01/01/2025-31/01/2025 date',
      '01/01/2025-31/01/2025 datevalidation',
      '31/01/2025-20/02/2025 date',
      '31/01/2025-20/02/2025 datevalidation',
    ]);
    const pages = await inboxPages(t.db, id);
    expect(pages).toHaveLength(4);
    for (const page of pages) {
      expect(page.query).not.toHaveProperty('key');
      expect(JSON.stringify(page)).not.toContain('effi-secret-key');
    }
    const states = await conversionStates(t.db, id);
    expect([...states.values()].map((s) => s.status).sort()).toEqual([
      ...Array(4).fill('approved'),
      ...Array(4).fill('pending'),
    ]);
  });
});
