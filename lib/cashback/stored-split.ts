import type { SplitResult } from '@/lib/split/types';

// What member_cashback.split holds (lib/ledger/conversion-split.ts): the split
// engine's result, rendered as the purchase's explanation, or the reason the
// member was given nothing automatically. Stored JSON is read defensively: a
// shape this code does not know is "no explanation", never a crash on the
// member's screen.

export type SplitReason = 'no_terms' | 'no_commission' | 'split_refused';

export type StoredSplit =
  | { kind: 'result'; result: SplitResult }
  | { kind: 'reason'; reason: SplitReason }
  | { kind: 'unknown' };

const REASONS: ReadonlySet<string> = new Set<SplitReason>(['no_terms', 'no_commission', 'split_refused']);

export function storedSplit(value: unknown): StoredSplit {
  if (typeof value !== 'object' || value === null) return { kind: 'unknown' };
  const record = value as Record<string, unknown>;
  if (
    typeof record.currency === 'string' &&
    Array.isArray(record.explanation) &&
    Number.isSafeInteger(record.memberMinor) &&
    record.explanation.every((step) => typeof step === 'object' && step !== null && 'kind' in step)
  ) {
    return { kind: 'result', result: value as SplitResult };
  }
  if (typeof record.reason === 'string' && REASONS.has(record.reason)) {
    return { kind: 'reason', reason: record.reason as SplitReason };
  }
  return { kind: 'unknown' };
}
