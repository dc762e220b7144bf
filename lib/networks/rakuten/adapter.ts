import type { AdapterIssue, ConversionEvent, ConversionStatus, DocumentAdapter } from '../conversion-event';
import { normaliseSubId } from '../parse/sub-id';
import { type RakutenRow, readRakutenRow } from './adapter-row';

// Rakuten Advertising Events API `GET /events/1.0/transactions` (networks.md
// §1.3 pull): a JSON array of rows → one `delta` event per row.
//
// Rows are item-level (`sku_number`, `quantity`) and a return or
// cancellation is a row of its own with negative amounts [G, §1.3 "Money
// lifecycle"], so each row is a signed line added to its order, like a CJ
// correction (networks.md §0.2a):
//   networkConversionId = `${advertiser_id}:${order_id}`: the order all its
//     item and return rows belong to. networks.md §6.1 names etransaction_id,
//     but a later return row need not share it (F10 shows one order under two
//     etransaction_ids), and an order-level id is what keeps a return on its
//     sale. Without an order_id: the etransaction_id (a negative row without
//     one is refused: it could only become a conversion of its own, below zero).
//   sourceRecordKey = etransaction_id, plus `|sku_number` when there is one
//     (networks.md §4 "etransaction_id (+sku_number [G])").
//
// `is_event=true` rows (media-optimisation events, F10) are emitted with
// `commissionable: false`, not skipped: networks.md F10 wants the inbox to
// keep them and the click marked "converted (unconfirmed)", with no
// conversion and no money line; intake does that for non-commissionable events.
//
// Status (networks.md §6.2, Rakuten): the Events API has no status field, so
// a commissionable row is `pending` (approval and payment come from invoice
// status, out of this API). Like CJ's rule, an order whose positive and
// negative rows in this document net to a commission ≤ 0 is `declined`.
// networkStatus names the row's kind, since Rakuten sends no status word:
// 'sale', 'return' (negative row) or 'is_event'.

export const rakutenEventsAdapter: DocumentAdapter = (document) => {
  const issues: AdapterIssue[] = [];
  const rows: { row: RakutenRow; at: string }[] = [];
  readRows(document, issues).forEach((value, index) => {
    const at = `[${index}]`;
    const read = readRakutenRow(value, at);
    if (read.row) rows.push({ row: read.row, at });
    else issues.push(...read.issues);
  });

  const kept: RakutenRow[] = [];
  const seen = new Map<string, { at: string; json: string }>();
  for (const { row, at } of rows) {
    if (isNegative(row) && row.orderId === null) {
      issues.push({
        at: `${at}.order_id`,
        problem: 'a negative row without order_id cannot be put on its sale',
      });
      continue;
    }
    // Two different rows under one key would make intake keep one and drop the other.
    const key = sourceRecordKey(row);
    const json = JSON.stringify(row);
    const first = seen.get(key);
    if (first) {
      // An identical repeat is the same record: intake would call it a duplicate anyway.
      if (first.json !== json) {
        issues.push({ at, problem: `same etransaction_id and sku_number as ${first.at}, different content` });
      }
      continue;
    }
    seen.set(key, { at, json });
    kept.push(row);
  }

  const orders = new Map<string, RakutenRow[]>();
  for (const row of kept) {
    if (row.isEvent) continue;
    const id = conversionId(row);
    orders.set(id, [...(orders.get(id) ?? []), row]);
  }
  const events = kept.map((row) =>
    toEvent(row, row.isEvent ? 'pending' : orderStatus(orders.get(conversionId(row))!)),
  );
  events.sort(byEffectiveOrder);
  return { events, issues };
};

function readRows(document: string, issues: AdapterIssue[]): unknown[] {
  let body: unknown;
  try {
    body = JSON.parse(document);
  } catch {
    issues.push({ at: 'document', problem: 'not JSON' });
    return [];
  }
  if (!Array.isArray(body)) {
    issues.push({ at: 'document', problem: 'expected a JSON array of transactions' });
    return [];
  }
  return body;
}

function isNegative(row: RakutenRow): boolean {
  return row.commission.amountMinor < 0 || row.sale.amountMinor < 0;
}

function conversionId(row: RakutenRow): string {
  return row.orderId === null ? row.etransactionId : `${row.advertiserId}:${row.orderId}`;
}

function sourceRecordKey(row: RakutenRow): string {
  return row.skuNumber === null ? row.etransactionId : `${row.etransactionId}|${row.skuNumber}`;
}

/** The order's commissionable rows in this document: a return netting the order to ≤ 0 declines it. */
function orderStatus(rows: readonly RakutenRow[]): ConversionStatus {
  const hasSale = rows.some((r) => !isNegative(r));
  const hasReturn = rows.some(isNegative);
  const net = rows.reduce((sum, r) => sum + r.commission.amountMinor, 0);
  return hasSale && hasReturn && net <= 0 ? 'declined' : 'pending';
}

function toEvent(row: RakutenRow, status: ConversionStatus): ConversionEvent {
  const negative = isNegative(row);
  return {
    network: 'rakuten',
    sourceRecordKey: sourceRecordKey(row),
    networkConversionId: conversionId(row),
    advertiserId: row.advertiserId,
    orderRef: row.orderId,
    type: 'sale',
    clickRef: normaliseSubId(row.u1),
    subIds: row.u1 === null ? {} : { u1: row.u1 },
    networkStatus: row.isEvent ? 'is_event' : negative ? 'return' : 'sale',
    status,
    amounts: {
      kind: 'delta',
      line: negative ? 'correction' : 'original',
      saleDelta: row.sale,
      commissionDelta: row.commission,
    },
    originalSale: null,
    convertedAt: row.transactionDate,
    clickedAt: null,
    effectiveAt: row.processDate,
    validatedAt: null,
    lockAt: null,
    paidAt: null,
    reason: null,
    commissionable: !row.isEvent,
  };
}

/** Oldest processing first; sales before returns; then by key. */
function byEffectiveOrder(a: ConversionEvent, b: ConversionEvent): number {
  if (a.effectiveAt !== b.effectiveAt) return a.effectiveAt < b.effectiveAt ? -1 : 1;
  const aReturn = a.networkStatus === 'return';
  if (aReturn !== (b.networkStatus === 'return')) return aReturn ? 1 : -1;
  return a.sourceRecordKey < b.sourceRecordKey ? -1 : a.sourceRecordKey > b.sourceRecordKey ? 1 : 0;
}
