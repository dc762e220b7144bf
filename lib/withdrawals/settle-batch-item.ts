import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { type PayoutBatchItem, payoutBatches, payoutBatchItems } from '@/db/schema';
import { writeAudit } from '@/lib/accounts/audit';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import type { NotifyConfig } from './notify-withdrawal-closed';
import { notifyWithdrawalPaid } from './notify-withdrawal-paid';
import { transitionWithdrawal } from './transition-withdrawal';

// The outcome of one payment in a batch: paid (withdrawing → cash, a receipt
// to the member) or returned (back to the member's available balance, the
// member told why), also after it was paid (a bank return days later). The
// item and its withdrawal change together under the item's row lock; when no
// item of the batch is still pending, the batch is settled.

export type ItemOutcome = { outcome: 'paid' } | { outcome: 'returned'; reason: string };

export type SettleItemInput = ItemOutcome & {
  withdrawalId: string;
  actorUserId: string | null;
  ip?: string | null;
  /** Only within this batch (the page and the CLI name one). */
  batchId?: number;
};

export type SettleOptions = {
  /** Runs before the withdrawal is marked paid (a gift card code is assigned): its result goes in the receipt. */
  beforePaid?: (tx: Tx, item: PayoutBatchItem) => Promise<string | null>;
};

export async function settleBatchItem(
  db: Db,
  input: SettleItemInput,
  config: NotifyConfig,
  options: SettleOptions = {},
): Promise<PayoutBatchItem> {
  return db.transaction(async (tx) => {
    const [item] = await tx
      .select()
      .from(payoutBatchItems)
      .where(
        and(
          eq(payoutBatchItems.withdrawalId, input.withdrawalId),
          input.batchId === undefined ? undefined : eq(payoutBatchItems.batchId, input.batchId),
        ),
      )
      .for('update');
    if (!item) throw new AppError('not_found', 'withdrawals.errors.notFound' satisfies MessageKey);
    const allowed = input.outcome === 'paid' ? item.status === 'pending' : item.status !== 'returned';
    if (!allowed) throw new AppError('conflict', 'withdrawals.errors.notAllowed' satisfies MessageKey);

    const code = input.outcome === 'paid' && options.beforePaid ? await options.beforePaid(tx, item) : null;
    const withdrawal = await transitionWithdrawal(
      tx,
      item.withdrawalId,
      input.outcome === 'paid'
        ? { to: 'paid', actorUserId: input.actorUserId, ip: input.ip }
        : { to: 'returned', reason: input.reason, actorUserId: input.actorUserId, ip: input.ip },
      config,
    );
    if (input.outcome === 'paid') await notifyWithdrawalPaid(tx, withdrawal, config, code);
    const [updated] = await tx
      .update(payoutBatchItems)
      .set({
        status: input.outcome,
        settledAt: sql`coalesce(${payoutBatchItems.settledAt}, now())`,
        failureReason: input.outcome === 'returned' ? input.reason.trim() : null,
      })
      .where(eq(payoutBatchItems.id, item.id))
      .returning();
    await settleBatchIfDone(tx, item.batchId, input.actorUserId, input.ip);
    return updated!;
  });
}

/** The batch is settled once none of its items is pending (once: the status guards the audit entry). */
export async function settleBatchIfDone(
  tx: Tx,
  batchId: number,
  actorUserId: string | null,
  ip?: string | null,
) {
  const settled = await tx.execute<{ id: number }>(sql`
    update payout_batches set status = 'settled', settled_at = now(), updated_at = now()
    where id = ${batchId} and status <> 'settled'
      and not exists (select 1 from payout_batch_items where batch_id = ${batchId} and status = 'pending')
    returning id`);
  if (settled.rows.length === 0) return false;
  await writeAudit(tx, { actorUserId, action: 'payout_batch.settled', details: { batchId }, ip });
  return true;
}

/** Every pending item of the batch paid, one transaction each (a failure leaves the others done). */
export async function markBatchPaid(
  db: Db,
  input: { batchId: number; actorUserId: string | null; ip?: string | null },
  config: NotifyConfig,
  options: SettleOptions = {},
): Promise<number> {
  const [batch] = await db.select().from(payoutBatches).where(eq(payoutBatches.id, input.batchId));
  if (!batch) throw new AppError('not_found', 'payoutsAdmin.batches.errors.notFound' satisfies MessageKey);
  let paid = 0;
  let afterId = 0;
  for (;;) {
    const pending = await db
      .select({ id: payoutBatchItems.id, withdrawalId: payoutBatchItems.withdrawalId })
      .from(payoutBatchItems)
      .where(
        and(
          eq(payoutBatchItems.batchId, batch.id),
          eq(payoutBatchItems.status, 'pending'),
          sql`${payoutBatchItems.id} > ${afterId}`,
        ),
      )
      .orderBy(payoutBatchItems.id)
      .limit(500);
    if (pending.length === 0) break;
    for (const item of pending) {
      await settleBatchItem(
        db,
        {
          outcome: 'paid',
          withdrawalId: item.withdrawalId,
          batchId: batch.id,
          actorUserId: input.actorUserId,
          ip: input.ip,
        },
        config,
        options,
      );
      paid += 1;
      afterId = item.id;
    }
  }
  return paid;
}
