import type {
  AdapterIssue,
  ConversionEvent,
  ConversionStatus,
  ConversionType,
  DocumentAdapter,
} from '../conversion-event';
import { parseCurrencyCode } from '../parse/decimal';
import { normaliseSubId } from '../parse/sub-id';
import { isRecord } from './adapter-fields';
import { type CjRecord, readCjRecord } from './adapter-record';

// CJ Commission Detail GraphQL (networks.md §1.2): one page of
// `publisherCommissions { count limit payloadComplete maxCommissionId records }`
// → one `delta` event per commission record. Corrections are separate records
// carrying the signed difference with the original's `originalActionId`, so
// each record is a ledger line of its own (networks.md §0.2a, §6.1):
//   sourceRecordKey     = commissionId (networks.md §4)
//   networkConversionId = originalActionId (networks.md §6.1)
//
// Status (networks.md §6.2, "per originalActionId group"), over the records of
// the group that are in this document:
//   - net commission ≤ 0 and a correction exists → declined; the net is only
//     known when the group's original record is in the document too, so a
//     correction seen alone never declines here (intake, which holds the
//     ledger, re-applies the rule to its sums);
//   - else any record locked/closed, or validationStatus ACCEPTED → approved;
//   - else pending. `closed` is not `paid` (networks.md §6.2).
// Every record of a group gets the group's status, so the events of one page
// agree and their order does not matter.

const NETWORK = 'cj';

export const cjCommissionDetailAdapter: DocumentAdapter = (document, account) => {
  const issues: AdapterIssue[] = [];
  const currency = parseCurrencyCode(account.defaultCurrency);
  if (!currency.ok)
    return { events: [], issues: [{ at: 'account.defaultCurrency', problem: currency.problem }] };

  const records = readRecords(document, issues);
  const parsed: CjRecord[] = [];
  records.forEach((value, index) => {
    const result = readCjRecord(value, `records[${index}]`, currency.value);
    if (result.record) parsed.push(result.record);
    else issues.push(...result.issues);
  });

  const groups = new Map<string, CjRecord[]>();
  for (const record of parsed) {
    const group = groups.get(record.originalActionId) ?? [];
    group.push(record);
    groups.set(record.originalActionId, group);
  }
  const events = parsed.map((record) => toEvent(record, groupStatus(groups.get(record.originalActionId)!)));
  events.sort(byEffectiveOrder);
  return { events, issues };
};

/** The records array of a GraphQL response, or [] with an issue for what is wrong. */
function readRecords(document: string, issues: AdapterIssue[]): unknown[] {
  let body: unknown;
  try {
    body = JSON.parse(document);
  } catch {
    issues.push({ at: 'document', problem: 'not JSON' });
    return [];
  }
  if (!isRecord(body)) {
    issues.push({ at: 'document', problem: 'expected a GraphQL response object' });
    return [];
  }
  if (Array.isArray(body.errors)) {
    body.errors.forEach((error, index) => {
      const message =
        isRecord(error) && typeof error.message === 'string' ? error.message : 'unreadable error';
      issues.push({ at: `errors[${index}]`, problem: `GraphQL error: ${message}` });
    });
  }
  const page = isRecord(body.data) ? body.data.publisherCommissions : undefined;
  if (!isRecord(page)) {
    if (issues.length === 0) issues.push({ at: 'data.publisherCommissions', problem: 'missing' });
    return [];
  }
  if (!Array.isArray(page.records)) {
    issues.push({ at: 'data.publisherCommissions.records', problem: 'expected an array' });
    return [];
  }
  return page.records;
}

/** networks.md §6.2, CJ, over the group's records in this document. */
export function groupStatus(records: readonly CjRecord[]): ConversionStatus {
  const hasOriginal = records.some((r) => r.original);
  const hasCorrection = records.some((r) => !r.original);
  if (hasOriginal && hasCorrection) {
    const net = records.reduce((sum, r) => sum + r.commission.amountMinor, 0);
    if (net <= 0) return 'declined';
  }
  const approved = records.some(
    (r) => r.actionStatus === 'locked' || r.actionStatus === 'closed' || r.validationStatus === 'ACCEPTED',
  );
  return approved ? 'approved' : 'pending';
}

function toEvent(record: CjRecord, status: ConversionStatus): ConversionEvent {
  const slot = record.slots.shopperId ?? record.slots.sid ?? null;
  return {
    network: NETWORK,
    sourceRecordKey: record.commissionId,
    networkConversionId: record.originalActionId,
    advertiserId: record.advertiserId,
    orderRef: record.orderId,
    type: conversionType(record.actionType),
    clickRef: normaliseSubId(slot),
    subIds: record.slots,
    networkStatus: record.actionStatus,
    status,
    amounts: {
      kind: 'delta',
      line: record.original ? 'original' : 'correction',
      saleDelta: record.sale,
      commissionDelta: record.commission,
    },
    originalSale: null,
    convertedAt: record.eventDate,
    clickedAt: record.clickDate,
    effectiveAt: effectiveAt(record),
    validatedAt: null,
    lockAt: record.lockingDate,
    paidAt: null,
    reason: record.correctionReason,
    commissionable: true,
  };
}

/**
 * A record takes effect when it is posted; a lock does not change
 * `postingDate` (networks.md §1.2 "Polling tip"), so a locked or closed record
 * took its status at its locking date, which keeps the re-poll of F8 newer
 * than the correction posted before the lock.
 */
function effectiveAt(record: CjRecord): string {
  const locked = record.actionStatus === 'locked' || record.actionStatus === 'closed';
  if (locked && record.lockingDate !== null && record.lockingDate > record.postingDate)
    return record.lockingDate;
  return record.postingDate;
}

/** networks.md §1.2 actionType: bonus, click, imp, item_lead, item_sale, perf_inc, sim_lead, sim_sale. */
function conversionType(actionType: string | null): ConversionType {
  switch (actionType) {
    case 'item_sale':
    case 'sim_sale':
      return 'sale';
    case 'item_lead':
    case 'sim_lead':
      return 'lead';
    case 'bonus':
    case 'perf_inc':
      return 'bonus';
    default:
      return 'other';
  }
}

/** Oldest first; an original before its corrections; then by commission id. */
function byEffectiveOrder(a: ConversionEvent, b: ConversionEvent): number {
  if (a.effectiveAt !== b.effectiveAt) return a.effectiveAt < b.effectiveAt ? -1 : 1;
  const aOriginal = a.amounts.kind === 'delta' && a.amounts.line === 'original';
  const bOriginal = b.amounts.kind === 'delta' && b.amounts.line === 'original';
  if (aOriginal !== bOriginal) return aOriginal ? -1 : 1;
  return a.sourceRecordKey < b.sourceRecordKey ? -1 : a.sourceRecordKey > b.sourceRecordKey ? 1 : 0;
}
