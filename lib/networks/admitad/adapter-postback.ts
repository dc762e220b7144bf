import type { PostbackAdapter } from '../conversion-event';
import { parseDateTime, parseUnixSeconds } from '../parse/dates';
import { parseCurrencyCode, parseMoneyAmount } from '../parse/decimal';
import { fail, type Parsed, RecordIssues } from '../parse/parsed';
import { type PostbackFields, readPostbackFields } from '../parse/postback-fields';
import { isUnfilledMacro } from '../parse/sub-id';
import {
  parseIdentifier,
  parseOptionalBoolean,
  parseOptionalIdentifier,
  parseOptionalText,
} from '../parse/text';
import { admitadEvent, admitadStatus, admitadType } from './adapter-event';

// Admitad's Postback URL (networks.md §1.8), GET or POST (a form body), with
// the macros we put in it. Our parameter names are the macros' names.
//
// - `action_id` is the conversion id (§4). It and `status` are macros seen in
//   third-party configurations, not in Admitad's official list [C; §8.5]:
//   without `action_id` there is no conversion to speak of, so it is required;
//   without `status` the call reports a new action, read as pending.
// - `payment_sum` is our commission and `order_sum` the sale, both totals, in
//   `currency` (the programme's; the account's when absent).
// - `time` (unix seconds) is the action time; with no status time on a
//   postback, the status takes effect then too. `click_time` is read as unix
//   seconds or a UTC date-time [G: its format is not stated].
// - `subid` carries our click id; `subid1`–`subid4` are kept as sub-ids.
// - `reward_ready` and the status words: adapter-event.ts.
// - A macro Admitad left unfilled ("[[[status]]]") counts as absent.
// - We do not ask for `action_ip` or `user_agent`: personal data we do not need.

/** The query to configure in Admitad (Tools › Postback URL). */
export const ADMITAD_POSTBACK_QUERY =
  'action_id=[[[action_id]]]&status=[[[status]]]&subid=[[[subid]]]&payment_sum=[[[payment_sum]]]' +
  '&currency=[[[currency]]]&order_id=[[[order_id]]]&order_sum=[[[order_sum]]]&time=[[[time]]]' +
  '&click_time=[[[click_time]]]&type=[[[type]]]&offer_id=[[[offer_id]]]&website_id=[[[website_id]]]' +
  '&reward_ready=[[[reward_ready]]]';

const SUB_ID_PARAM = /^subid\d*$/;

export const admitadPostbackAdapter: PostbackAdapter = (raw, account) => {
  const read = readPostbackFields(raw);
  if (!read.ok) return { events: [], issues: [{ at: 'request', problem: read.problem }] };
  const fields = read.value;
  const r = new RecordIssues();
  const value = (name: string) => filled(fields, name);
  const at = (name: string) => fields[name]?.at ?? `query.${name}`;

  const actionId = r.take(at('action_id'), parseIdentifier(value('action_id')), '');
  const campaignId = r.take(at('offer_id'), parseOptionalIdentifier(value('offer_id')), null);
  const orderRef = r.take(at('order_id'), parseOptionalText(value('order_id')), null);
  const networkStatus = value('status')?.trim() ?? '';
  const rewardReady = r.take(at('reward_ready'), parseOptionalBoolean(value('reward_ready')), null) ?? false;
  const status = r.take(at('status'), admitadStatus(networkStatus, rewardReady), null);

  const currency = r.take(at('currency'), readCurrency(value('currency'), account.defaultCurrency), '');
  const commission = currency
    ? r.take(at('payment_sum'), parseMoneyAmount(value('payment_sum'), currency), null)
    : null;
  const orderSum = value('order_sum');
  const sale =
    currency && orderSum !== undefined && orderSum.trim() !== ''
      ? r.take(at('order_sum'), parseMoneyAmount(orderSum, currency), null)
      : null;

  const convertedAt = r.take(at('time'), parseUnixSeconds(value('time')), '');
  const clickTime = value('click_time');
  const clickedAt =
    clickTime === undefined || clickTime.trim() === ''
      ? null
      : r.take(at('click_time'), readClickTime(clickTime), null);

  const subIds: Record<string, string> = {};
  for (const [name, field] of Object.entries(fields)) {
    if (SUB_ID_PARAM.test(name)) subIds[name] = field.value;
  }

  if (r.failed || !status || !commission) return { events: [], issues: r.issues };
  const event = admitadEvent({
    actionId,
    campaignId,
    orderRef,
    type: admitadType(value('type') ?? null),
    networkStatus,
    rewardReady,
    status,
    subIds,
    commission,
    sale,
    convertedAt,
    clickedAt,
    effectiveAt: convertedAt,
    validatedAt: null,
  });
  return { events: [event], issues: [] };
};

/** A field's value, or undefined when absent or left as an unfilled macro. */
function filled(fields: PostbackFields, name: string): string | undefined {
  const field = fields[name];
  if (!field || isUnfilledMacro(field.value)) return undefined;
  return field.value;
}

function readCurrency(sent: string | undefined, accountCurrency: string): Parsed<string> {
  if (sent !== undefined && sent.trim() !== '') return parseCurrencyCode(sent);
  const code = parseCurrencyCode(accountCurrency);
  return code.ok ? code : fail(`no currency, and the account's currency: ${code.problem}`);
}

function readClickTime(raw: string): Parsed<string> {
  return /^\d+$/.test(raw.trim()) ? parseUnixSeconds(raw) : parseDateTime(raw);
}
