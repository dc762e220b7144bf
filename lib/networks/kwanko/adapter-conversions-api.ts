import type {
  AdapterIssue,
  AdapterResult,
  ConversionEvent,
  DocumentAdapter,
  Money,
} from '../conversion-event';
import { parseUnixSeconds } from '../parse/dates';
import { parseCurrencyCode, parseMoneyAmount } from '../parse/decimal';
import { fail, ok, type Parsed, RecordIssues, shown } from '../parse/parsed';
import { parseIdentifier, parseOptionalIdentifier } from '../parse/text';
import { KWANKO_STATES, kwankoEvent } from './adapter-event';

// Kwanko's publisher conversions API (networks.md §1.6):
// GET api.kwanko.com/publishers/conversions?columns=ALL&completion_date_from=…
// answers `{ conversions: [{ kwanko_id, campaign: { id }, completed_at_timestamp,
// turnover: { value }, websites_per_language: [{ earnings: { value },
// argsites: { argsite, … } }], state }] }` [C: php-oara].
//
// - `state` pending_approval / approved / rejected → pending / approved /
//   declined (§6.2); anything else is an issue (php-oara throws on it too).
// - The commission is the website's `earnings`, the sale the `turnover`, both
//   current totals. No currency is documented: a `currency` beside `value` is
//   used when sent, else the account's currency.
// - `websites_per_language` must hold exactly one website: php-oara reads
//   entry 0 only, and summing or picking among several would be a guess.
// - `completed_at_timestamp` is unix seconds (§3 "Timezones"); no approval
//   date is documented, so every state takes effect then.

export const kwankoConversionsApiAdapter: DocumentAdapter = (document, account) => {
  const list = readList(document);
  if (!list.ok) return { events: [], issues: [{ at: 'document', problem: list.problem }] };
  const accountCurrency = parseCurrencyCode(account.defaultCurrency);

  const result: AdapterResult = { events: [], issues: [] };
  list.value.forEach((item, index) => {
    const at = `conversions[${index}]`;
    const read = isObject(item)
      ? readConversion(item, new RecordIssues(at), accountCurrency)
      : { event: null, issues: [{ at, problem: 'expected a conversion object' }] };
    if (read.event) result.events.push(read.event);
    result.issues.push(...read.issues);
  });
  return result;
};

function readList(document: string): Parsed<unknown[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch {
    return fail('not valid JSON');
  }
  if (!isObject(parsed)) return fail('expected an object with a conversions array');
  if (!Array.isArray(parsed.conversions)) {
    return fail(`conversions must be an array, got ${shown(parsed.conversions)}`);
  }
  return ok(parsed.conversions);
}

function readConversion(
  item: Record<string, unknown>,
  r: RecordIssues,
  accountCurrency: Parsed<string>,
): { event: ConversionEvent | null; issues: AdapterIssue[] } {
  const conversionId = r.take('kwanko_id', parseIdentifier(item.kwanko_id), '');
  const campaignId = r.take('campaign', readCampaignId(item.campaign), null);

  const state = typeof item.state === 'string' ? item.state.trim() : '';
  const status = KWANKO_STATES[state];
  if (!status) {
    r.add('state', `unknown state ${shown(item.state)} (expected pending_approval, approved or rejected)`);
  }

  const convertedAt = r.take('completed_at_timestamp', parseUnixSeconds(item.completed_at_timestamp), '');
  const website = r.take('websites_per_language', readOnlyWebsite(item.websites_per_language), null);
  const prefix = 'websites_per_language[0]';
  const commission = website
    ? readMoney(r, `${prefix}.earnings`, website.earnings, accountCurrency, true)
    : null;
  const sale = readMoney(r, 'turnover', item.turnover, accountCurrency, false);
  if (commission && sale && commission.currency !== sale.currency) {
    r.add('turnover.currency', `${sale.currency} differs from the earnings' ${commission.currency}`);
  }
  const subIds = website ? r.take(`${prefix}.argsites`, readArgsites(website.argsites), {}) : {};

  if (r.failed || !status || !commission) return { event: null, issues: r.issues };
  const event = kwankoEvent({
    conversionId,
    campaignId,
    networkStatus: state,
    keyState: state,
    status,
    subIds,
    commission,
    sale,
    convertedAt,
  });
  return { event, issues: [] };
}

function readCampaignId(raw: unknown): Parsed<string | null> {
  if (raw === undefined || raw === null) return ok(null);
  if (!isObject(raw)) return fail(`expected an object, got ${shown(raw)}`);
  return parseOptionalIdentifier(raw.id);
}

function readOnlyWebsite(raw: unknown): Parsed<Record<string, unknown>> {
  if (!Array.isArray(raw)) return fail(`expected an array, got ${shown(raw)}`);
  if (raw.length !== 1) return fail(`expected exactly one website, got ${raw.length}`);
  const [website] = raw;
  return isObject(website) ? ok(website) : fail(`expected a website object, got ${shown(website)}`);
}

/** `{ value, currency? }` → Money; `required` false lets the whole object be absent. */
function readMoney(
  r: RecordIssues,
  at: string,
  raw: unknown,
  accountCurrency: Parsed<string>,
  required: boolean,
): Money | null {
  if (raw === undefined || raw === null) {
    if (required) r.add(at, 'missing');
    return null;
  }
  if (!isObject(raw)) {
    r.add(at, `expected { value }, got ${shown(raw)}`);
    return null;
  }
  let currency: Parsed<string>;
  if (raw.currency === undefined || raw.currency === null) {
    currency = accountCurrency.ok
      ? accountCurrency
      : fail(`the account's currency: ${accountCurrency.problem}`);
  } else {
    currency = parseCurrencyCode(raw.currency);
  }
  if (!currency.ok) {
    r.add(`${at}.currency`, currency.problem);
    return null;
  }
  return r.take(`${at}.value`, parseMoneyAmount(raw.value, currency.value), null);
}

/** Every argsite slot as received: strings, or whole numbers. */
function readArgsites(raw: unknown): Parsed<Record<string, string>> {
  if (raw === undefined || raw === null) return ok({});
  if (!isObject(raw)) return fail(`expected an object, got ${shown(raw)}`);
  const slots: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'string') slots[name] = value;
    else if (typeof value === 'number' && Number.isSafeInteger(value)) slots[name] = String(value);
    else return fail(`${name} must be a string, got ${shown(value)}`);
  }
  return ok(slots);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
