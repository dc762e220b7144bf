import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { payoutBatches, payoutBatchItems } from '@/db/schema';
import { writeAudit } from '@/lib/accounts/audit';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { createPayoutBatch, PAYPAL_MAX_ITEMS } from '@/lib/payouts/paypal/create-payout-batch';
import { getPayoutBatch } from '@/lib/payouts/paypal/get-payout-batch';
import type { PaypalClient } from '@/lib/payouts/paypal/paypal-client';
import type { NotifyConfig } from './notify-withdrawal-closed';
import { openPaypalDetails, requireDetailsKey } from './payout-secrets';
import { settleBatchItem } from './settle-batch-item';

// A PayPal batch through the Payouts API: sent once (the batch key is the
// sender_batch_id and the request id, so a retry after a lost answer finds
// the same PayPal batch), then read back; each item PayPal has finished with
// is settled: SUCCESS paid, FAILED/RETURNED/BLOCKED… returned with PayPal's
// reason. Items still in flight stay pending for the next read (the job).

export async function submitPaypalBatch(
  db: Db,
  input: { batchId: number; actorUserId: string | null; ip?: string | null },
  client: PaypalClient,
  detailsKey: Buffer | null,
): Promise<{ payoutBatchId: string; batchStatus: string }> {
  const key = requireDetailsKey(detailsKey);
  const [batch] = await db.select().from(payoutBatches).where(eq(payoutBatches.id, input.batchId));
  if (!batch) throw new AppError('not_found', 'payoutsAdmin.batches.errors.notFound' satisfies MessageKey);
  if (batch.method !== 'paypal')
    throw new AppError('unprocessable', 'payoutsAdmin.batches.errors.wrongMethod');
  if (batch.status === 'settled') throw new AppError('conflict', 'payoutsAdmin.batches.errors.settled');
  if (batch.itemCount > PAYPAL_MAX_ITEMS)
    throw new AppError('unprocessable', 'payoutsAdmin.batches.errors.tooBig');
  if (batch.providerBatchId)
    return { payoutBatchId: batch.providerBatchId, batchStatus: batch.providerStatus ?? '' };
  const rows = await db.execute<{
    withdrawal_id: string;
    amount_minor: string;
    currency: string;
    details: string;
  }>(sql`
    select i.withdrawal_id, i.amount_minor, i.currency, m.details_encrypted as details
    from payout_batch_items i
    join withdrawals w on w.id = i.withdrawal_id
    join payout_methods m on m.id = w.payout_method_id
    where i.batch_id = ${batch.id} order by i.id`);
  const created = await createPayoutBatch(client, {
    senderBatchId: batch.idempotencyKey,
    emailSubject: 'Ristourne cashback',
    items: rows.rows.map((row) => ({
      senderItemId: row.withdrawal_id,
      receiverEmail: openPaypalDetails(row.details, key).email,
      amountMinor: Number(row.amount_minor),
      currency: row.currency,
      note: 'Ristourne cashback',
    })),
  });
  await db.transaction(async (tx) => {
    await tx
      .update(payoutBatches)
      .set({
        status: 'submitted',
        providerBatchId: created.payoutBatchId,
        providerStatus: created.batchStatus,
        submittedAt: sql`now()`,
        updatedAt: sql`now()`,
      })
      .where(eq(payoutBatches.id, batch.id));
    await writeAudit(tx, {
      actorUserId: input.actorUserId,
      action: 'payout_batch.submitted',
      details: { batchId: batch.id, providerBatchId: created.payoutBatchId, status: created.batchStatus },
      ip: input.ip,
    });
  });
  return { payoutBatchId: created.payoutBatchId, batchStatus: created.batchStatus };
}

/** Reads the PayPal batch once and settles what PayPal has finished; returns the items still pending. */
export async function syncPaypalBatch(
  db: Db,
  batchId: number,
  client: PaypalClient,
  config: NotifyConfig,
): Promise<{ batchStatus: string; pending: number }> {
  const [batch] = await db.select().from(payoutBatches).where(eq(payoutBatches.id, batchId));
  if (!batch?.providerBatchId) throw new AppError('not_found', 'payoutsAdmin.batches.errors.notFound');
  const status = await getPayoutBatch(client, batch.providerBatchId);
  await db
    .update(payoutBatches)
    // updated_at never moves back: the poll job (poll-paypal-batches.ts) claims a batch by moving it forward.
    .set({ providerStatus: status.batchStatus, updatedAt: sql`greatest(${payoutBatches.updatedAt}, now())` })
    .where(eq(payoutBatches.id, batch.id));
  const items = await db
    .select({ withdrawalId: payoutBatchItems.withdrawalId, status: payoutBatchItems.status })
    .from(payoutBatchItems)
    .where(eq(payoutBatchItems.batchId, batch.id));
  const state = new Map(items.map((item) => [item.withdrawalId, item.status]));
  for (const item of status.items) {
    const current = item.senderItemId ? state.get(item.senderItemId) : undefined;
    if (!current || item.outcome === 'pending') continue;
    // A paid item can still come back (an unclaimed payment returned after 30 days).
    if (item.outcome === 'paid' && current !== 'pending') continue;
    if (item.outcome === 'returned' && current === 'returned') continue;
    await settleBatchItem(
      db,
      item.outcome === 'paid'
        ? { outcome: 'paid', withdrawalId: item.senderItemId!, batchId: batch.id, actorUserId: null }
        : {
            outcome: 'returned',
            reason: `PayPal: ${item.transactionStatus ?? item.errorName ?? 'not paid'}${item.errorMessage ? ` (${item.errorMessage})` : ''}`,
            withdrawalId: item.senderItemId!,
            batchId: batch.id,
            actorUserId: null,
          },
      config,
    );
    state.set(item.senderItemId!, item.outcome);
  }
  return {
    batchStatus: status.batchStatus,
    pending: [...state.values()].filter((s) => s === 'pending').length,
  };
}
