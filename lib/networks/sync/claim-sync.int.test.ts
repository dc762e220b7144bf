import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '@/db/client';
import { auditLog, networkAccounts, networkSyncRuns, networkSyncStates } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { makeUser } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { kwankoConversion, kwankoHandler } from '@/tests/mock-networks/kwanko';
import { type MockServer, startMockServer } from '@/tests/mock-networks/mock-server';
import {
  addSyncAccount,
  clockedFetch,
  fakeClock,
  syncRuns,
  syncState,
  TEST_CREDENTIALS_KEY,
} from '@/tests/mock-networks/sync-harness';
import { claimAccountSync, claimDueSyncs, extendSyncLease } from './claim-sync';
import { requestSyncNow } from './configure-sync';
import { runDueSync, syncAccountNow } from './run-due-sync';
import { runNetworkSync, type SyncDeps } from './run-sync';

// The sync queue on a real PostgreSQL: claims from several pools at once take
// an account once, a running account is refused to anyone else (worker or
// CLI), a lease that ran out is taken over and its old holder can no longer
// write, and "sync now" makes an account due, audited.

let t: TestDb;
let others: DbHandle[];
let mock: MockServer;

beforeAll(async () => {
  t = await createTestDb();
  others = [createDb(t.url, { max: 2 }), createDb(t.url, { max: 2 })];
  mock = await startMockServer((r) =>
    kwankoHandler({
      token: 'kw',
      conversions: [
        kwankoConversion(98720001, Date.UTC(2025, 2, 20), { earningsMinor: 423, turnoverMinor: 8450 }),
      ],
    })(r),
  );
});
afterAll(async () => {
  await mock.close();
  for (const other of others) await other.close();
  await t.close();
});
beforeEach(() => {
  mock.requests.length = 0;
  mock.setDelay(0);
});

let counter = 0;
/** Synced until 1 March with a 10-day look-back: the next run (the fake clock says 1 April) walks two 31-day windows. */
async function account(): Promise<number> {
  const id = await addSyncAccount(t.db, {
    network: 'kwanko',
    publisherId: `q${++counter}`,
    credentials: { apiToken: 'kw' },
    baseUrl: mock.url,
    lookbackDays: 10,
  });
  await t.db
    .update(networkSyncStates)
    .set({ syncedUntil: new Date('2025-03-01T00:00:00Z') })
    .where(eq(networkSyncStates.networkAccountId, id));
  return id;
}

const deps = (): SyncDeps => {
  const clock = fakeClock();
  return { credentialsKey: TEST_CREDENTIALS_KEY, env: {}, clock, fetch: clockedFetch(clock) };
};

/** Only this account is due (others from earlier tests are pushed away). */
async function onlyDue(id: number) {
  await t.db.update(networkSyncStates).set({ nextRunAt: sql`now() + interval '1 day'` });
  await t.db
    .update(networkSyncStates)
    .set({ nextRunAt: sql`now() - interval '1 second'`, leaseToken: null, leaseUntil: null })
    .where(eq(networkSyncStates.networkAccountId, id));
}

describe('sync queue', () => {
  it('three workers claiming at once take a due account exactly once (20 rounds)', async () => {
    const id = await account();
    for (let round = 0; round < 20; round++) {
      await onlyDue(id);
      const claims = (
        await Promise.all([claimDueSyncs(t.db), claimDueSyncs(others[0]!.db), claimDueSyncs(others[1]!.db)])
      ).flat();
      expect(claims).toHaveLength(1);
      expect(claims[0]).toMatchObject({ networkAccountId: id, trigger: 'schedule' });
    }
  });

  it('runs one sync per account when two workers and the CLI try at once', async () => {
    const id = await account();
    await onlyDue(id);
    mock.setDelay(400);
    const cli = new Promise((resolve) => setTimeout(resolve, 150)).then(() =>
      syncAccountNow(others[1]!.db, id, deps()).catch((error: unknown) => error),
    );
    const [a, b, refused] = await Promise.all([
      runDueSync(t.db, deps()),
      runDueSync(others[0]!.db, deps()),
      cli,
    ]);
    const ran = [a, b].filter((summary) => summary !== null);
    expect(ran).toHaveLength(1);
    expect(ran[0]).toMatchObject({ status: 'succeeded', pages: 2, applied: 1 });
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'conflict' });
    expect(mock.requests).toHaveLength(2); // one run's two windows, nobody else's
    expect(await syncRuns(t.db, id)).toHaveLength(1);
    expect(await syncState(t.db, id)).toMatchObject({ leaseToken: null, leaseUntil: null });
  });

  it('takes over a lease that ran out; the old holder can no longer write, its run is marked abandoned', async () => {
    const id = await account();
    const stale = await claimAccountSync(t.db, id);
    const [deadRun] = await t.db
      .insert(networkSyncRuns)
      .values({ networkAccountId: id, trigger: 'schedule', rangeFrom: new Date(), rangeTo: new Date() })
      .returning();
    // Still held: nobody else gets it.
    await expect(claimAccountSync(others[0]!.db, id)).rejects.toMatchObject({ code: 'conflict' });
    await t.db
      .update(networkSyncStates)
      .set({ leaseUntil: sql`now() - interval '1 second'`, nextRunAt: sql`now()` })
      .where(eq(networkSyncStates.networkAccountId, id));

    await onlyDue(id);
    const [fresh] = await claimDueSyncs(others[0]!.db);
    expect(fresh?.leaseToken).not.toBe(stale.leaseToken);
    await expect(extendSyncLease(t.db, stale)).rejects.toMatchObject({ code: 'conflict' });
    await expect(extendSyncLease(t.db, fresh!)).resolves.toBeUndefined();

    const summary = await runNetworkSync(t.db, fresh!, deps());
    expect(summary.status).toBe('succeeded');
    const runs = await syncRuns(t.db, id);
    expect(runs.find((r) => r.id === deadRun!.id)).toMatchObject({
      status: 'failed',
      error: 'abandoned: its worker stopped before the end',
    });
  });

  it('stops at the page limit and comes back at once for the rest', async () => {
    const id = await account();
    const partial = await syncAccountNow(t.db, id, { ...deps(), maxPages: 1 });
    expect(partial).toMatchObject({ status: 'partial', pages: 1 });
    const state = await syncState(t.db, id);
    expect(state.cursor).toMatchObject({ window: 1, page: null });
    expect(state.nextRunAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(state.syncedUntil?.toISOString()).toBe('2025-03-01T00:00:00.000Z'); // not moved by a part

    await onlyDue(id);
    const rest = await runDueSync(t.db, deps());
    expect(rest).toMatchObject({ status: 'succeeded', resumed: true, pages: 1, range: partial.range });
    const done = await syncState(t.db, id);
    expect(done.cursor).toBeNull();
    expect(done.syncedUntil?.toISOString()).toBe(partial.range.to);
  });

  it('claims neither disabled sync nor inactive accounts', async () => {
    const disabled = await account();
    const inactive = await account();
    await t.db.update(networkSyncStates).set({ nextRunAt: sql`now() + interval '1 day'` });
    await t.db
      .update(networkSyncStates)
      .set({ nextRunAt: sql`now() - interval '1 minute'` })
      .where(sql`${networkSyncStates.networkAccountId} in (${disabled}, ${inactive})`);
    await t.db
      .update(networkSyncStates)
      .set({ enabled: false })
      .where(eq(networkSyncStates.networkAccountId, disabled));
    await t.db.update(networkAccounts).set({ isActive: false }).where(eq(networkAccounts.id, inactive));
    expect(await claimDueSyncs(t.db, { limit: 10 })).toEqual([]);
  });
});

describe('sync now', () => {
  it('makes the account due for the worker, as on-demand, audited; ops and admins only', async () => {
    const id = await account();
    await t.db.update(networkSyncStates).set({ nextRunAt: sql`now() + interval '1 day'` });
    const member = await makeUser(t.db);
    await expect(
      requestSyncNow(t.db, { networkAccountId: id, actor: { id: member.id, role: 'member' } }),
    ).rejects.toMatchObject({ code: 'forbidden' });

    const ops = await makeUser(t.db, { role: 'ops' });
    const answer = await requestSyncNow(t.db, {
      networkAccountId: id,
      actor: { id: ops.id, role: 'ops' },
      ip: '203.0.113.9',
    });
    expect(answer).toEqual({ running: false });
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.actorUserId, ops.id));
    expect(audit).toMatchObject({
      action: 'ingestion.sync_requested',
      details: { networkAccountId: id, network: 'kwanko' },
      ip: '203.0.113.9',
    });

    const [claim] = await claimDueSyncs(t.db);
    expect(claim).toMatchObject({ networkAccountId: id, trigger: 'on_demand' });
    expect((await syncState(t.db, id)).requestedAt).toBeNull();
    const summary = await runNetworkSync(t.db, claim!, deps());
    expect((await syncRuns(t.db, id)).at(-1)).toMatchObject({ id: summary.runId, trigger: 'on_demand' });
  });

  it('refuses an account without pull sync', async () => {
    const ops = await makeUser(t.db, { role: 'admin' });
    const [bare] = await t.db
      .insert(networkAccounts)
      .values({ networkCode: 'sandbox', name: 'Sandbox', publisherId: 'sb-now' })
      .returning();
    await expect(
      requestSyncNow(t.db, { networkAccountId: bare!.id, actor: { id: ops.id, role: 'admin' } }),
    ).rejects.toMatchObject({ code: 'not_found', message: 'admin.ingestion.errors.syncNotConfigured' });
  });
});
