import type { AdapterAccount, ConversionEvent, Money } from '../conversion-event';
import { parseDateTime } from '../parse/dates';
import { parseCurrencyCode, parseMoneyAmount } from '../parse/decimal';
import { fail, type Parsed, RecordIssues, shown } from '../parse/parsed';
import { readSubId } from '../parse/sub-id';
import {
  parseIdentifier,
  parseOptionalBoolean,
  parseOptionalIdentifier,
  parseOptionalText,
} from '../parse/text';
import { optionalDate } from './adapter-notification-base';
import { awinSourceRecordKey } from './adapter-record-key';
import { type AwinStatus, awinConversionType, awinStatus } from './adapter-status';

// One record of the Awin Transactions API (networks.md §1.1 "Pull", fixtures
// F3, F4) → one event, or the record's issues. Amounts are JSON numbers
// ({"amount":59.5,"currency":"EUR"}), read through String(n) (§6.1). Dates
// have no offset and are in the requested `timezone`; the sync always asks
// for AWIN_API_TIMEZONE, so they are read as UTC.

/** The `timezone` the pull must request: the adapter reads the dates in it. */
export const AWIN_API_TIMEZONE = 'UTC';

/**
 * An API record is a later view than the notification of the same
 * transaction, but Awin dates amendments nowhere in the record (§1.1 lists no
 * amendment date) and its API dates are to the minute (Awin's sample
 * "2017-02-20T22:04:00") while the push has seconds. So a record not yet
 * validated takes effect one minute after its transaction date: after the
 * notification (F1 18:22:05 < F3 18:22:00 + 1 min), which makes a late
 * notification stale to intake instead of undoing an amendment.
 */
export const API_AFTER_PUSH_MS = 60_000;

type Json = Record<string, unknown>;

// A fallback for a record that already has an issue: never part of an event.
const NO_STATUS: AwinStatus = { networkStatus: '', status: 'pending' };

export function readAwinApiRecord(
  record: unknown,
  index: number,
  account: AdapterAccount,
): { event: ConversionEvent } | { issues: RecordIssues } {
  const issues = new RecordIssues(`[${index}]`);
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    issues.add('', `a transaction must be an object, got ${shown(record)}`);
    return { issues };
  }
  const r = record as Json;
  const transactionId = issues.take('id', parseIdentifier(r.id), '');
  const publisherId = issues.take('publisherId', parseOptionalIdentifier(r.publisherId), null);
  if (publisherId !== null && publisherId !== account.publisherId) {
    issues.add('publisherId', `publisher ${publisherId} is not this account's (${account.publisherId})`);
  }
  const paid = issues.take('paidToPublisher', parseOptionalBoolean(r.paidToPublisher), null);
  const status = issues.take('commissionStatus', awinStatus(r.commissionStatus, paid), NO_STATUS);
  const commission = amountObject(r, 'commissionAmount', issues, 'required');
  const sale = amountObject(r, 'saleAmount', issues);
  const amended = issues.take('amended', parseOptionalBoolean(r.amended), null) === true;
  const oldSale = amountObject(r, 'oldSaleAmount', issues);
  const oldCommission = amountObject(r, 'oldCommissionAmount', issues);
  const { clickRef, subIds } = clickRefs(r.clickRefs, issues);
  const convertedAt = issues.take('transactionDate', requiredDate(r.transactionDate), '');
  const clickedAt = issues.take('clickDate', optionalDate(r.clickDate), null);
  const validatedAt = issues.take('validationDate', optionalDate(r.validationDate), null);
  const declineReason = issues.take('declineReason', parseOptionalText(r.declineReason), null);
  const amendReason = issues.take('amendReason', parseOptionalText(r.amendReason), null);
  const advertiserId = issues.take('advertiserId', parseOptionalIdentifier(r.advertiserId), null);
  const orderRef = issues.take('orderRef', parseOptionalText(r.orderRef, 255), null);
  const type = issues.take('type', awinConversionType(r.type), 'other');
  if (issues.failed || !commission) return { issues };

  return {
    event: {
      network: account.network,
      sourceRecordKey: awinSourceRecordKey({
        transactionId,
        status: status.status,
        sale,
        commission,
        amendedFrom: amended ? { sale: oldSale, commission: oldCommission } : null,
      }),
      networkConversionId: transactionId,
      advertiserId,
      orderRef,
      type,
      clickRef,
      subIds,
      networkStatus: status.networkStatus,
      status: status.status,
      amounts: { kind: 'totals', sale, commission },
      // `originalSaleAmount` is listed (§1.1) but not explained; it is not
      // assumed to be the shopper-currency amount the contract means.
      originalSale: null,
      convertedAt,
      clickedAt,
      effectiveAt: effectiveAt(convertedAt, validatedAt),
      validatedAt,
      lockAt: null,
      // paidToPublisher is a flag: Awin gives no payment date.
      paidAt: null,
      reason: status.status === 'declined' ? (declineReason ?? amendReason) : (amendReason ?? declineReason),
      commissionable: true,
    },
  };
}

function effectiveAt(convertedAt: string, validatedAt: string | null): string {
  const afterPush = Date.parse(convertedAt) + API_AFTER_PUSH_MS;
  const validated = validatedAt ? Date.parse(validatedAt) : Number.NEGATIVE_INFINITY;
  return new Date(Math.max(afterPush, validated)).toISOString();
}

function requiredDate(raw: unknown): Parsed<string> {
  return raw === undefined || raw === null || raw === '' ? fail('missing') : parseDateTime(raw);
}

/** `{"amount": 59.5, "currency": "EUR"}` → Money; absent or null → null, or an issue when required. */
function amountObject(r: Json, name: string, issues: RecordIssues, presence?: 'required'): Money | null {
  const raw = r[name];
  if (raw === undefined || raw === null) {
    if (presence === 'required') issues.add(name, 'missing');
    return null;
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    issues.add(name, `expected {amount, currency}, got ${shown(raw)}`);
    return null;
  }
  const { amount, currency } = raw as Json;
  const code = issues.take(`${name}.currency`, parseCurrencyCode(currency), null);
  if (code === null) return null;
  return issues.take(`${name}.amount`, parseMoneyAmount(amount, code, { decimalMark: '.' }), null);
}

/** `clickRefs{clickRef…clickRef6}`: our slot is `clickRef`; every slot is kept as received. */
function clickRefs(
  raw: unknown,
  issues: RecordIssues,
): { clickRef: string | null; subIds: Record<string, string> } {
  const subIds: Record<string, string> = {};
  if (raw === undefined || raw === null) return { clickRef: null, subIds };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    issues.add('clickRefs', `expected an object, got ${shown(raw)}`);
    return { clickRef: null, subIds };
  }
  let clickRef: string | null = null;
  for (const [slot, value] of Object.entries(raw as Json)) {
    const read = issues.take(`clickRefs.${slot}`, readSubId(value), null);
    if (slot === 'clickRef') clickRef = read;
    if (typeof value === 'string' && value !== '') subIds[slot] = value;
    else if (typeof value === 'number') subIds[slot] = String(value);
  }
  return { clickRef, subIds };
}
