import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { parseMoney } from '@/lib/money';
import { isFinalBatchStatus, isItemInFlight, type PayoutOutcome, payoutItemOutcome } from './payout-outcome';
import type { PaypalClient } from './paypal-client';

// GET /v1/payments/payouts/{payout_batch_id}: the batch's status and every
// item's, read page by page (PayPal pages items, at most 1000 a page), each
// item mapped to what it means for the withdrawal it pays.

export type PayoutItemStatus = {
  payoutItemId: string;
  /** Our withdrawal id, as sent in sender_item_id. */
  senderItemId: string | null;
  transactionStatus: string | null;
  outcome: PayoutOutcome;
  amountMinor: number;
  currency: string;
  receiver: string;
  /** PayPal's reason when an item failed (RECEIVER_UNREGISTERED…). */
  errorName: string | null;
  errorMessage: string | null;
};

export type PayoutBatchStatus = {
  payoutBatchId: string;
  senderBatchId: string | null;
  batchStatus: string;
  /** The batch is final and no item is still being processed (UNCLAIMED items may stay so for 30 days). */
  settled: boolean;
  items: PayoutItemStatus[];
};

const PAGE_SIZE = 1000;
/** PayPal takes at most 15 000 items a batch: 15 pages. */
const MAX_PAGES = 20;

const amountSchema = z.object({ value: z.string(), currency: z.string() });
const itemSchema = z.object({
  payout_item_id: z.string(),
  transaction_status: z.string().nullish(),
  payout_item: z.object({
    amount: amountSchema,
    receiver: z.string(),
    sender_item_id: z.string().nullish(),
  }),
  errors: z.object({ name: z.string().nullish(), message: z.string().nullish() }).nullish(),
});
const pageSchema = z.object({
  batch_header: z.object({
    payout_batch_id: z.string(),
    batch_status: z.string(),
    sender_batch_header: z.object({ sender_batch_id: z.string().nullish() }).nullish(),
  }),
  items: z.array(itemSchema).nullish(),
  total_page: z.number().int().nullish(),
});

export async function getPayoutBatch(
  client: PaypalClient,
  payoutBatchId: string,
): Promise<PayoutBatchStatus> {
  if (!/^[A-Za-z0-9]{1,64}$/.test(payoutBatchId)) {
    throw new AppError('unprocessable', `"${payoutBatchId}" is not a PayPal payout batch id`);
  }
  const items: PayoutItemStatus[] = [];
  let header: z.infer<typeof pageSchema>['batch_header'] | null = null;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const query = `page=${page}&page_size=${PAGE_SIZE}&total_required=true`;
    const response = await client.request({
      method: 'GET',
      path: `/v1/payments/payouts/${payoutBatchId}?${query}`,
    });
    const parsed = pageSchema.safeParse(response.body);
    if (!parsed.success) {
      throw new AppError(
        'unavailable',
        `PayPal answered payout batch ${payoutBatchId} in an unexpected shape`,
        {
          cause: parsed.error,
        },
      );
    }
    header = parsed.data.batch_header;
    const pageItems = parsed.data.items ?? [];
    for (const item of pageItems) items.push(toItemStatus(item, header.batch_status));
    const totalPages = parsed.data.total_page;
    const more = totalPages ? page < totalPages : pageItems.length === PAGE_SIZE;
    if (!more) break;
  }
  if (!header) throw new AppError('internal', 'No page was read');
  return {
    payoutBatchId: header.payout_batch_id,
    senderBatchId: header.sender_batch_header?.sender_batch_id ?? null,
    batchStatus: header.batch_status,
    // A DENIED or CANCELED batch is settled whatever its items say: none of them was paid.
    settled:
      isFinalBatchStatus(header.batch_status) &&
      (header.batch_status !== 'SUCCESS' || items.every((item) => !isItemInFlight(item.transactionStatus))),
    items,
  };
}

function toItemStatus(item: z.infer<typeof itemSchema>, batchStatus: string): PayoutItemStatus {
  const transactionStatus = item.transaction_status ?? null;
  const { amountMinor, currency } = parseMoney(
    item.payout_item.amount.value,
    item.payout_item.amount.currency,
  );
  return {
    payoutItemId: item.payout_item_id,
    senderItemId: item.payout_item.sender_item_id ?? null,
    transactionStatus,
    outcome: payoutItemOutcome(transactionStatus, batchStatus),
    amountMinor,
    currency,
    receiver: item.payout_item.receiver,
    errorName: item.errors?.name ?? null,
    errorMessage: item.errors?.message ?? null,
  };
}
