import type { Money } from '@/lib/money';
import type { AdapterIssue } from '../conversion-event';
import { parseDateTime } from '../parse/dates';
import { parseMoneyAmount } from '../parse/decimal';
import { fail, ok, type Parsed, RecordIssues, shown } from '../parse/parsed';
import { parseIdentifier, parseOptionalBoolean, parseOptionalText } from '../parse/text';
import { type FieldReader, fieldReader, isRecord } from './adapter-fields';

// One PublisherCommission record of the Commission Detail GraphQL API
// (networks.md §1.2), checked field by field. CJ sends no currency code: every
// amount is in the publisher's currency, which the account configuration
// gives (`*PubCurrency` fields). The `*Usd` fields are read only when the
// account is in USD and the publisher-currency field is absent.

export const CJ_ACTION_STATUSES = ['new', 'extended', 'locked', 'closed'] as const;
export type CjActionStatus = (typeof CJ_ACTION_STATUSES)[number];

export type CjRecord = {
  commissionId: string;
  originalActionId: string;
  /** false: a correction record carrying the signed difference (networks.md §1.2 "Corrections"). */
  original: boolean;
  actionStatus: CjActionStatus;
  validationStatus: string | null;
  actionType: string | null;
  correctionReason: string | null;
  advertiserId: string;
  orderId: string | null;
  eventDate: string;
  postingDate: string;
  lockingDate: string | null;
  clickDate: string | null;
  /** Raw sub-id slots as sent: shopperId, and the deprecated sid. */
  slots: Record<string, string>;
  sale: Money | null;
  commission: Money;
};

export type CjRecordRead = { record: CjRecord; issues: [] } | { record: null; issues: AdapterIssue[] };

export function readCjRecord(value: unknown, at: string, currency: string): CjRecordRead {
  if (!isRecord(value))
    return { record: null, issues: [{ at, problem: 'expected a commission record object' }] };
  const issues = new RecordIssues(at);
  const f = fieldReader(value, issues);
  // CJ dates are UTC (networks.md §1.2, §3): a value without an offset is read as UTC.
  const date = (raw: unknown) => parseDateTime(raw);

  const commissionId = f.required('commissionId', parseIdentifier);
  const originalActionId = f.required('originalActionId', parseIdentifier);
  const original = f.required('original', parseOriginal);
  const actionStatus = f.required('actionStatus', parseActionStatus);
  const validationStatus = f.optional('validationStatus', parseOptionalText);
  const actionType = f.optional('actionType', parseOptionalText);
  const correctionReason = f.optional('correctionReason', parseOptionalText);
  const advertiserId = f.required('advertiserId', parseIdentifier);
  const orderId = f.optional('orderId', parseOptionalText);
  const eventDate = f.required('eventDate', date);
  const postingDate = f.required('postingDate', date);
  const lockingDate = f.optional('lockingDate', date);
  const clickDate = f.optional('clickDate', date);
  const slots = readSlots(value, issues);
  const sale = readAmount(f, 'saleAmount', currency, false);
  const commission = readAmount(f, 'pubCommissionAmount', currency, true);

  // An original record is never negative: only corrections carry a (usually
  // negative) difference [S][C].
  if (original === true) {
    if (commission && commission.amountMinor < 0) {
      issues.add('pubCommissionAmountPubCurrency', 'negative on an original record');
    }
    if (sale && sale.amountMinor < 0) issues.add('saleAmountPubCurrency', 'negative on an original record');
  }

  if (
    issues.failed ||
    commissionId === null ||
    originalActionId === null ||
    original === null ||
    actionStatus === null ||
    advertiserId === null ||
    eventDate === null ||
    postingDate === null ||
    commission === null
  ) {
    return { record: null, issues: issues.failed ? issues.issues : [{ at, problem: 'unreadable record' }] };
  }
  const record: CjRecord = {
    commissionId,
    originalActionId,
    original,
    actionStatus,
    validationStatus,
    actionType,
    correctionReason,
    advertiserId,
    orderId,
    eventDate,
    postingDate,
    lockingDate,
    clickDate,
    slots,
    sale,
    commission,
  };
  return { record, issues: [] };
}

function parseOriginal(raw: unknown): Parsed<boolean> {
  const parsed = parseOptionalBoolean(raw);
  if (!parsed.ok) return parsed;
  return parsed.value === null ? fail('missing') : ok(parsed.value);
}

function parseActionStatus(raw: unknown): Parsed<CjActionStatus> {
  const status = CJ_ACTION_STATUSES.find((s) => s === raw);
  return status
    ? ok(status)
    : fail(`unknown status ${shown(raw)} (expected ${CJ_ACTION_STATUSES.join(', ')})`);
}

/** shopperId is the SID; `sid` is deprecated but may still come (networks.md §1.2). */
function readSlots(record: Record<string, unknown>, issues: RecordIssues): Record<string, string> {
  const slots: Record<string, string> = {};
  for (const key of ['shopperId', 'sid']) {
    const raw = record[key];
    if (raw === undefined || raw === null) continue;
    if (typeof raw === 'string') slots[key] = raw;
    else issues.add(key, `sub-id must be a string, got ${shown(raw)}`);
  }
  return slots;
}

function readAmount(f: FieldReader, stem: string, currency: string, required: boolean): Money | null {
  const parse = (raw: unknown) => parseMoneyAmount(raw, currency, { decimalMark: '.', allowNegative: true });
  const pubKey = `${stem}PubCurrency`;
  const usdKey = `${stem}Usd`;
  if (currency === 'USD' && !f.has(pubKey) && f.has(usdKey)) return f.required(usdKey, parse);
  return required ? f.required(pubKey, parse) : f.optional(pubKey, parse);
}
