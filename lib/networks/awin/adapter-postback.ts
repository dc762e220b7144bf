import type { AdapterResult, PostbackAdapter } from '../conversion-event';
import { RecordIssues } from '../parse/parsed';
import { readNotificationBase } from './adapter-notification-base';
import { readAwinNotificationFields } from './adapter-notification-fields';
import { awinSourceRecordKey } from './adapter-record-key';

// Awin transaction notification (networks.md §1.1 push; fixtures F1, F2, F5)
// → one event. Awin fires it "each time a transaction is recorded" and sends
// no status (§0.3), so the event is the transaction as created: pending, at
// its amounts, effective at its transaction date. Anything later (approval,
// amendment, payment) comes from the Transactions API, whose events are
// dated after this one (see adapter-transactions-api.ts), so a notification
// that arrives late is stale to intake rather than a regression.

/** The notification carries no status word; this is the state a recorded transaction starts in. */
export const AWIN_PUSH_STATUS = 'pending';

export const awinPostbackAdapter: PostbackAdapter = (raw, account): AdapterResult => {
  const fields = readAwinNotificationFields(raw);
  if (!fields.ok)
    return {
      events: [],
      issues: [{ at: raw.method === 'POST' ? 'body' : 'query', problem: fields.problem }],
    };

  const issues = new RecordIssues();
  const base = readNotificationBase(fields.value, account, issues);
  if (issues.failed) return { events: [], issues: issues.issues };

  return {
    events: [
      {
        network: account.network,
        sourceRecordKey: awinSourceRecordKey({
          transactionId: base.transactionId,
          status: AWIN_PUSH_STATUS,
          sale: base.sale,
          commission: base.commission,
          amendedFrom: null,
        }),
        networkConversionId: base.transactionId,
        advertiserId: base.advertiserId,
        orderRef: base.orderRef,
        type: 'sale',
        clickRef: base.clickRef,
        subIds: base.subIds,
        networkStatus: AWIN_PUSH_STATUS,
        status: AWIN_PUSH_STATUS,
        amounts: { kind: 'totals', sale: base.sale, commission: base.commission },
        originalSale: base.originalSale,
        convertedAt: base.convertedAt,
        clickedAt: base.clickedAt,
        effectiveAt: base.convertedAt,
        validatedAt: null,
        lockAt: null,
        paidAt: null,
        reason: null,
        commissionable: true,
      },
    ],
    issues: [],
  };
};
