import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inboxEvents, networkAccounts, networkSyncRuns, networkSyncStates } from '@/db/schema';
import { configureNetworkSync } from '@/lib/networks/sync/configure-sync';
import { addToyAccount, sendToyPostback, type ToyAccount } from '@/tests/helpers/ingestion-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { syncHealth } from './ingestion-health';

// Sync health on a real database: per account, the last request, the last
// 24 hours by status, the last parse error, and pull sync honestly absent.

let t: TestDb;
let toy: ToyAccount;
let quiet: ToyAccount;

beforeAll(async () => {
  t = await createTestDb();
  toy = await addToyAccount(t.db);
  quiet = await addToyAccount(t.db, 'quietnet', 'q1');
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.execute(
    sql`truncate conversion_changes, conversion_status_changes, conversion_lines, conversion_events, conversions, inbox_events restart identity cascade`,
  );
});

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

describe('syncHealth', () => {
  it('counts the last 24 hours by status, dates the last request and the last parse error', async () => {
    const ok = await sendToyPostback(t.db, toy, { id: 'H1', commission: '1' });
    const bad = await sendToyPostback(t.db, toy, { garbage: '1' });
    const stuck = await sendToyPostback(t.db, toy, { id: 'H2', commission: '1' });
    const old = await sendToyPostback(t.db, toy, { garbage: '2' });
    await t.db.update(inboxEvents).set({ status: 'received' }).where(eq(inboxEvents.id, stuck));
    await t.db
      .update(inboxEvents)
      .set({ receivedAt: hoursAgo(2) })
      .where(eq(inboxEvents.id, bad));
    await t.db
      .update(inboxEvents)
      .set({ receivedAt: hoursAgo(30) })
      .where(eq(inboxEvents.id, old));
    await t.db
      .update(inboxEvents)
      .set({ receivedAt: hoursAgo(1) })
      .where(eq(inboxEvents.id, ok));
    await t.db
      .update(inboxEvents)
      .set({ receivedAt: hoursAgo(0.5) })
      .where(eq(inboxEvents.id, stuck));

    const health = await syncHealth(t.db);
    expect(health.map((a) => a.networkCode)).toEqual(['quietnet', 'toynet']);
    const [silent, busy] = health;
    expect(silent).toMatchObject({
      id: quiet.id,
      lastReceivedAt: null,
      last24h: { received: 0, processed: 0, parseError: 0 },
      lastParseError: null,
      pullSync: { state: 'not_configured' },
    });
    expect(busy).toMatchObject({
      id: toy.id,
      name: 'Toy p1',
      publisherId: 'p1',
      isActive: true,
      last24h: { received: 1, processed: 1, parseError: 1 },
      lastParseError: { inboxEventId: bad, error: 'query: id or commission missing' },
      pullSync: { state: 'not_configured' },
    });
    expect(Math.abs(busy!.lastReceivedAt!.getTime() - hoursAgo(0.5).getTime())).toBeLessThan(60_000);
  });

  it('says when an account is inactive, and forgets parse errors older than 30 days', async () => {
    const bad = await sendToyPostback(t.db, toy, { garbage: '1' });
    await t.db
      .update(inboxEvents)
      .set({ receivedAt: hoursAgo(31 * 24) })
      .where(eq(inboxEvents.id, bad));
    await t.db.update(networkAccounts).set({ isActive: false }).where(eq(networkAccounts.id, toy.id));
    const busy = (await syncHealth(t.db)).find((a) => a.id === toy.id)!;
    expect(busy).toMatchObject({ isActive: false, lastParseError: null, last24h: { parseError: 0 } });
    expect(busy.lastReceivedAt).not.toBeNull();
    await t.db.update(networkAccounts).set({ isActive: true }).where(eq(networkAccounts.id, toy.id));
  });

  it('shows pull sync: next run, last success and error, and the latest run with its figures', async () => {
    await configureNetworkSync(t.db, { networkAccountId: toy.id, intervalMinutes: 30 });
    await t.db.insert(networkSyncRuns).values([
      {
        networkAccountId: toy.id,
        trigger: 'schedule',
        status: 'succeeded',
        rangeFrom: hoursAgo(48),
        rangeTo: hoursAgo(3),
        startedAt: hoursAgo(3),
        finishedAt: hoursAgo(3),
        pages: 4,
        events: 40,
        applied: 30,
        duplicates: 10,
      },
      {
        networkAccountId: toy.id,
        trigger: 'on_demand',
        status: 'failed',
        rangeFrom: hoursAgo(5),
        rangeTo: hoursAgo(1),
        startedAt: hoursAgo(1),
        finishedAt: hoursAgo(1),
        pages: 1,
        events: 3,
        applied: 3,
        error: 'GET /x: HTTP 500 after 4 attempts',
      },
    ]);
    await t.db
      .update(networkSyncStates)
      .set({
        lastSuccessAt: hoursAgo(3),
        lastError: 'GET /x: HTTP 500 after 4 attempts',
        consecutiveFailures: 1,
        nextRunAt: sql`now() + interval '5 minutes'`,
        requestedAt: sql`now()`,
        leaseToken: 'held',
        leaseUntil: sql`now() + interval '10 minutes'`,
      })
      .where(eq(networkSyncStates.networkAccountId, toy.id));

    const health = await syncHealth(t.db);
    expect(health.find((a) => a.id === quiet.id)!.pullSync).toEqual({ state: 'not_configured' });
    const { pullSync } = health.find((a) => a.id === toy.id)!;
    expect(pullSync).toMatchObject({
      state: 'configured',
      enabled: true,
      running: true,
      requested: true,
      lastError: 'GET /x: HTTP 500 after 4 attempts',
      consecutiveFailures: 1,
      lastRun: { status: 'failed', trigger: 'on_demand', pages: 1, events: 3, applied: 3, duplicates: 0 },
    });
    if (pullSync.state !== 'configured') throw new Error('configured above');
    expect(Math.abs(pullSync.lastSuccessAt!.getTime() - hoursAgo(3).getTime())).toBeLessThan(60_000);
    expect(pullSync.nextRunAt.getTime()).toBeGreaterThan(Date.now());
  });
});
