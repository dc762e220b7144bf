import { fail, ok, type Parsed, shown } from './parsed';

// Our sub-id slot as a network returns it (networks.md §6.1: '', '0' and
// 'null' mean "no sub-id", so the conversion is an orphan, §5). We also treat
// a macro the network left unfilled ("!!!clickRef!!!", "{sub1}",
// "[[[subid]]]", "{{click_id}}") as absent: it is not a click id of ours, and
// calling it an unknown click would send ops hunting for a click that never was.

const EMPTY_WORDS = new Set(['', '0', 'null', 'undefined', 'none', 'nil']);
const UNFILLED_MACRO = /^(!!!\w+!!!|\{\{?\s*\w+\s*\}?\}|\[\[\[\w+\]\]\]|%\w+%)$/;

export function normaliseSubId(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (EMPTY_WORDS.has(trimmed.toLowerCase()) || UNFILLED_MACRO.test(trimmed)) return null;
  return trimmed;
}

/** A sub-id from JSON: a string, a number (some APIs send numeric refs) or null; anything else is a problem. */
export function readSubId(raw: unknown): Parsed<string | null> {
  if (raw === null || raw === undefined) return ok(null);
  if (typeof raw === 'string') return ok(normaliseSubId(raw));
  if (typeof raw === 'number' && Number.isSafeInteger(raw)) return ok(normaliseSubId(String(raw)));
  return fail(`sub-id must be a string, got ${shown(raw)}`);
}

/** True when the value is an unfilled macro placeholder (any field, not only sub-ids). */
export function isUnfilledMacro(value: string): boolean {
  return UNFILLED_MACRO.test(value.trim());
}
