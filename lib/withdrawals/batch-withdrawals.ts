import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import type { PayoutBatch, PayoutMethodKind } from '@/db/schema';
import { payoutBatches } from '@/db/schema';
import { isUuid } from '@/lib/accounts/account-user';
import { writeAudit } from '@/lib/accounts/audit';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { payoutBatchKey } from '@/lib/payouts/batch-key';
import { WITHDRAWAL_TRANSITIONS } from './withdrawal-transitions';

// A payout batch from a selection of approved withdrawals of one method and
// one currency. The batch's key is derived from the selection
// (lib/payouts/batch-key.ts), and unique: the same selection cannot be
// batched twice, even by two staff members at once. Batching moves no money
// (approved → in_batch), so it is done set-based, in one transaction, for
// any size (the bench batches 100 000): the selection is checked by a plain
// read, then one statement moves the rows still approved to in_batch (the
// update's own row locks; no separate locking pass over 100 000 rows) with
// each one's timeline event and batch item, which carries the reference the
// provider will quote back; the audit log gets one entry for the batch.
// Fewer rows moved than selected (someone batched or cancelled one
// meanwhile) refuses the whole batch; two overlapping selections at once are
// one batch and one refusal (a deadlock between them is answered as that
// refusal).

export const BATCH_SIZE_MAX = 200_000;

export type BatchInput = {
  method: PayoutMethodKind;
  withdrawalIds: readonly string[];
  /** NULL: the system (the CLI, a job). */
  actorUserId: string | null;
  ip?: string | null;
};

const fail = (key: MessageKey, code: 'conflict' | 'unprocessable' = 'conflict') => new AppError(code, key);

// The transition this performs must be one the state machine allows.
if (!WITHDRAWAL_TRANSITIONS.approved.includes('in_batch'))
  throw new Error('approved → in_batch is not allowed');

export async function batchWithdrawals(db: Db, input: BatchInput): Promise<PayoutBatch> {
  const ids = [...new Set(input.withdrawalIds)];
  if (ids.length === 0) throw fail('payoutsAdmin.batches.errors.noSelection', 'unprocessable');
  if (ids.length !== input.withdrawalIds.length || ids.length > BATCH_SIZE_MAX) {
    throw fail('payoutsAdmin.batches.errors.notApproved', 'unprocessable');
  }
  if (!ids.every(isUuid)) throw fail('payoutsAdmin.batches.errors.notApproved', 'unprocessable');
  // One array parameter (a Postgres array literal of checked UUIDs), not one parameter per id.
  const idArray = `{${ids.join(',')}}`;
  const idempotencyKey = payoutBatchKey(input.method, ids);
  return db
    .transaction(async (tx) => {
      // A plain read first, for a clear refusal before anything is written. It
      // takes no lock: the move below only takes rows that are still approved,
      // and refuses the whole batch if it got fewer than it was given.
      const checked = await tx.execute<{
        n: number;
        currencies: string[] | null;
        total: string | null;
        ok: number;
      }>(sql`
      select count(*)::int as n, array_agg(distinct w.currency) as currencies, sum(w.amount_minor) as total,
        count(*) filter (where w.status = 'approved' and w.method = ${input.method}::payout_method_kind)::int as ok
      from withdrawals w join unnest(${idArray}::uuid[]) as picked_id(id) on picked_id.id = w.id`);
      const summary = checked.rows[0]!;
      if (summary.n !== ids.length || summary.ok !== ids.length) throw await refusal(tx, idempotencyKey);
      if (summary.currencies?.length !== 1)
        throw fail('payoutsAdmin.batches.errors.currencies', 'unprocessable');

      const [batch] = await tx
        .insert(payoutBatches)
        .values({
          method: input.method,
          idempotencyKey,
          currency: summary.currencies[0]!,
          itemCount: ids.length,
          totalMinor: Number(summary.total),
          createdBy: input.actorUserId,
        })
        .onConflictDoNothing({ target: payoutBatches.idempotencyKey })
        .returning();
      if (!batch) throw fail('payoutsAdmin.batches.errors.alreadyBatched');

      // One statement moves the rows (locking them), writes each one's batch
      // item and timeline event, and counts what it moved. One audit entry
      // for the batch (below), not one per withdrawal: the batch's items name
      // them, and 100 000 audit rows were a fifth of the time.
      const moved = await tx.execute<{ n: number; total: string | null; currencies: string[] | null }>(sql`
      with moved as (
        update withdrawals w set status = 'in_batch', batch_id = ${batch.id}, updated_at = now()
        from unnest(${idArray}::uuid[]) as picked_id(id)
        where w.id = picked_id.id and w.status = 'approved' and w.method = ${input.method}::payout_method_kind
        returning w.id, w.amount_minor, w.currency
      ), items as (
        insert into payout_batch_items (batch_id, withdrawal_id, amount_minor, currency, reference)
        select ${batch.id}, id, amount_minor, currency, ${REFERENCE_SQL} from moved
      ), events as (
        insert into withdrawal_events (withdrawal_id, from_status, to_status, actor_user_id)
        select id, 'approved', 'in_batch', ${input.actorUserId}::uuid from moved
      )
      select count(*)::int as n, sum(amount_minor) as total, array_agg(distinct currency) as currencies
      from moved`);
      const result = moved.rows[0]!;
      // Another staff member (or a cancellation) took one of them meanwhile: nothing is kept.
      if (
        result.n !== ids.length ||
        Number(result.total) !== batch.totalMinor ||
        result.currencies?.length !== 1 ||
        result.currencies[0] !== batch.currency
      ) {
        throw fail('payoutsAdmin.batches.errors.notApproved');
      }
      await writeAudit(tx, {
        actorUserId: input.actorUserId,
        action: 'payout_batch.created',
        details: {
          batchId: batch.id,
          method: batch.method,
          itemCount: batch.itemCount,
          totalMinor: batch.totalMinor,
          currency: batch.currency,
        },
        ip: input.ip,
      });
      return batch;
    })
    .catch((error: unknown) => {
      if (isDeadlock(error)) throw fail('payoutsAdmin.batches.errors.notApproved');
      throw error;
    });
}

/** Postgres chose this transaction to break a deadlock (two overlapping selections moved at once). */
function isDeadlock(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '40P01') return true;
  }
  return false;
}

/** Why a selection cannot be batched: already in a batch (the same key), or not all approved. */
async function refusal(tx: DbOrTx, idempotencyKey: string): Promise<AppError> {
  const [existing] = await tx
    .select({ id: payoutBatches.id })
    .from(payoutBatches)
    .where(sql`${payoutBatches.idempotencyKey} = ${idempotencyKey}`);
  return fail(
    existing ? 'payoutsAdmin.batches.errors.alreadyBatched' : 'payoutsAdmin.batches.errors.notApproved',
  );
}

/**
 * The reference a provider quotes back, computed in SQL from the withdrawal
 * id exactly as sepaEndToEndId does ("W" and the UUID's 32 hex digits), so
 * 100 000 rows need no round trip. PayPal's CSV carries its own packing of
 * the id (paypalCustomerId), its API the id itself.
 */
const REFERENCE_SQL = sql`'W' || replace(id::text, '-', '')`;

/** Approved withdrawals of one method, oldest first: what a batch picks up (the CLI, the page). */
export async function approvedWithdrawalIds(
  db: DbOrTx,
  method: PayoutMethodKind,
  limit: number,
  currency = 'EUR',
): Promise<string[]> {
  const rows = await db.execute<{ id: string }>(sql`
    select id from withdrawals
    where status = 'approved' and method = ${method}::payout_method_kind and currency = ${currency}
    order by created_at, id limit ${Math.min(Math.max(limit, 1), BATCH_SIZE_MAX)}`);
  return rows.rows.map((row) => row.id);
}
