import type {
  AdapterResult,
  ConversionStatus,
  Money,
  PostbackAdapter,
  RawPostback,
} from '../conversion-event';
import { parseDateTime, parseUnixSeconds } from '../parse/dates';
import { parseCurrencyCode, parseMoneyAmount } from '../parse/decimal';
import { fail, ok, type Parsed, RecordIssues } from '../parse/parsed';
import { type PostbackFields, readPostbackFields } from '../parse/postback-fields';
import { isUnfilledMacro, normaliseSubId } from '../parse/sub-id';
import { parseIdentifier, parseOptionalIdentifier, parseOptionalText } from '../parse/text';
import { type CanonicalField, readFieldMap } from './adapter-field-map';
import { genericStatus, genericType } from './adapter-status';

// A generic S2S postback (Everflow, TUNE, Affise… networks.md §1.9): GET with
// macros in the query, or POST as a form or a JSON object. Which parameter
// holds what comes from the account's fieldMap (adapter-field-map.ts); the
// status words from adapter-status.ts. Amounts are totals (a status or payout
// update re-sends the conversion as it now stands), with "." or "," as the
// decimal mark; times are unix seconds or ISO-8601 (UTC when no offset).
//
// sourceRecordKey (§4: Everflow keys on `conversion_id`; never a per-fire
// value such as Affise `{rand}`): `<conversionId>#<status>#<sale|->#<commission>`,
// so a retry of the same state repeats the key and a status or payout change
// makes a new one. effectiveAt is the mapped `effectiveAt` parameter when the
// platform sends one, else the conversion time: updates without their own
// time are ordered by arrival at intake.

/** A postback without a status parameter reports a conversion, which starts pending (§6.2). */
const DEFAULT_STATUS: ConversionStatus = 'pending';
const NO_MONEY: Money = { amountMinor: 0, currency: 'EUR' };

export const genericPostbackAdapter: PostbackAdapter = (raw, account): AdapterResult => {
  const map = readFieldMap(account.fieldMap);
  if (!map.ok) return { events: [], issues: [{ at: 'fieldMap', problem: map.problem }] };
  const read = readPostbackFields(raw);
  if (!read.ok) return { events: [], issues: [{ at: where(raw), problem: read.problem }] };
  const { params, subIdParams, statusWords } = map.value;
  const fields = read.value;

  const issues = new RecordIssues();
  /** The value of a canonical field: undefined when unmapped, absent, empty or an unfilled macro. */
  const value = (field: CanonicalField): string | undefined => present(fields, params[field]);
  const at = (field: CanonicalField) => {
    const param = params[field] ?? field;
    return fields[param]?.at ?? `${where(raw)}.${param}`;
  };
  const required = <T>(field: CanonicalField, parse: (v: string) => Parsed<T>, fallback: T): T => {
    const v = value(field);
    return issues.take(at(field), v === undefined ? fail('missing') : parse(v), fallback);
  };
  const optional = <T>(field: CanonicalField, parse: (v: string) => Parsed<T>): T | null => {
    const v = value(field);
    return v === undefined ? null : issues.take(at(field), parse(v), null);
  };

  const conversionId = required('conversionId', parseIdentifier, '');
  // Unmapped: the platform pays in the account's currency (as CJ, conversion-event.ts).
  const currency = params.currency
    ? required('currency', parseCurrencyCode, 'EUR')
    : issues.take('account.defaultCurrency', parseCurrencyCode(account.defaultCurrency), 'EUR');
  const commission = required('commission', (v) => parseMoneyAmount(v, currency), NO_MONEY);
  const sale = optional('sale', (v) => parseMoneyAmount(v, currency));
  let rawStatus: string = DEFAULT_STATUS;
  let status: ConversionStatus = DEFAULT_STATUS;
  if (params.status) {
    rawStatus = required('status', ok, '');
    if (rawStatus) status = issues.take(at('status'), statusOf(rawStatus, statusWords), DEFAULT_STATUS);
  }
  const convertedAt = required('convertedAt', parseTime, '');
  const effectiveAt = optional('effectiveAt', parseTime);
  const clickedAt = optional('clickedAt', parseTime);
  const clickRef = normaliseSubId(value('clickRef'));
  const orderRef = optional('orderRef', (v) => parseOptionalText(v, 255));
  const advertiserId = optional('advertiserId', parseOptionalIdentifier);
  const reason = optional('reason', (v) => parseOptionalText(v, 500));
  if (issues.failed) return { events: [], issues: issues.issues };

  const subIds: Record<string, string> = {};
  for (const name of [params.clickRef!, ...subIdParams]) {
    const v = fields[name]?.value;
    if (v !== undefined && v !== '') subIds[name] = v;
  }
  const type = value('type');
  return {
    events: [
      {
        network: account.network,
        sourceRecordKey: [conversionId, status, sale ? sale.amountMinor : '-', commission.amountMinor].join(
          '#',
        ),
        networkConversionId: conversionId,
        advertiserId,
        orderRef,
        type: type === undefined ? 'sale' : genericType(type),
        clickRef,
        subIds,
        networkStatus: rawStatus,
        status,
        amounts: { kind: 'totals', sale, commission },
        originalSale: null,
        convertedAt,
        clickedAt,
        effectiveAt: effectiveAt && effectiveAt > convertedAt ? effectiveAt : convertedAt,
        validatedAt: null,
        lockAt: null,
        paidAt: null,
        reason,
        commissionable: true,
      },
    ],
    issues: [],
  };
};

function where(raw: RawPostback): string {
  return raw.method === 'GET' ? 'query' : 'body';
}

function present(fields: PostbackFields, param: string | undefined): string | undefined {
  if (param === undefined) return undefined;
  const v = fields[param]?.value.trim();
  return v === undefined || v === '' || isUnfilledMacro(v) ? undefined : v;
}

function statusOf(word: string, accountWords: Record<string, ConversionStatus>): Parsed<ConversionStatus> {
  const status = genericStatus(word, accountWords);
  return status
    ? ok(status)
    : fail(`unknown status ${JSON.stringify(word)} (map it with fieldMap "status:${word}")`);
}

/** Unix seconds (Everflow `conversion_unix_timestamp`, Affise `{timestamp}`) or an ISO-8601 / SQL date-time. */
function parseTime(v: string): Parsed<string> {
  return /^\d+$/.test(v) ? parseUnixSeconds(v) : parseDateTime(v);
}
