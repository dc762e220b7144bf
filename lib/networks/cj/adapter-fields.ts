import type { Parsed, RecordIssues } from '../parse/parsed';

// Field access for one JSON record on top of the shared parsers: absent, null
// and blank read the same, a required field that is not there says so, and
// every problem lands in the record's RecordIssues (networks.md §6.1).

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

export type FieldReader = {
  has(key: string): boolean;
  required<T>(key: string, parse: (raw: unknown) => Parsed<T>): T | null;
  optional<T>(key: string, parse: (raw: unknown) => Parsed<T>): T | null;
};

export function fieldReader(record: JsonRecord, issues: RecordIssues): FieldReader {
  return {
    has: (key) => !isBlank(record[key]),
    required(key, parse) {
      const raw = record[key];
      if (isBlank(raw)) {
        issues.add(key, typeof raw === 'string' ? 'empty' : 'missing');
        return null;
      }
      return issues.take(key, parse(raw), null);
    },
    optional(key, parse) {
      const raw = record[key];
      return isBlank(raw) ? null : issues.take(key, parse(raw), null);
    },
  };
}
