import type { AdapterIssue } from '../conversion-event';

// The result of reading one value a network sent. Adapters never throw on bad
// input (conversion-event.ts): a failed read becomes an AdapterIssue, and the
// record it belongs to yields no event.

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function fail<T = never>(problem: string): Parsed<T> {
  return { ok: false, problem };
}

const SHOWN_CHARS_MAX = 60;

/** A received value for an issue message: JSON, cut to a readable length. */
export function shown(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > SHOWN_CHARS_MAX ? `${text.slice(0, SHOWN_CHARS_MAX)}…` : text;
}

/**
 * Collects the issues of one record. `take` returns the parsed value, or the
 * fallback after noting the problem; the caller emits an event only when
 * `failed` is false, so a fallback never reaches intake.
 */
export class RecordIssues {
  readonly issues: AdapterIssue[] = [];

  constructor(private readonly prefix: string = '') {}

  at(field: string): string {
    if (!this.prefix || !field) return this.prefix || field;
    return field.startsWith('[') ? `${this.prefix}${field}` : `${this.prefix}.${field}`;
  }

  add(field: string, problem: string): void {
    this.issues.push({ at: this.at(field), problem });
  }

  take<T>(field: string, parsed: Parsed<T>, fallback: T): T {
    if (parsed.ok) return parsed.value;
    this.add(field, parsed.problem);
    return fallback;
  }

  get failed(): boolean {
    return this.issues.length > 0;
  }
}
