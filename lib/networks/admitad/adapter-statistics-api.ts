import type { AdapterAccount, AdapterResult, ConversionEvent, DocumentAdapter } from '../conversion-event';
import { parseDateTime } from '../parse/dates';
import { parseCurrencyCode, parseMoneyAmount } from '../parse/decimal';
import { fail, ok, type Parsed, RecordIssues, shown } from '../parse/parsed';
import {
  parseIdentifier,
  parseOptionalBoolean,
  parseOptionalIdentifier,
  parseOptionalText,
} from '../parse/text';
import { admitadEvent, admitadStatus, admitadType } from './adapter-event';

// Admitad's statistics API (networks.md §1.8):
// GET api.admitad.com/statistics/actions/?date_start=dd.mm.yyyy&date_end=…&limit=100&offset=…
// answers `{ results: [{ action_id, advcampaign_id, action_date, click_date,
// status_updated, cart, payment, currency, subid, status, action_type, … }],
// _meta: { count, limit, offset } }` [C: php-oara]; next-page.ts pages it.
//
// - `payment` is our commission and `cart` the sale, both totals, in
//   `currency` (the programme's, §3; the account's when absent).
// - Dates are "2025-03-14 18:22:05" with no zone. networks.md gives none for
//   this API (§3 names unix timestamps for the postback), so they are read as
//   UTC [G: verify with an account, §8]; a value with an offset keeps it.
// - A status takes effect at `status_updated` (else `action_date`), and an
//   approval or decline is validated then.
// - `subid` carries our click id; `subid1`–`subid4` are kept as sub-ids.
// - Statuses and `reward_ready`: adapter-event.ts.

const SUB_ID_FIELDS = ['subid', 'subid1', 'subid2', 'subid3', 'subid4'] as const;

export const admitadStatisticsApiAdapter: DocumentAdapter = (document, account) => {
  const results = readResults(document);
  if (!results.ok) return { events: [], issues: [{ at: 'document', problem: results.problem }] };

  const output: AdapterResult = { events: [], issues: [] };
  results.value.forEach((item, index) => {
    const at = `results[${index}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      output.issues.push({ at, problem: 'expected an action object' });
      return;
    }
    const r = new RecordIssues(at);
    const event = readAction(item as Record<string, unknown>, r, account);
    if (event) output.events.push(event);
    output.issues.push(...r.issues);
  });
  return output;
};

function readResults(document: string): Parsed<unknown[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch {
    return fail('not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail('expected an object with a results array');
  }
  const { results } = parsed as { results?: unknown };
  return Array.isArray(results) ? ok(results) : fail(`results must be an array, got ${shown(results)}`);
}

function readAction(
  item: Record<string, unknown>,
  r: RecordIssues,
  account: AdapterAccount,
): ConversionEvent | null {
  const actionId = r.take('action_id', parseIdentifier(item.action_id), '');
  const campaignId = r.take('advcampaign_id', parseOptionalIdentifier(item.advcampaign_id), null);
  const orderRef = r.take('order_id', parseOptionalText(item.order_id), null);
  const actionType = r.take('action_type', parseOptionalText(item.action_type), null);

  const networkStatus = typeof item.status === 'string' ? item.status.trim() : '';
  if (networkStatus === '') r.add('status', `expected a status word, got ${shown(item.status)}`);
  const rewardReady = r.take('reward_ready', readFlag(item.reward_ready), null) ?? false;
  const status = networkStatus ? r.take('status', admitadStatus(networkStatus, rewardReady), null) : null;

  const currency = r.take('currency', readCurrency(item.currency, account.defaultCurrency), '');
  const commission = currency ? r.take('payment', parseMoneyAmount(item.payment, currency), null) : null;
  const sale =
    currency && item.cart !== undefined && item.cart !== null && item.cart !== ''
      ? r.take('cart', parseMoneyAmount(item.cart, currency), null)
      : null;

  const convertedAt = r.take('action_date', parseDateTime(item.action_date), '');
  const clickedAt = r.take('click_date', optionalDate(item.click_date), null);
  const statusUpdated = r.take('status_updated', optionalDate(item.status_updated), null);

  const subIds: Record<string, string> = {};
  for (const name of SUB_ID_FIELDS) {
    const value = item[name];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string') subIds[name] = value;
    else if (typeof value === 'number' && Number.isSafeInteger(value)) subIds[name] = String(value);
    else r.add(name, `expected a string, got ${shown(value)}`);
  }

  if (r.failed || !status || !commission) return null;
  return admitadEvent({
    actionId,
    campaignId,
    orderRef,
    type: admitadType(actionType),
    networkStatus,
    rewardReady,
    status,
    subIds,
    commission,
    sale,
    convertedAt,
    clickedAt,
    effectiveAt: statusUpdated ?? convertedAt,
    validatedAt: status === 'pending' ? null : statusUpdated,
  });
}

function readCurrency(sent: unknown, accountCurrency: string): Parsed<string> {
  if (sent !== undefined && sent !== null && sent !== '') return parseCurrencyCode(sent);
  const code = parseCurrencyCode(accountCurrency);
  return code.ok ? code : fail(`no currency, and the account's currency: ${code.problem}`);
}

/** true / false, 1 / 0, "1" / "0"; absent is null. */
function readFlag(raw: unknown): Parsed<boolean | null> {
  return parseOptionalBoolean(typeof raw === 'number' ? String(raw) : raw);
}

function optionalDate(raw: unknown): Parsed<string | null> {
  return raw === undefined || raw === null || raw === '' ? ok(null) : parseDateTime(raw);
}
