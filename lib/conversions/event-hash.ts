import { createHash } from 'node:crypto';
import type { ConversionEvent } from '@/lib/networks/conversion-event';

// The payload half of the idempotency key (networks.md §4): the same event,
// however it arrived (a postback, a later API poll, a re-import), hashes the
// same, because it is hashed in its normalised form with sorted keys.

export function eventHash(event: ConversionEvent): string {
  return createHash('sha256').update(canonicalJson(event)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
