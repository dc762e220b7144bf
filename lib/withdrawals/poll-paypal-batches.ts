import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import type { PaypalClient } from '@/lib/payouts/paypal/paypal-client';
import type { NotifyConfig } from './notify-withdrawal-closed';
import { syncPaypalBatch } from './submit-paypal-batch';

// The scheduled read of batches sent to PayPal's Payouts API (issue 7, "poll
// status"): ops press "send" once, the worker finishes the job. Each run reads
//  - every submitted batch not yet settled, at most once per `unsettledEveryMs`
//    (PayPal settles most batches within minutes), and
//  - every batch settled in the last `returnWindowDays` at most once a day:
//    an UNCLAIMED payment PayPal returns after 30 days turns a paid item back
//    into a returned one, with the money back on the member's balance.
// A batch is claimed by moving its `updated_at` forward in the same statement
// (FOR UPDATE SKIP LOCKED), so two workers never read the same batch at once
// and a batch PayPal keeps failing on does not block the others.

export type PollPaypalOptions = {
  now?: Date;
  /** Batches read per run. */
  limit?: number;
  unsettledEveryMs?: number;
  returnWindowDays?: number;
};

export type PollPaypalReport = { read: number; settled: number; failed: number; errors: string[] };

export const PAYPAL_POLL_DEFAULTS = {
  limit: 20,
  unsettledEveryMs: 5 * 60 * 1000,
  returnWindowDays: 31,
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;

export async function pollPaypalBatches(
  db: Db,
  client: PaypalClient,
  config: NotifyConfig,
  options: PollPaypalOptions = {},
): Promise<PollPaypalReport> {
  const now = options.now ?? new Date();
  const limit = options.limit ?? PAYPAL_POLL_DEFAULTS.limit;
  const unsettledBefore = new Date(
    now.getTime() - (options.unsettledEveryMs ?? PAYPAL_POLL_DEFAULTS.unsettledEveryMs),
  );
  const settledSince = new Date(
    now.getTime() - (options.returnWindowDays ?? PAYPAL_POLL_DEFAULTS.returnWindowDays) * DAY_MS,
  );
  const settledBefore = new Date(now.getTime() - DAY_MS);
  const claimed = await db.execute<{ id: number }>(sql`
    with due as (
      select id from payout_batches
      where method = 'paypal' and provider_batch_id is not null
        and ((status = 'submitted' and updated_at <= ${unsettledBefore.toISOString()}::timestamptz)
          or (status = 'settled' and settled_at >= ${settledSince.toISOString()}::timestamptz
              and updated_at <= ${settledBefore.toISOString()}::timestamptz))
      order by updated_at, id
      limit ${limit}
      for update skip locked
    )
    update payout_batches b set updated_at = ${now.toISOString()}::timestamptz
    from due where b.id = due.id
    returning b.id`);
  const report: PollPaypalReport = { read: 0, settled: 0, failed: 0, errors: [] };
  for (const { id } of claimed.rows) {
    try {
      const { pending } = await syncPaypalBatch(db, Number(id), client, config);
      report.read += 1;
      if (pending === 0) report.settled += 1;
    } catch (error) {
      // One batch PayPal will not answer for must not stop the others; it is read again next time.
      report.failed += 1;
      report.errors.push(`batch ${id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return report;
}
