import { parseDateTime } from '../parse/dates';
import { fail, ok, type Parsed, shown } from '../parse/parsed';

// Effiliation dates (networks.md §1.7): the API takes dd/MM/yyyy and answers
// in French form, "14/03/2025 18:22:05", in Paris time [G: no zone is stated;
// Effiliation is a French network]. ISO-style "2025-03-14 18:22:05" is read the
// same way. Paris time has a spring gap (a time that never happened is an
// issue) and an autumn overlap (the later, winter-time instant wins), both
// handled by parseDateTime.

const ZONE = 'Europe/Paris';
const FRENCH = /^(\d{2})\/(\d{2})\/(\d{4})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
/** PHP-style zero dates mean "not yet" (no validation date). */
const ZERO_DATE = /^0{2,4}[-/]0{2}[-/]0{2,4}( 00:00(:00)?)?$/;

export function parseParisDate(raw: unknown): Parsed<string> {
  if (typeof raw !== 'string') return fail(`date must be a string, got ${shown(raw)}`);
  const text = raw.trim();
  const french = FRENCH.exec(text);
  const iso = french
    ? `${french[3]}-${french[2]}-${french[1]} ${french[4] ?? '00'}:${french[5] ?? '00'}:${french[6] ?? '00'}`
    : text;
  const parsed = parseDateTime(iso, { naiveZone: ZONE });
  if (parsed.ok) return parsed;
  return fail(parsed.problem.replace(shown(iso), shown(raw)));
}

/** Absent, empty and zero dates are null. */
export function parseOptionalParisDate(raw: unknown): Parsed<string | null> {
  if (raw === undefined || raw === null) return ok(null);
  if (typeof raw === 'string' && (raw.trim() === '' || ZERO_DATE.test(raw.trim()))) return ok(null);
  return parseParisDate(raw);
}
