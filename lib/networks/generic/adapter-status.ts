import type { ConversionStatus, ConversionType } from '../conversion-event';

// The status words of generic S2S platforms → canonical statuses
// (networks.md §1.9, §3 table, §6.2 "Network → canonical mapping"):
// - Everflow: pending, approved, rejected → declined, invalid → void;
// - TUNE / HasOffers: pending, approved, rejected → declined;
// - Affise `{status}` codes: 1 approved, 2 pending, 3 declined,
//   5 "approved & hold" → approved ([G] in §6.2: the hold is the platform's);
// - our own canonical words pass through.
// Case and surrounding spaces are ignored. Anything else is an issue, unless
// the account maps it with `status:<word>` (adapter-field-map.ts).

const VOCABULARY: Record<string, ConversionStatus> = {
  pending: 'pending',
  approved: 'approved',
  declined: 'declined',
  paid: 'paid',
  void: 'void',
  rejected: 'declined',
  invalid: 'void',
  '1': 'approved',
  '2': 'pending',
  '3': 'declined',
  '5': 'approved',
};

const CANONICAL = new Set<string>(['pending', 'approved', 'declined', 'paid', 'void']);

/** A canonical status word, or null. */
export function canonicalStatus(word: string): ConversionStatus | null {
  const key = word.trim().toLowerCase();
  return CANONICAL.has(key) ? (key as ConversionStatus) : null;
}

export function genericStatus(
  word: string,
  accountWords: Record<string, ConversionStatus>,
): ConversionStatus | null {
  const key = word.trim().toLowerCase();
  return accountWords[key] ?? VOCABULARY[key] ?? null;
}

const TYPES = new Set<string>(['sale', 'lead', 'bonus', 'other']);

/** A `type` parameter: our own words, anything else is 'other'. */
export function genericType(word: string): ConversionType {
  const key = word.trim().toLowerCase();
  return TYPES.has(key) ? (key as ConversionType) : 'other';
}
