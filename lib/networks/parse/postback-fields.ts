import type { RawPostback } from '../conversion-event';
import { fail, ok, type Parsed, shown } from './parsed';

// The name → value pairs of a pushed request, wherever the network put them:
// the query (GET with macros, networks.md §1.1 Awin, §1.9 Affise), a form
// body or a JSON object body (POST). Each value remembers where it came from
// so an issue can point at `query.txid` or `body.payout`.

export type PostbackField = { value: string; at: string };
export type PostbackFields = Record<string, PostbackField>;

const FIELDS_MAX = 200;
const VALUE_CHARS_MAX = 8_192;

export function readPostbackFields(raw: RawPostback): Parsed<PostbackFields> {
  const fields: PostbackFields = {};
  const put = (name: string, value: string, at: string): string | null => {
    const existing = fields[name];
    if (existing && existing.value !== value) {
      return `${name} is sent twice with different values (${existing.at}, ${at})`;
    }
    if (value.length > VALUE_CHARS_MAX) return `${at} is longer than ${VALUE_CHARS_MAX} characters`;
    fields[name] = { value, at };
    return null;
  };
  for (const [name, value] of Object.entries(raw.query)) {
    const problem = put(name, value, `query.${name}`);
    if (problem) return fail(problem);
  }
  if (raw.method === 'POST' && raw.body.trim() !== '') {
    const body = readBody(raw);
    if (!body.ok) return body;
    for (const [name, value] of body.value) {
      const problem = put(name, value, `body.${name}`);
      if (problem) return fail(problem);
    }
  }
  if (Object.keys(fields).length > FIELDS_MAX) return fail(`more than ${FIELDS_MAX} fields`);
  return ok(fields);
}

export type BodyKind = 'form' | 'json' | 'other';

/** What the Content-Type says the body is; a body that starts with "{" is JSON whatever it says. */
export function bodyKind(raw: Pick<RawPostback, 'contentType' | 'body'>): BodyKind {
  const type = (raw.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || type.endsWith('+json') || raw.body.trimStart().startsWith('{')) {
    return 'json';
  }
  if (type === 'application/x-www-form-urlencoded' || type === '') return 'form';
  return 'other';
}

function readBody(raw: RawPostback): Parsed<Array<[string, string]>> {
  const kind = bodyKind(raw);
  if (kind === 'form') return ok([...new URLSearchParams(raw.body)]);
  if (kind === 'other') return fail(`cannot read a ${shown(raw.contentType)} body`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.body);
  } catch {
    return fail('the body is not valid JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return fail('the JSON body is not an object');
  }
  const pairs: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(parsed)) {
    // Scalars only: a nested object or array is not a macro value.
    if (typeof value === 'string') pairs.push([name, value]);
    else if (typeof value === 'number' || typeof value === 'boolean') pairs.push([name, String(value)]);
  }
  return ok(pairs);
}
