import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkSyncStates } from '@/db/schema';
import { parseEnv } from '@/lib/env';
import { addNetworkAccount } from '@/lib/networks/network-accounts';
import { configureNetworkSync } from '@/lib/networks/sync/configure-sync';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { kwankoConversion, kwankoHandler } from '@/tests/mock-networks/kwanko';
import { type MockServer, startMockServer } from '@/tests/mock-networks/mock-server';
import { workerJobs } from './jobs';

// The worker's pull-sync job: present when CREDENTIALS_KEY is set (without it
// no account can hold API credentials); each tick syncs the account due first.

let t: TestDb;
let mock: MockServer;
beforeAll(async () => {
  t = await createTestDb();
  mock = await startMockServer((r) =>
    kwankoHandler({
      token: 'kw-worker',
      conversions: [
        kwankoConversion(98740001, Date.now() - 86_400_000, { earningsMinor: 423, turnoverMinor: 8450 }),
      ],
    })(r),
  );
});
afterAll(async () => {
  await mock.close();
  await t.close();
});

const key = randomBytes(32);
const env = { DATABASE_URL: 'postgres://x@127.0.0.1/x', CREDENTIALS_KEY: key.toString('base64') };

describe('network-sync job', () => {
  it('runs only with CREDENTIALS_KEY', () => {
    const names = (source: Record<string, string>) =>
      workerJobs(t.db, parseEnv(source), () => {}).map((j) => j.name);
    expect(names({ DATABASE_URL: env.DATABASE_URL })).not.toContain('network-sync');
    expect(names(env)).toContain('network-sync');
  });

  it('syncs the due account on a tick, and reports when nothing is due', async () => {
    const { account } = await addNetworkAccount(t.db, {
      networkCode: 'kwanko',
      name: 'Kwanko worker',
      publisherId: 'kw-worker',
      credentials: { apiToken: 'kw-worker' },
      credentialsKey: key,
    });
    await configureNetworkSync(t.db, { networkAccountId: account.id, apiBaseUrl: mock.url });
    const lines: string[] = [];
    const job = workerJobs(t.db, parseEnv(env), (line) => lines.push(line)).find(
      (j) => j.name === 'network-sync',
    )!;

    expect(await job.tick()).toBe(true);
    const synced = lines.filter((line) => line.startsWith('[worker] network sync: '));
    // The first run looks back 31 days: one Kwanko window.
    expect(synced[0]).toMatch(
      new RegExp(`^\\[worker\\] network sync: account ${account.id} \\(kwanko\\): succeeded, `),
    );
    expect(synced[1]).toBe(
      '[worker] network sync: 1 page, 1 event: 1 applied, 0 duplicates, 0 other; 0 unreadable records; 0 rate-limit waits',
    );
    const [state] = await t.db
      .select()
      .from(networkSyncStates)
      .where(eq(networkSyncStates.networkAccountId, account.id));
    expect(state!.nextRunAt.getTime()).toBeGreaterThan(Date.now() + 55 * 60_000);
    expect(state!.lastSuccessAt).not.toBeNull();

    expect(await job.tick()).toBe(false);
    await t.db.update(networkSyncStates).set({ nextRunAt: sql`now()` });
    expect(await job.tick()).toBe(true);
  });
});
