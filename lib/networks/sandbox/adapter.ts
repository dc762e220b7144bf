import { optionalDate, readNotificationBase } from '../awin/adapter-notification-base';
import { readAwinNotificationFields } from '../awin/adapter-notification-fields';
import { awinSourceRecordKey } from '../awin/adapter-record-key';
import { type AwinStatus, awinStatus } from '../awin/adapter-status';
import type { AdapterResult, Money, PostbackAdapter } from '../conversion-event';
import { parseMoneyAmount } from '../parse/decimal';
import { fail, RecordIssues } from '../parse/parsed';
import { parseIdentifier, parseOptionalBoolean, parseOptionalText } from '../parse/text';

// The built-in sandbox network (DESIGN.md §3.9) sends Awin-shaped GET
// postbacks (lib/sandbox/postback-payload.ts): Awin's notification fields
// (networks.md §1.1, read as for Awin) plus what Awin's push lacks and its API
// has: `commissionStatus` (pending|approved|declined), `validationDate`,
// `amended`, `amendReason`, `amendmentDate`, `oldSaleAmount`,
// `oldCommissionAmount`, and the API's names for the two ids (`publisherId`,
// `advertiserId`). Unlike Awin, it fires on every change (created, amended,
// approved, declined), each postback the sale as it then stood: totals.
//
// sourceRecordKey: Awin's state key (../awin/adapter-record-key.ts) plus the
// amendment date when amended, so every amendment is its own key, even one
// back to earlier amounts; a retry of the same postback repeats it exactly.
// `customerAcquisition` (NEW|EXISTING) becomes `newCustomer`; another value is an issue.

const NO_STATUS: AwinStatus = { networkStatus: '', status: 'pending' };

export const sandboxPostbackAdapter: PostbackAdapter = (raw, account): AdapterResult => {
  const read = readAwinNotificationFields(raw);
  if (!read.ok)
    return { events: [], issues: [{ at: raw.method === 'POST' ? 'body' : 'query', problem: read.problem }] };
  const fields = read.value;
  const get = (name: string) => fields.values[name]?.value;
  const at = (name: string) => fields.values[name]?.at ?? `${fields.prefix}.${name}`;

  const issues = new RecordIssues();
  const base = readNotificationBase(fields, account, issues);
  sameId(fields.values.publisherId, account.publisherId, 'this account', issues);
  if (base.advertiserId !== null) sameId(fields.values.advertiserId, base.advertiserId, 'merchantId', issues);

  const status = issues.take(
    at('commissionStatus'),
    get('commissionStatus') === undefined ? fail('missing') : awinStatus(get('commissionStatus'), null),
    NO_STATUS,
  );
  const validatedAt = issues.take(at('validationDate'), optionalDate(get('validationDate')), null);
  const amended = issues.take(at('amended'), parseOptionalBoolean(get('amended')), null) === true;
  const amendedAt = issues.take(at('amendmentDate'), optionalDate(get('amendmentDate')), null);
  const amendReason = issues.take(at('amendReason'), parseOptionalText(get('amendReason')), null);
  const oldAmount = (name: string, currency: string): Money | null => {
    const value = get(name);
    if (value === undefined) return null;
    return issues.take(at(name), parseMoneyAmount(value, currency, { decimalMark: '.' }), null);
  };
  const acquisition = get('customerAcquisition');
  const newCustomer =
    acquisition === undefined
      ? undefined
      : customerAcquisition(acquisition, at('customerAcquisition'), issues);
  const oldSale = oldAmount('oldSaleAmount', base.sale.currency);
  const oldCommission = oldAmount('oldCommissionAmount', base.commission.currency);
  if (issues.failed) return { events: [], issues: issues.issues };

  const key = awinSourceRecordKey({
    transactionId: base.transactionId,
    status: status.status,
    sale: base.sale,
    commission: base.commission,
    amendedFrom: amended ? { sale: oldSale, commission: oldCommission } : null,
  });
  const dates = [base.convertedAt, validatedAt, amended ? amendedAt : null].filter(
    (d): d is string => d !== null,
  );
  return {
    events: [
      {
        network: account.network,
        sourceRecordKey: amended && amendedAt ? `${key}#${amendedAt}` : key,
        networkConversionId: base.transactionId,
        advertiserId: base.advertiserId,
        orderRef: base.orderRef,
        type: 'sale',
        clickRef: base.clickRef,
        subIds: base.subIds,
        networkStatus: status.networkStatus,
        status: status.status,
        amounts: { kind: 'totals', sale: base.sale, commission: base.commission },
        originalSale: base.originalSale,
        convertedAt: base.convertedAt,
        clickedAt: base.clickedAt,
        // ISO strings of one fixed width sort as times: the latest change is when this state began.
        effectiveAt: dates.sort().at(-1)!,
        validatedAt,
        lockAt: null,
        paidAt: null,
        reason: amended ? amendReason : null,
        commissionable: true,
        ...(newCustomer === undefined ? {} : { newCustomer }),
      },
    ],
    issues: [],
  };
};

function customerAcquisition(value: unknown, at: string, issues: RecordIssues): boolean | undefined {
  const word = typeof value === 'string' ? value.trim().toUpperCase() : '';
  if (word === 'NEW') return true;
  if (word === 'EXISTING') return false;
  if (word === '') return undefined;
  issues.add(at, `customerAcquisition must be NEW or EXISTING, not ${JSON.stringify(value).slice(0, 40)}`);
  return undefined;
}

/** The API-named id must agree with what it duplicates (affiliateId/merchantId, or the account). */
function sameId(
  field: { value: unknown; at: string } | undefined,
  expected: string,
  what: string,
  issues: RecordIssues,
): void {
  if (!field) return;
  const id = parseIdentifier(field.value);
  if (!id.ok) issues.add(field.at, id.problem);
  else if (id.value !== expected) issues.add(field.at, `${id.value} disagrees with ${what} (${expected})`);
}
