import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { networkSyncRuns, networkSyncStates } from '@/db/schema';
import { leaseLost, ownedBy, type SyncClaim } from './claim-sync';
import type { SyncRunSummary } from './run-sync';

// The end of a run, on the state row (for the next run and the health screen)
// and in the run log, with the lease released:
//  - succeeded: the cursor is cleared, the range's end becomes the synced
//    instant, the next run comes one interval later;
//  - partial (page limit): the cursor stays, the next run comes at once;
//  - failed: the cursor stays (the next run resumes there), the error is kept
//    and the next run comes after 5, 10, 20… minutes (never more than the
//    interval), or when the network's Retry-After said.

export async function finishSyncRun(
  db: Db,
  claim: SyncClaim,
  summary: SyncRunSummary,
  context: { intervalMinutes: number; retryAfterS: number | null },
): Promise<void> {
  const released = { leaseToken: null, leaseUntil: null, lastFinishedAt: sql`now()`, updatedAt: sql`now()` };
  let set: Record<string, unknown>;
  if (summary.status === 'succeeded') {
    set = {
      ...released,
      cursor: null,
      // A backfill of an older range does not move the sync back in time.
      syncedUntil: sql`greatest(${networkSyncStates.syncedUntil}, ${new Date(summary.range.to)})`,
      lastSuccessAt: sql`now()`,
      lastError: null,
      consecutiveFailures: 0,
      nextRunAt: sql`now() + make_interval(mins => ${context.intervalMinutes})`,
    };
  } else if (summary.status === 'partial') {
    set = { ...released, lastError: null, consecutiveFailures: 0, nextRunAt: sql`now()` };
  } else {
    const failures = sql`${networkSyncStates.consecutiveFailures} + 1`;
    const delay =
      context.retryAfterS !== null
        ? sql`make_interval(secs => ${Math.max(context.retryAfterS, 60)})`
        : // 5, 10, 20… minutes, never longer than the account's interval.
          sql`make_interval(mins => least(${context.intervalMinutes}, 5 * power(2, least(${networkSyncStates.consecutiveFailures}, 10))::int))`;
    set = {
      ...released,
      lastError: summary.error,
      consecutiveFailures: failures,
      nextRunAt: sql`now() + ${delay}`,
    };
  }
  const kept = await db
    .update(networkSyncStates)
    .set(set)
    .where(ownedBy(claim))
    .returning({ id: networkSyncStates.networkAccountId });
  if (kept.length === 0 && summary.status !== 'failed') {
    summary.status = 'failed';
    summary.error = leaseLost(claim).message;
  }
  await db
    .update(networkSyncRuns)
    .set({
      status: summary.status,
      finishedAt: sql`now()`,
      rateLimited: summary.rateLimited,
      error: summary.error,
    })
    .where(eq(networkSyncRuns.id, summary.runId));
}
