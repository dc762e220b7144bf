// What a PayPal payout item's transaction_status means for our withdrawal.
//
//  paid      the member has the money (SUCCESS);
//  returned  the money is back in, or never left, our PayPal balance: the
//            withdrawal goes back to the member's available balance. FAILED and
//            BLOCKED never paid; RETURNED is an unclaimed payment PayPal gave
//            back after 30 days; REFUNDED and REVERSED undo a payment that had
//            succeeded, so a withdrawal already marked paid can come back here
//            and its caller must reverse the payment in the ledger;
//  pending   not settled yet: PENDING and ONHOLD (PayPal is working on it),
//            UNCLAIMED (waiting for the recipient to open an account or
//            confirm their address; it becomes SUCCESS or, after 30 days,
//            RETURNED), and any status we do not know, which must never count
//            as paid.
// A batch that is DENIED (or CANCELED, for web uploads) paid no item.

export type PayoutOutcome = 'paid' | 'returned' | 'pending';

const ITEM_OUTCOMES: Record<string, PayoutOutcome> = {
  SUCCESS: 'paid',
  FAILED: 'returned',
  BLOCKED: 'returned',
  RETURNED: 'returned',
  REFUNDED: 'returned',
  REVERSED: 'returned',
  PENDING: 'pending',
  ONHOLD: 'pending',
  UNCLAIMED: 'pending',
};

/** Batch statuses after which PayPal will not process the batch further. */
const FINAL_BATCH_STATUSES = new Set(['SUCCESS', 'DENIED', 'CANCELED']);
const NOTHING_PAID_BATCH_STATUSES = new Set(['DENIED', 'CANCELED']);
/** Item statuses PayPal resolves within minutes, as opposed to UNCLAIMED, which can last 30 days. */
const IN_FLIGHT_ITEM_STATUSES = new Set(['PENDING', 'ONHOLD']);

export function payoutItemOutcome(transactionStatus: string | null, batchStatus: string): PayoutOutcome {
  if (NOTHING_PAID_BATCH_STATUSES.has(batchStatus)) return 'returned';
  return (transactionStatus && ITEM_OUTCOMES[transactionStatus]) || 'pending';
}

export function isFinalBatchStatus(batchStatus: string): boolean {
  return FINAL_BATCH_STATUSES.has(batchStatus);
}

/** True while PayPal is still processing the item (as opposed to waiting for the recipient). */
export function isItemInFlight(transactionStatus: string | null): boolean {
  return transactionStatus === null || IN_FLIGHT_ITEM_STATUSES.has(transactionStatus);
}
