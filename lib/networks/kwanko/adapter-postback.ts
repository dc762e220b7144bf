import type { PostbackAdapter } from '../conversion-event';
import { parseUnixSeconds } from '../parse/dates';
import { parseCurrencyCode, parseMoneyAmount } from '../parse/decimal';
import { fail, type Parsed, RecordIssues } from '../parse/parsed';
import { type PostbackFields, readPostbackFields } from '../parse/postback-fields';
import { isUnfilledMacro } from '../parse/sub-id';
import { parseIdentifier, parseOptionalIdentifier } from '../parse/text';
import { kwankoEvent } from './adapter-event';

// Kwanko's Conversion Track tool (networks.md §1.6): a server-to-server call
// "upon completion of a conversion", with the macros we put in its URL.
//
// - There is no status macro: a call reports a new conversion, so it is
//   `pending` with an empty network status ([G] "creation-only"); approvals and
//   rejections come from the conversions API.
// - `gainaf` is the publisher's earning (the commission, "4.23" or "4,23") in
//   `currency_gainaf` (the account's currency when the URL has no such
//   parameter). There is no sale-amount macro, so the sale is null.
// - The time is `tsnow` (unix seconds). `{DTNOW}` alone is refused: its zone is
//   not stated (§1.6), and a guessed zone would shift the sale by an hour or two.
// - `argsite` carries our click id; every `argsite…` parameter is kept as a sub-id.
// - A macro Kwanko left unfilled ("{GAINAF}") counts as absent.

/** The query to configure in Kwanko's tool: our parameter names are the macros' names in lower case. */
export const KWANKO_POSTBACK_QUERY =
  'unique_conv_id={UNIQUE_CONV_ID}&argsite={ARGSITE}&argsitex={ARGSITEX}&gainaf={GAINAF}' +
  '&currency_gainaf={CURRENCY_GAINAF}&tsnow={TSNOW}&dtnow={DTNOW}&idprog={IDPROG}&nomprog={NOMPROG}' +
  '&idsite={IDSITE}&sitename={SITENAME}';

const SUB_ID_PARAM = /^argsite(\d+|x)?$/;

export const kwankoPostbackAdapter: PostbackAdapter = (raw, account) => {
  const read = readPostbackFields(raw);
  if (!read.ok) return { events: [], issues: [{ at: 'request', problem: read.problem }] };
  const fields = read.value;
  const r = new RecordIssues();
  const value = (name: string) => filled(fields, name);
  const at = (name: string) => fields[name]?.at ?? `query.${name}`;

  const conversionId = r.take(at('unique_conv_id'), parseIdentifier(value('unique_conv_id')), '');
  const campaignId = r.take(at('idprog'), parseOptionalIdentifier(value('idprog')), null);
  const currency = r.take(
    at('currency_gainaf'),
    readCurrency(value('currency_gainaf'), account.defaultCurrency),
    '',
  );
  const commission = currency
    ? r.take(at('gainaf'), parseMoneyAmount(value('gainaf'), currency), null)
    : null;
  const convertedAt = r.take(at('tsnow'), readTime(value('tsnow'), value('dtnow')), '');

  const subIds: Record<string, string> = {};
  for (const [name, field] of Object.entries(fields)) {
    if (SUB_ID_PARAM.test(name)) subIds[name] = field.value;
  }

  if (r.failed || !commission) return { events: [], issues: r.issues };
  const event = kwankoEvent({
    conversionId,
    campaignId,
    networkStatus: '',
    keyState: 'pending_approval',
    status: 'pending',
    subIds,
    commission,
    sale: null,
    convertedAt,
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
  if (sent !== undefined) return parseCurrencyCode(sent);
  const code = parseCurrencyCode(accountCurrency);
  return code.ok ? code : fail(`no currency_gainaf, and the account's currency: ${code.problem}`);
}

function readTime(tsnow: string | undefined, dtnow: string | undefined): Parsed<string> {
  if (tsnow !== undefined) return parseUnixSeconds(tsnow);
  if (dtnow !== undefined) return fail('tsnow is missing, and the time zone of dtnow is not documented');
  return fail('tsnow is missing');
}
