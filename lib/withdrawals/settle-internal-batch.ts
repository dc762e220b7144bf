import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { type PayoutBatchItem, payoutBatches, payoutMethods, withdrawals } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import type { NotifyConfig } from './notify-withdrawal-closed';
import { openGiftCardCode, requireDetailsKey } from './payout-secrets';
import { markBatchPaid } from './settle-batch-item';

// Charity donations and gift cards are paid by us, not by a bank: settling
// their batch marks every item paid with a receipt. A gift card withdrawal
// gets a code from the stock of its brand and value, taken under SKIP
// LOCKED so two settlements running at once never hand out one code twice
// (and gift_cards_withdrawal_key allows one code per withdrawal). Out of
// stock: that withdrawal stays pending, the error says so, the rest is paid.

export type InternalSettleConfig = NotifyConfig & { detailsKey: Buffer | null };

export async function settleInternalBatch(
  db: Db,
  input: { batchId: number; actorUserId: string | null; ip?: string | null },
  config: InternalSettleConfig,
): Promise<number> {
  const [batch] = await db.select().from(payoutBatches).where(eq(payoutBatches.id, input.batchId));
  if (!batch) throw new AppError('not_found', 'payoutsAdmin.batches.errors.notFound' satisfies MessageKey);
  if (batch.method !== 'charity' && batch.method !== 'gift_card') {
    throw new AppError('unprocessable', 'payoutsAdmin.batches.errors.wrongMethod' satisfies MessageKey);
  }
  const key = batch.method === 'gift_card' ? requireDetailsKey(config.detailsKey) : null;
  return markBatchPaid(db, input, config, {
    beforePaid: key ? (tx, item) => assignGiftCard(tx, item, key) : undefined,
  });
}

/** A code from stock for this withdrawal (the one it already has, if any), decrypted for the receipt. */
export async function assignGiftCard(tx: Tx, item: PayoutBatchItem, key: Buffer): Promise<string> {
  const [target] = await tx
    .select({ brandId: payoutMethods.giftCardBrandId })
    .from(withdrawals)
    .innerJoin(payoutMethods, eq(payoutMethods.id, withdrawals.payoutMethodId))
    .where(eq(withdrawals.id, item.withdrawalId));
  const assigned = await tx.execute<{ code_encrypted: string }>(sql`
    with existing as (
      select code_encrypted from gift_cards where withdrawal_id = ${item.withdrawalId}
    ), taken as (
      update gift_cards set withdrawal_id = ${item.withdrawalId}, assigned_at = now()
      where id = (
        select id from gift_cards
        where brand_id = ${target?.brandId ?? null} and value_minor = ${item.amountMinor}
          and currency = ${item.currency} and withdrawal_id is null
          and (expires_on is null or expires_on > current_date)
          and not exists (select 1 from existing)
        order by id limit 1 for update skip locked
      )
      returning code_encrypted
    )
    select code_encrypted from existing union all select code_encrypted from taken`);
  const row = assigned.rows[0];
  if (!row) throw new AppError('conflict', 'payoutsAdmin.batches.errors.noStock' satisfies MessageKey);
  return openGiftCardCode(row.code_encrypted, key);
}
