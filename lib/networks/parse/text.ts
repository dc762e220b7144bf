import { fail, ok, type Parsed, shown } from './parsed';

// Ids and free text as networks send them: strings, or numbers in JSON APIs
// (Awin `id`, `advertiserId`). A numeric id past 2^53 has already lost digits
// in JSON.parse, so it is refused rather than stored wrong.

const ID_CHARS_MAX = 128;
const TEXT_CHARS_MAX = 1_000;
/** No whitespace and no control characters inside an id. */
const ID_CHARS = /^[^\s\p{C}]+$/u;

/** A required id: "3177001234" or 3177001234 → "3177001234". */
export function parseIdentifier(raw: unknown): Parsed<string> {
  if (typeof raw === 'number') {
    return Number.isSafeInteger(raw) && raw >= 0 ? ok(String(raw)) : fail(`${shown(raw)} is not an exact id`);
  }
  if (typeof raw !== 'string') return fail(`id must be a string or number, got ${shown(raw)}`);
  const value = raw.trim();
  if (value === '') return fail('id is empty');
  if (value.length > ID_CHARS_MAX) return fail(`id is longer than ${ID_CHARS_MAX} characters`);
  if (!ID_CHARS.test(value)) return fail(`${shown(raw)} has spaces or control characters`);
  return ok(value);
}

/** An optional id: absent, null and '' are null. */
export function parseOptionalIdentifier(raw: unknown): Parsed<string | null> {
  if (raw === undefined || raw === null || raw === '') return ok(null);
  return parseIdentifier(raw);
}

/** Optional free text (order refs, reasons): trimmed; absent, null and '' are null. */
export function parseOptionalText(raw: unknown, maxChars: number = TEXT_CHARS_MAX): Parsed<string | null> {
  if (raw === undefined || raw === null) return ok(null);
  if (typeof raw === 'number' && Number.isSafeInteger(raw)) return ok(String(raw));
  if (typeof raw !== 'string') return fail(`expected text, got ${shown(raw)}`);
  const value = raw.trim();
  if (value.length > maxChars) return fail(`longer than ${maxChars} characters`);
  return ok(value === '' ? null : value);
}

/** A JSON boolean, or the strings "true"/"false" (Awin push values are all strings, §1.1); absent is null. */
export function parseOptionalBoolean(raw: unknown): Parsed<boolean | null> {
  if (raw === undefined || raw === null || raw === '') return ok(null);
  if (typeof raw === 'boolean') return ok(raw);
  if (raw === 'true' || raw === '1') return ok(true);
  if (raw === 'false' || raw === '0') return ok(false);
  return fail(`expected true or false, got ${shown(raw)}`);
}
