import type { RawPostback } from '../conversion-event';
import { fail, ok, type Parsed, shown } from '../parse/parsed';
import { bodyKind, readPostbackFields } from '../parse/postback-fields';
import { isUnfilledMacro } from '../parse/sub-id';

// The fields of an Awin transaction notification, however it came
// (networks.md §1.1 "Push: Transaction Notifications"):
// - GET: the callback URL we gave Awin, one query parameter per
//   `!!!macro!!!`. We name each parameter after its macro (`transactionId=
//   !!!transactionId!!!`); fixture F5 (§7) uses short names (`tid`, `mid`,
//   `amt`, `cur`, `comm`, `ref`, `ref2`, `tdate`), so those are read too.
// - POST: a form body whose `AwinTransactionPush` field is a JSON object
//   (fixture F1); every value a string in Awin's own sample, but this reader
//   keeps the JSON types and leaves them to the field parsers.
// Empty values and macros Awin left unfilled count as absent.

export type NotificationFields = {
  values: Record<string, { value: unknown; at: string }>;
  /** Where a field that is missing would have been: 'query' or 'body.AwinTransactionPush'. */
  prefix: string;
};

export const AWIN_PUSH_FORM_FIELD = 'AwinTransactionPush';

/** Fixture F5's short query names → the macro names. */
const SHORT_NAMES: Record<string, string> = {
  tid: 'transactionId',
  mid: 'merchantId',
  amt: 'transactionAmount',
  cur: 'transactionCurrency',
  comm: 'commission',
  tdate: 'transactionDate',
  ref: 'clickRef',
  ref2: 'clickRef2',
  ref3: 'clickRef3',
  ref4: 'clickRef4',
  ref5: 'clickRef5',
  ref6: 'clickRef6',
};

const PUSH_JSON_CHARS_MAX = 200_000;

export function readAwinNotificationFields(raw: RawPostback): Parsed<NotificationFields> {
  if (raw.method === 'POST' && raw.body.trim() !== '') return readPushBody(raw);
  const query = readPostbackFields({ ...raw, method: 'GET' });
  if (!query.ok) return query;
  const fields: NotificationFields['values'] = {};
  for (const [name, { value, at }] of Object.entries(query.value)) {
    if (value.trim() === '' || isUnfilledMacro(value)) continue;
    const macro = SHORT_NAMES[name] ?? name;
    const existing = fields[macro];
    if (existing && existing.value !== value) {
      return fail(`${macro} is sent twice with different values (${existing.at}, ${at})`);
    }
    fields[macro] = { value, at };
  }
  return ok({ values: fields, prefix: 'query' });
}

function readPushBody(raw: RawPostback): Parsed<NotificationFields> {
  if (bodyKind(raw) !== 'form') {
    return fail(`expected a form body with ${AWIN_PUSH_FORM_FIELD}, got ${shown(raw.contentType)}`);
  }
  const json = new URLSearchParams(raw.body).get(AWIN_PUSH_FORM_FIELD);
  if (json === null) return fail(`the form has no ${AWIN_PUSH_FORM_FIELD} field`);
  if (json.length > PUSH_JSON_CHARS_MAX) return fail(`${AWIN_PUSH_FORM_FIELD} is too long`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return fail(`${AWIN_PUSH_FORM_FIELD} is not valid JSON`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return fail(`${AWIN_PUSH_FORM_FIELD} is not a JSON object`);
  }
  const fields: NotificationFields['values'] = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (value === null || value === '' || (typeof value === 'string' && isUnfilledMacro(value))) continue;
    fields[name] = { value, at: `body.${AWIN_PUSH_FORM_FIELD}.${name}` };
  }
  return ok({ values: fields, prefix: `body.${AWIN_PUSH_FORM_FIELD}` });
}
