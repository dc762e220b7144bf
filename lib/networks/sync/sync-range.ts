import type { SyncRange } from './api-client';

// The range a scheduled run walks: from the end of the last completed range,
// less the network's look-back (networks re-report amended and approved
// conversions after the fact, networks.md §1), up to now. The first run looks
// back FIRST_SYNC_DAYS. No range is longer than MAX_RANGE_DAYS: a sync off for
// longer starts there (an explicit `network:sync --from` reaches further in
// steps); a long range is walked over several runs anyway (page limit, cursor).

export const FIRST_SYNC_DAYS = 31;
export const MAX_RANGE_DAYS = 400;
const DAY_MS = 24 * 60 * 60 * 1000;

export function scheduledSyncRange(input: {
  now: Date;
  syncedUntil: Date | null;
  lookbackDays: number;
}): SyncRange {
  const to = input.now.getTime();
  const wanted =
    input.syncedUntil === null
      ? to - FIRST_SYNC_DAYS * DAY_MS
      : Math.min(input.syncedUntil.getTime(), to) - input.lookbackDays * DAY_MS;
  const from = Math.max(wanted, to - MAX_RANGE_DAYS * DAY_MS);
  return { from: new Date(from), to: new Date(to) };
}

/** Checks an explicit range (the CLI's --from/--to); returns why it is not one, or null. */
export function explicitRangeProblem(range: SyncRange, now: Date): string | null {
  const from = range.from.getTime();
  const to = range.to.getTime();
  if (!Number.isFinite(from) || !Number.isFinite(to)) return 'not a valid date';
  if (from >= to) return 'the start must be before the end';
  if (to > now.getTime() + DAY_MS) return 'the end is in the future';
  if (to - from > MAX_RANGE_DAYS * DAY_MS) return `at most ${MAX_RANGE_DAYS} days at once`;
  return null;
}
