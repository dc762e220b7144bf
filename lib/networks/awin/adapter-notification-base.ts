import type { AdapterAccount, Money } from '../conversion-event';
import { parseDateTime } from '../parse/dates';
import { parseCurrencyCode, parseMoneyAmount } from '../parse/decimal';
import { ok, type Parsed, type RecordIssues } from '../parse/parsed';
import { readSubId } from '../parse/sub-id';
import { parseIdentifier, parseOptionalIdentifier, parseOptionalText } from '../parse/text';
import type { NotificationFields } from './adapter-notification-fields';

// What every Awin-shaped notification says about a transaction (networks.md
// §1.1 macros, fixture F1): ids, refs, the programme-currency amounts, the
// shopper-currency amount when it differs, and the dates (push dates are UTC,
// `%Y-%m-%d %H:%i:%s`). Status, keys and ordering are the caller's: Awin's own
// push has none (§0.3), the sandbox's does (lib/sandbox/postback-payload.ts).

export type NotificationBase = {
  transactionId: string;
  advertiserId: string | null;
  orderRef: string | null;
  clickRef: string | null;
  subIds: Record<string, string>;
  sale: Money;
  commission: Money;
  originalSale: Money | null;
  convertedAt: string;
  clickedAt: string | null;
};

export const CLICK_REF_SLOTS = ['clickRef', 'clickRef2', 'clickRef3', 'clickRef4', 'clickRef5', 'clickRef6'];

/** Awin writes plain decimals with a point ("84.50", §1.1); "84,50" is not Awin's. */
const AWIN_DECIMALS = { decimalMark: '.' } as const;

// A fallback for a notification that already has an issue: never part of an event.
const NO_MONEY: Money = { amountMinor: 0, currency: 'EUR' };

/** Reads the common fields; problems go to `issues` (the result is then not to be used). */
export function readNotificationBase(
  fields: NotificationFields,
  account: AdapterAccount,
  issues: RecordIssues,
): NotificationBase {
  const get = (name: string) => fields.values[name]?.value;
  const at = (name: string) => fields.values[name]?.at ?? `${fields.prefix}.${name}`;
  const take = <T>(name: string, parsed: Parsed<T>, fallback: T) => issues.take(at(name), parsed, fallback);

  const transactionId = take('transactionId', parseIdentifier(get('transactionId')), '');
  checkPublisher(fields, account, issues);
  const currency = take('transactionCurrency', parseCurrencyCode(get('transactionCurrency')), 'EUR');
  const sale = take(
    'transactionAmount',
    parseMoneyAmount(get('transactionAmount'), currency, AWIN_DECIMALS),
    NO_MONEY,
  );
  const commission = take(
    'commission',
    parseMoneyAmount(get('commission'), currency, AWIN_DECIMALS),
    NO_MONEY,
  );
  const originalSale = readTrackedAmount(fields, issues);

  const clickRef = take('clickRef', readSubId(get('clickRef')), null);
  const subIds: Record<string, string> = {};
  for (const slot of CLICK_REF_SLOTS) {
    const value = get(slot);
    if (value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number') subIds[slot] = String(value);
    // clickRef's own type problem is already noted by readSubId.
    else if (slot !== 'clickRef') issues.add(at(slot), 'a click ref must be a string');
  }

  const convertedAt = take('transactionDate', parseDateTime(get('transactionDate')), '');
  // clickTime and clickThroughTime agree in Awin's sample; clickTime is the click itself.
  const clickName = get('clickTime') !== undefined ? 'clickTime' : 'clickThroughTime';
  const clickedAt = take(clickName, optionalDate(get(clickName)), null);

  return {
    transactionId,
    advertiserId: take('merchantId', parseOptionalIdentifier(get('merchantId')), null),
    orderRef: take('orderRef', parseOptionalText(get('orderRef'), 255), null),
    clickRef,
    subIds,
    sale,
    commission,
    originalSale,
    convertedAt,
    clickedAt,
  };
}

/** affiliateId is our publisher id: another one means the token or account is wrong, not our sale. */
function checkPublisher(fields: NotificationFields, account: AdapterAccount, issues: RecordIssues): void {
  const affiliate = fields.values.affiliateId;
  if (!affiliate) return;
  const id = parseIdentifier(affiliate.value);
  if (!id.ok) issues.add(affiliate.at, id.problem);
  else if (id.value !== account.publisherId) {
    issues.add(affiliate.at, `publisher ${id.value} is not this account's (${account.publisherId})`);
  }
}

/** trackedAmount/trackedCurrency come together, only when the shopper paid in another currency (§1.1). */
function readTrackedAmount(fields: NotificationFields, issues: RecordIssues): Money | null {
  const amount = fields.values.trackedAmount;
  const currency = fields.values.trackedCurrency;
  if (!amount && !currency) return null;
  if (!amount || !currency) {
    issues.add((amount ?? currency)!.at, 'trackedAmount and trackedCurrency come together');
    return null;
  }
  const code = issues.take(currency.at, parseCurrencyCode(currency.value), 'EUR');
  return issues.take(amount.at, parseMoneyAmount(amount.value, code, AWIN_DECIMALS), null);
}

export function optionalDate(raw: unknown): Parsed<string | null> {
  return raw === undefined || raw === null || raw === '' ? ok(null) : parseDateTime(raw);
}
