import { randomBytes } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { conversions, inboxEvents, networkSyncRuns, networkSyncStates } from '@/db/schema';
import { addNetworkAccount } from '@/lib/networks/network-accounts';
import type { SyncRange } from '@/lib/networks/sync/api-client';
import { configureNetworkSync } from '@/lib/networks/sync/configure-sync';
import { syncAccountNow } from '@/lib/networks/sync/run-due-sync';
import type { SyncDeps, SyncRunSummary } from '@/lib/networks/sync/run-sync';
import type { SyncClock } from '@/lib/networks/sync/sync-http';

// Integration-test set-up for pull sync (tests only): an account pointed at a
// mock network, a clock that does not wait (sleeps are recorded and advance
// time), one run through the same entry point as the CLI, and what the
// database holds afterwards.

export const TEST_CREDENTIALS_KEY = randomBytes(32);

export async function addSyncAccount(
  db: Db,
  input: {
    network: string;
    publisherId: string;
    credentials: Record<string, string>;
    baseUrl: string;
    currency?: string;
    lookbackDays?: number;
  },
): Promise<number> {
  const { account } = await addNetworkAccount(db, {
    networkCode: input.network,
    name: `${input.network} ${input.publisherId}`,
    publisherId: input.publisherId,
    defaultCurrency: input.currency ?? 'EUR',
    credentials: input.credentials,
    credentialsKey: TEST_CREDENTIALS_KEY,
  });
  await configureNetworkSync(db, {
    networkAccountId: account.id,
    apiBaseUrl: input.baseUrl,
    ...(input.lookbackDays !== undefined && { lookbackDays: input.lookbackDays }),
  });
  return account.id;
}

export type FakeClock = SyncClock & { sleeps: number[]; calls: number[] };

/** Time stands still but for sleeps, which return at once and move it on. */
export function fakeClock(startMs = Date.UTC(2025, 3, 1)): FakeClock {
  let nowMs = startMs;
  const sleeps: number[] = [];
  return {
    sleeps,
    calls: [],
    now: () => nowMs,
    sleep: async (ms) => {
      sleeps.push(ms);
      nowMs += ms;
    },
  };
}

/** A fetch that notes the clock's time of every call (pacing is checked in clock time). */
export function clockedFetch(clock: FakeClock): typeof fetch {
  return (input, init) => {
    clock.calls.push(clock.now());
    return fetch(input, init);
  };
}

export async function syncOnce(
  db: Db,
  accountId: number,
  options: { range?: SyncRange; clock?: FakeClock } & Partial<SyncDeps> = {},
): Promise<SyncRunSummary> {
  const clock = options.clock ?? fakeClock();
  const { range, ...deps } = options;
  return syncAccountNow(
    db,
    accountId,
    {
      credentialsKey: TEST_CREDENTIALS_KEY,
      env: {},
      fetch: clockedFetch(clock),
      ...deps,
      clock,
    },
    range ? { range } : {},
  );
}

export const utc = (iso: string) => new Date(`${iso}Z`);

export type ConversionState = { commissionMinor: number; saleMinor: number | null; status: string };

/** Every conversion of the account, by network conversion id. */
export async function conversionStates(db: Db, accountId: number): Promise<Map<string, ConversionState>> {
  const rows = await db
    .select({
      id: conversions.networkConversionId,
      commissionMinor: conversions.commissionMinor,
      saleMinor: conversions.saleMinor,
      status: conversions.status,
    })
    .from(conversions)
    .where(eq(conversions.networkAccountId, accountId));
  return new Map(rows.map(({ id, ...state }) => [id, state]));
}

export async function inboxPages(db: Db, accountId: number) {
  return db
    .select({
      channel: inboxEvents.channel,
      method: inboxEvents.method,
      path: inboxEvents.path,
      query: inboxEvents.query,
      headers: inboxEvents.headers,
      status: inboxEvents.status,
      eventCount: inboxEvents.eventCount,
    })
    .from(inboxEvents)
    .where(eq(inboxEvents.networkAccountId, accountId))
    .orderBy(asc(inboxEvents.id));
}

export async function syncState(db: Db, accountId: number) {
  const [state] = await db
    .select()
    .from(networkSyncStates)
    .where(eq(networkSyncStates.networkAccountId, accountId));
  return state!;
}

export async function syncRuns(db: Db, accountId: number) {
  return db
    .select()
    .from(networkSyncRuns)
    .where(eq(networkSyncRuns.networkAccountId, accountId))
    .orderBy(asc(networkSyncRuns.id));
}
