import { describe, expect, it } from 'vitest';
import { explicitRangeProblem, FIRST_SYNC_DAYS, MAX_RANGE_DAYS, scheduledSyncRange } from './sync-range';

const now = new Date('2025-06-01T12:00:00Z');
const daysBefore = (days: number, from = now) => new Date(from.getTime() - days * 86_400_000);

describe('scheduledSyncRange', () => {
  it.each([
    ['the first run looks back FIRST_SYNC_DAYS', null, 7, daysBefore(FIRST_SYNC_DAYS)],
    ['later runs re-poll the look-back before the last synced instant', daysBefore(1), 7, daysBefore(8)],
    ['a look-back of 0 starts where the last range ended', daysBefore(1), 0, daysBefore(1)],
    [
      'a synced instant in the future (clock skew) counts as now',
      new Date('2025-07-01T00:00:00Z'),
      2,
      daysBefore(2),
    ],
    [
      'a sync off for years starts MAX_RANGE_DAYS back',
      new Date('2020-01-01T00:00:00Z'),
      7,
      daysBefore(MAX_RANGE_DAYS),
    ],
  ])('%s', (_label, syncedUntil, lookbackDays, from) => {
    expect(scheduledSyncRange({ now, syncedUntil, lookbackDays })).toEqual({ from, to: now });
  });
});

describe('explicitRangeProblem', () => {
  it.each([
    ['a month', daysBefore(30), now, null],
    ['backwards', now, daysBefore(1), 'the start must be before the end'],
    ['empty', now, now, 'the start must be before the end'],
    ['in the future', daysBefore(1), new Date('2025-06-03T00:00:00Z'), 'the end is in the future'],
    ['too long', daysBefore(MAX_RANGE_DAYS + 1), now, `at most ${MAX_RANGE_DAYS} days at once`],
    ['not a date', new Date(Number.NaN), now, 'not a valid date'],
  ])('%s → %s', (_label, from, to, problem) => {
    expect(explicitRangeProblem({ from, to }, now)).toBe(problem);
  });
});
