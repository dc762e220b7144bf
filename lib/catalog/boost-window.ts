import { addLocalDays, localParts, zonedTimeToInstant } from './zoned-time';

// When a boost applies. A 'window' boost runs between two instants; a 'weekly'
// boost recurs on a local weekday between two wall-clock times in its time zone
// (a happy hour: Wednesdays 16:00–19:00 Europe/Paris, whatever the DST offset).

export type BoostTiming = {
  kind: 'window' | 'weekly';
  startsAt: Date | null;
  endsAt: Date | null;
  weekday: number | null;
  startMinute: number | null;
  endMinute: number | null;
  timeZone: string;
  validFrom: Date | null;
  validUntil: Date | null;
};

export type Interval = { start: Date; end: Date };

function withinValidity(boost: BoostTiming, at: Date): boolean {
  if (boost.validFrom && at < boost.validFrom) return false;
  if (boost.validUntil && at >= boost.validUntil) return false;
  return true;
}

/** Whether the boost applies at this instant (start inclusive, end exclusive). */
export function isBoostActive(boost: BoostTiming, now: Date): boolean {
  return currentWindow(boost, now) !== null;
}

/** The occurrence in force at `now`, or null. */
export function currentWindow(boost: BoostTiming, now: Date): Interval | null {
  if (boost.kind === 'window') {
    if (!boost.startsAt || !boost.endsAt) return null;
    return boost.startsAt <= now && now < boost.endsAt ? { start: boost.startsAt, end: boost.endsAt } : null;
  }
  if (!withinValidity(boost, now)) return null;
  // The occurrence on today's or yesterday's local date could cover now (an occurrence never spans > 24 h).
  const today = localParts(now, boost.timeZone);
  for (const offset of [0, -1]) {
    const occurrence = weeklyOccurrence(boost, addLocalDays(today, offset));
    if (occurrence && occurrence.start <= now && now < occurrence.end) return occurrence;
  }
  return null;
}

/** The current occurrence, or else the next one to start after `now` (null if none is left). */
export function currentOrNextWindow(boost: BoostTiming, now: Date): Interval | null {
  const current = currentWindow(boost, now);
  if (current) return current;
  if (boost.kind === 'window') {
    return boost.startsAt && boost.endsAt && boost.startsAt > now
      ? { start: boost.startsAt, end: boost.endsAt }
      : null;
  }
  const today = localParts(now, boost.timeZone);
  for (let offset = 0; offset <= 7; offset++) {
    const occurrence = weeklyOccurrence(boost, addLocalDays(today, offset));
    if (!occurrence || occurrence.start <= now) continue;
    if (boost.validUntil && occurrence.start >= boost.validUntil) return null;
    if (boost.validFrom && occurrence.start < boost.validFrom) continue;
    return occurrence;
  }
  return null;
}

function weeklyOccurrence(
  boost: BoostTiming,
  date: { year: number; month: number; day: number },
): Interval | null {
  if (boost.weekday === null || boost.startMinute === null || boost.endMinute === null) return null;
  const isoWeekday = ((new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7) + 1;
  if (isoWeekday !== boost.weekday) return null;
  const start = zonedTimeToInstant({ ...date, minute: boost.startMinute }, boost.timeZone);
  const endDate = boost.endMinute >= 1440 ? addLocalDays(date, 1) : date;
  const end = zonedTimeToInstant({ ...endDate, minute: boost.endMinute % 1440 }, boost.timeZone);
  return end > start ? { start, end } : null;
}
