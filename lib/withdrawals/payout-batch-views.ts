import { desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  type PayoutBatch,
  type PayoutBatchItemStatus,
  type PayoutMethodKind,
  payoutBatches,
  type WithdrawalStatus,
} from '@/db/schema';

// What the payout pages read: the batches, newest first; the approved
// withdrawals a new batch can pick from; one batch with its items.

export const BATCH_LIST_LIMIT = 100;
export const SELECTABLE_LIMIT = 500;

export async function payoutBatchList(db: DbOrTx): Promise<PayoutBatch[]> {
  return db
    .select()
    .from(payoutBatches)
    .orderBy(desc(payoutBatches.createdAt), desc(payoutBatches.id))
    .limit(BATCH_LIST_LIMIT);
}

export type SelectableWithdrawal = {
  id: string;
  memberEmail: string;
  destinationLabel: string;
  amountMinor: number;
  currency: string;
  approvedAt: Date;
};

export async function selectableWithdrawals(
  db: DbOrTx,
  method: PayoutMethodKind,
): Promise<SelectableWithdrawal[]> {
  const rows = await db.execute<{
    id: string;
    email: string;
    destination_label: string;
    amount_minor: string;
    currency: string;
    approved_at: string | Date;
  }>(sql`
    select w.id, u.email, w.destination_label, w.amount_minor, w.currency, w.approved_at
    from withdrawals w join users u on u.id = w.user_id
    where w.status = 'approved' and w.method = ${method}::payout_method_kind
    order by w.created_at, w.id limit ${SELECTABLE_LIMIT}`);
  return rows.rows.map((row) => ({
    id: row.id,
    memberEmail: row.email,
    destinationLabel: row.destination_label,
    amountMinor: Number(row.amount_minor),
    currency: row.currency,
    approvedAt: new Date(row.approved_at),
  }));
}

export type BatchItemView = {
  withdrawalId: string;
  userId: string;
  memberEmail: string;
  destinationLabel: string;
  amountMinor: number;
  currency: string;
  reference: string;
  status: PayoutBatchItemStatus;
  withdrawalStatus: WithdrawalStatus;
  failureReason: string | null;
};

/** The batch row alone (what the file download needs to pick the format), or null. */
export async function payoutBatch(db: DbOrTx, batchId: number): Promise<PayoutBatch | null> {
  const [batch] = await db.select().from(payoutBatches).where(eq(payoutBatches.id, batchId));
  return batch ?? null;
}

export async function payoutBatchDetail(
  db: DbOrTx,
  batchId: number,
): Promise<{ batch: PayoutBatch; items: BatchItemView[] } | null> {
  const batch = await payoutBatch(db, batchId);
  if (!batch) return null;
  const rows = await db.execute<{
    withdrawal_id: string;
    user_id: string;
    email: string;
    destination_label: string;
    amount_minor: string;
    currency: string;
    reference: string;
    status: PayoutBatchItemStatus;
    withdrawal_status: WithdrawalStatus;
    failure_reason: string | null;
  }>(sql`
    select i.withdrawal_id, w.user_id, u.email, w.destination_label, i.amount_minor, i.currency, i.reference,
      i.status, w.status as withdrawal_status, i.failure_reason
    from payout_batch_items i join withdrawals w on w.id = i.withdrawal_id join users u on u.id = w.user_id
    where i.batch_id = ${batch.id} order by i.id limit 1000`);
  return {
    batch,
    items: rows.rows.map((row) => ({
      withdrawalId: row.withdrawal_id,
      userId: row.user_id,
      memberEmail: row.email,
      destinationLabel: row.destination_label,
      amountMinor: Number(row.amount_minor),
      currency: row.currency,
      reference: row.reference,
      status: row.status,
      withdrawalStatus: row.withdrawal_status,
      failureReason: row.failure_reason,
    })),
  };
}
