import { AppError } from '@/lib/errors';
import { assertCurrency, currencyExponent, toDecimalString } from '@/lib/money';
import { getPayoutBatch } from './get-payout-batch';
import { type PaypalClient, paypalFailure } from './paypal-client';

// POST /v1/payments/payouts: one PayPal batch for one of our payout batches.
//
// Paying twice is prevented twice over. The batch's deterministic key is the
// sender_batch_id, which PayPal refuses to reuse for 30 days, and also the
// PayPal-Request-Id, so a create retried after a lost answer gets the first
// answer back. When PayPal nevertheless says the sender_batch_id exists (we
// created it before and lost track, or a retry came after PayPal forgot the
// request id), the batch is already there: we look it up and carry on with
// it instead of failing.

export type PayoutBatchItemInput = {
  /** Our withdrawal id: comes back on every item as sender_item_id. */
  senderItemId: string;
  receiverEmail: string;
  amountMinor: number;
  currency: string;
  /** Shown to the recipient in PayPal's e-mail. */
  note: string;
};

export type CreatePayoutBatchInput = {
  /** The payout batch's deterministic key. */
  senderBatchId: string;
  emailSubject?: string;
  emailMessage?: string;
  items: readonly PayoutBatchItemInput[];
};

export type CreatedPayoutBatch = {
  payoutBatchId: string;
  batchStatus: string;
  /** PayPal already had this sender_batch_id: nothing new was created. */
  alreadyExisted: boolean;
};

/** PayPal's limits: 15 000 items a call; ids as its API reference gives them. */
export const PAYPAL_MAX_ITEMS = 15_000;
const SENDER_BATCH_ID_MAX = 256;
const SENDER_ITEM_ID_MAX = 63;
/** PayPal allows 4000 ASCII or 1000 other characters; we keep to the lower bound. */
const NOTE_MAX = 1000;
const SUBJECT_MAX = 255;

const invalid = (message: string) => new AppError('unprocessable', message);

/** Integer minor units → PayPal's decimal string: 1234 EUR → "12.34", 1234 JPY → "1234". */
export function paypalAmountValue(amountMinor: number, currency: string): string {
  return toDecimalString(amountMinor, currencyExponent(currency));
}

export async function createPayoutBatch(
  client: PaypalClient,
  input: CreatePayoutBatchInput,
): Promise<CreatedPayoutBatch> {
  const body = payoutBatchBody(input);
  try {
    const response = await client.request({
      method: 'POST',
      path: '/v1/payments/payouts',
      body,
      requestId: input.senderBatchId,
    });
    const header = (response.body as { batch_header?: { payout_batch_id?: unknown; batch_status?: unknown } })
      ?.batch_header;
    if (typeof header?.payout_batch_id !== 'string' || typeof header.batch_status !== 'string') {
      throw new AppError(
        'unavailable',
        'PayPal created the payout batch but its answer has no payout_batch_id',
      );
    }
    return { payoutBatchId: header.payout_batch_id, batchStatus: header.batch_status, alreadyExisted: false };
  } catch (error) {
    const failure = paypalFailure(error);
    if (failure?.status !== 400 || !isDuplicateSenderBatchId(failure.body)) throw error;
    const existingId = linkedPayoutBatchId(failure.body);
    if (!existingId) {
      throw new AppError(
        'conflict',
        `PayPal already has a payout batch with sender_batch_id ${input.senderBatchId} but did not say which; ` +
          'find it in the PayPal dashboard before paying these withdrawals any other way',
        { cause: failure },
      );
    }
    const existing = await getPayoutBatch(client, existingId);
    if (existing.senderBatchId !== null && existing.senderBatchId !== input.senderBatchId) {
      throw new AppError(
        'conflict',
        `PayPal pointed sender_batch_id ${input.senderBatchId} to batch ${existingId}, which has ${existing.senderBatchId}`,
      );
    }
    return { payoutBatchId: existing.payoutBatchId, batchStatus: existing.batchStatus, alreadyExisted: true };
  }
}

/** The request body, checked against PayPal's limits before anything is sent. */
export function payoutBatchBody(input: CreatePayoutBatchInput): Record<string, unknown> {
  const { senderBatchId, items } = input;
  if (!/^[\x21-\x7e]+$/.test(senderBatchId) || senderBatchId.length > SENDER_BATCH_ID_MAX) {
    throw invalid(
      `"${senderBatchId}" cannot be a PayPal sender_batch_id (1 to 256 printable ASCII characters)`,
    );
  }
  if (items.length === 0) throw invalid('A PayPal payout batch needs at least one item');
  if (items.length > PAYPAL_MAX_ITEMS) {
    throw invalid(
      `A PayPal payout batch takes at most ${PAYPAL_MAX_ITEMS} items (got ${items.length}); split it`,
    );
  }
  const seen = new Set<string>();
  const bodyItems = items.map((item) => {
    const id = item.senderItemId;
    if (!/^[\x21-\x7e]+$/.test(id) || id.length > SENDER_ITEM_ID_MAX) {
      throw invalid(`"${id}" cannot be a PayPal sender_item_id (1 to 63 printable ASCII characters)`);
    }
    if (seen.has(id)) throw invalid(`Withdrawal ${id} is twice in the PayPal batch`);
    seen.add(id);
    if (!Number.isSafeInteger(item.amountMinor) || item.amountMinor < 1) {
      throw invalid(`Withdrawal ${id}: a PayPal payout must be a positive amount (got ${item.amountMinor})`);
    }
    const receiver = item.receiverEmail.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(receiver) || receiver.length > 127) {
      throw invalid(`Withdrawal ${id}: "${receiver}" is not an e-mail address PayPal can pay`);
    }
    const currency = assertCurrency(item.currency);
    return {
      recipient_type: 'EMAIL',
      amount: { value: paypalAmountValue(item.amountMinor, currency), currency },
      receiver,
      sender_item_id: id,
      note: Array.from(item.note).slice(0, NOTE_MAX).join(''),
    };
  });
  const header: Record<string, string> = { sender_batch_id: senderBatchId, recipient_type: 'EMAIL' };
  if (input.emailSubject)
    header.email_subject = Array.from(input.emailSubject).slice(0, SUBJECT_MAX).join('');
  if (input.emailMessage) header.email_message = input.emailMessage;
  return { sender_batch_header: header, items: bodyItems };
}

type ErrorBody = {
  name?: unknown;
  message?: unknown;
  details?: Array<{ field?: unknown; issue?: unknown; link?: unknown; links?: unknown }>;
  links?: unknown;
};

/** PayPal's answer to a sender_batch_id used in the last 30 days. */
export function isDuplicateSenderBatchId(body: unknown): boolean {
  const details = (body as ErrorBody | null)?.details;
  if (!Array.isArray(details)) return false;
  return details.some(
    (detail) =>
      String(detail?.field ?? '').toUpperCase() === 'SENDER_BATCH_ID' ||
      /sender_batch_id/i.test(String(detail?.issue ?? '')),
  );
}

/**
 * The payout_batch_id of the existing batch, from the HATEOAS link PayPal
 * attaches to the duplicate error (seen both at the top level and inside the
 * detail, as `links` or `link`).
 */
export function linkedPayoutBatchId(body: unknown): string | null {
  const error = body as ErrorBody | null;
  const candidates = [
    error?.links,
    ...(Array.isArray(error?.details) ? error.details : []).flatMap((d) => [d?.link, d?.links]),
  ];
  for (const list of candidates) {
    if (!Array.isArray(list)) continue;
    for (const link of list) {
      const href = (link as { href?: unknown } | null)?.href;
      const match =
        typeof href === 'string' ? /\/v1\/payments\/payouts\/([A-Za-z0-9]+)(?:[/?#]|$)/.exec(href) : null;
      if (match) return match[1]!;
    }
  }
  return null;
}
