import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { type NetworkSyncTrigger, networkAccounts, networkSyncStates } from '@/db/schema';
import { AppError } from '@/lib/errors';

// The sync queue is network_sync_states itself (no pg-boss: one table, the
// pattern of the e-mail outbox). A worker claims due accounts in one
// statement: FOR UPDATE SKIP LOCKED gives concurrent workers disjoint rows,
// and the claim writes a lease (a random token and an expiry) that keeps every
// other claimer away until it is released or runs out. The run extends the
// lease as it goes (before each HTTP attempt, with each page); a worker that
// dies leaves a lease that expires, and the next claim resumes from the
// cursor. Every write a run makes is guarded by its token, so a run whose
// lease was taken over stops instead of writing beside the new one.

export type SyncClaim = { networkAccountId: number; leaseToken: string; trigger: NetworkSyncTrigger };

/** Longer than the longest step between two extensions: a 429 wait (5 min) plus a timed-out call. */
export const SYNC_LEASE_MS = 10 * 60_000;

const leaseInterval = (leaseMs: number) => sql`make_interval(secs => ${leaseMs / 1000})`;

/** Due, enabled accounts of active network accounts, oldest due first; "sync now" requests count as on-demand. */
export async function claimDueSyncs(
  db: DbOrTx,
  options: { limit?: number; leaseMs?: number } = {},
): Promise<SyncClaim[]> {
  const limit = options.limit ?? 1;
  const leaseMs = options.leaseMs ?? SYNC_LEASE_MS;
  const result = await db.execute<{
    network_account_id: number;
    lease_token: string;
    on_demand: boolean;
  }>(sql`
    with due as (
      select s.network_account_id, s.requested_at
      from network_sync_states s
      join network_accounts a on a.id = s.network_account_id
      where s.enabled and a.is_active and s.next_run_at <= now()
        and (s.lease_until is null or s.lease_until < now())
      order by s.next_run_at, s.network_account_id
      limit ${limit}
      for update of s skip locked
    )
    update network_sync_states s
    set lease_token = gen_random_uuid()::text, lease_until = now() + ${leaseInterval(leaseMs)},
      requested_at = null, last_started_at = now(), updated_at = now()
    from due
    where s.network_account_id = due.network_account_id
    returning s.network_account_id, s.lease_token, due.requested_at is not null as on_demand
  `);
  return result.rows.map((row) => ({
    networkAccountId: row.network_account_id,
    leaseToken: row.lease_token,
    trigger: row.on_demand ? 'on_demand' : 'schedule',
  }));
}

/**
 * Claims one account now, due or not (the CLI): creates its sync state on
 * first use; AppError 'conflict' when a run holds it.
 */
export async function claimAccountSync(
  db: DbOrTx,
  networkAccountId: number,
  options: { leaseMs?: number; trigger?: NetworkSyncTrigger } = {},
): Promise<SyncClaim> {
  const leaseMs = options.leaseMs ?? SYNC_LEASE_MS;
  const [account] = await db
    .select({ id: networkAccounts.id })
    .from(networkAccounts)
    .where(eq(networkAccounts.id, networkAccountId));
  if (!account) throw new AppError('not_found', `no network account ${networkAccountId}`);
  await db.insert(networkSyncStates).values({ networkAccountId }).onConflictDoNothing();
  const [claimed] = await db
    .update(networkSyncStates)
    .set({
      leaseToken: sql`gen_random_uuid()::text`,
      leaseUntil: sql`now() + ${leaseInterval(leaseMs)}`,
      requestedAt: null,
      lastStartedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(networkSyncStates.networkAccountId, networkAccountId),
        sql`(${networkSyncStates.leaseUntil} is null or ${networkSyncStates.leaseUntil} < now())`,
      ),
    )
    .returning({ leaseToken: networkSyncStates.leaseToken });
  if (!claimed?.leaseToken) {
    throw new AppError('conflict', `a sync of network account ${networkAccountId} is already running`);
  }
  return { networkAccountId, leaseToken: claimed.leaseToken, trigger: options.trigger ?? 'cli' };
}

/** Pushes the lease's expiry forward; AppError 'conflict' when the lease is no longer ours. */
export async function extendSyncLease(db: DbOrTx, claim: SyncClaim, leaseMs = SYNC_LEASE_MS): Promise<void> {
  const rows = await db
    .update(networkSyncStates)
    .set({ leaseUntil: sql`now() + ${leaseInterval(leaseMs)}` })
    .where(ownedBy(claim))
    .returning({ id: networkSyncStates.networkAccountId });
  if (rows.length === 0) throw leaseLost(claim);
}

/** Gives the account back without recording a run (a run that could not even start). */
export async function releaseSyncLease(db: DbOrTx, claim: SyncClaim): Promise<void> {
  await db
    .update(networkSyncStates)
    .set({ leaseToken: null, leaseUntil: null, updatedAt: sql`now()` })
    .where(ownedBy(claim));
}

/** The state row, if this claim still holds it. */
export function ownedBy(claim: SyncClaim) {
  return and(
    eq(networkSyncStates.networkAccountId, claim.networkAccountId),
    eq(networkSyncStates.leaseToken, claim.leaseToken),
  );
}

export function leaseLost(claim: SyncClaim): AppError {
  return new AppError(
    'conflict',
    `the sync lease of network account ${claim.networkAccountId} was lost (another run took over)`,
  );
}
