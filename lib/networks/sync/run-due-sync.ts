import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { networkAccounts, networkSyncStates } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { SyncRange } from './api-client';
import { API_CLIENTS, apiClientFor } from './api-clients';
import { claimAccountSync, claimDueSyncs } from './claim-sync';
import { runNetworkSync, type SyncDeps, type SyncRunSummary } from './run-sync';

// The two ways a run starts: the worker takes the account due first (on its
// schedule, or asked for by "sync now"), the CLI one account at once. Both go
// through a claim, so neither runs an account another process is syncing.

/** One due account, claimed and synced; null when none is due. */
export async function runDueSync(db: Db, deps: SyncDeps): Promise<SyncRunSummary | null> {
  const [claim] = await claimDueSyncs(db, { limit: 1, leaseMs: deps.leaseMs });
  if (!claim) return null;
  return runNetworkSync(db, claim, deps);
}

/** Syncs one account now (AppError conflict when it is running, not_found when it does not exist, unprocessable when its network has no API). */
export async function syncAccountNow(
  db: Db,
  networkAccountId: number,
  deps: SyncDeps,
  options: { range?: SyncRange } = {},
): Promise<SyncRunSummary> {
  // A push-only network has nothing to pull: say so rather than create a sync that can only fail.
  const [account] = await db
    .select({ networkCode: networkAccounts.networkCode })
    .from(networkAccounts)
    .where(eq(networkAccounts.id, networkAccountId));
  if (account && !(deps.clients ?? API_CLIENTS)[account.networkCode]) {
    throw new AppError('unprocessable', `network "${account.networkCode}" has no API to pull from`);
  }
  const claim = await claimAccountSync(db, networkAccountId, { leaseMs: deps.leaseMs, trigger: 'cli' });
  return runNetworkSync(db, claim, deps, options);
}

/** Accounts the CLI's `--all` syncs: pull sync on, account active, a network with an API. */
export async function syncedAccountIds(db: Db): Promise<number[]> {
  const rows = await db
    .select({ id: networkAccounts.id, networkCode: networkAccounts.networkCode })
    .from(networkSyncStates)
    .innerJoin(networkAccounts, eq(networkAccounts.id, networkSyncStates.networkAccountId))
    .where(and(eq(networkSyncStates.enabled, true), eq(networkAccounts.isActive, true)))
    .orderBy(asc(networkAccounts.id));
  return rows.filter((row) => apiClientFor(row.networkCode) !== null).map((row) => row.id);
}
