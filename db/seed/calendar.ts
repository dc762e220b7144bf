// Calendar arithmetic in Europe/Paris without a date library. The seed anchors
// every date to "today in Paris", so a seed run at any hour of one day gives
// the same rows, and windows meant to be open now are open now.

export const TIME_ZONE = 'Europe/Paris';

/** A calendar date; month is 1–12. Day overflow is normalised by Date.UTC. */
export type Day = { readonly year: number; readonly month: number; readonly day: number };

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

function parisParts(at: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of partsFormat.formatToParts(at)) {
    if (part.type in out) out[part.type as keyof typeof out] = Number(part.value);
  }
  return out;
}

/** Minutes Paris is ahead of UTC at this instant (60 in winter, 120 in summer). */
function offsetMinutes(at: Date): number {
  const p = parisParts(at);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const instant = at.getTime() - at.getUTCMilliseconds();
  return (wall - instant) / 60_000;
}

/** The instant the Paris wall clock shows this date and time. */
export function parisTime(day: Day, hour = 0, minute = 0): Date {
  const wall = Date.UTC(day.year, day.month - 1, day.day, hour, minute);
  const first = wall - offsetMinutes(new Date(wall)) * 60_000;
  const second = wall - offsetMinutes(new Date(first)) * 60_000;
  return new Date(second);
}

export function parisDay(at: Date): Day {
  const p = parisParts(at);
  return { year: p.year, month: p.month, day: p.day };
}

export function addDays(day: Day, days: number): Day {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: Day): number {
  const js = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
  return js === 0 ? 7 : js;
}

/** The nth (1-based) given ISO weekday of a month. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  const first = { year, month, day: 1 };
  const shift = (weekday - isoWeekday(first) + 7) % 7;
  return addDays(first, shift + (n - 1) * 7);
}

/** The last given ISO weekday of a month. */
export function lastWeekday(year: number, month: number, weekday: number): Day {
  const last = addDays({ year, month: month + 1, day: 1 }, -1);
  const shift = (isoWeekday(last) - weekday + 7) % 7;
  return addDays(last, -shift);
}

/** Western Easter Sunday (anonymous Gregorian algorithm, integer arithmetic). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

export function sameDay(a: Day, b: Day): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** The seed's notion of time: the real instant plus helpers relative to today in Paris. */
export type Clock = {
  readonly now: Date;
  readonly today: Day;
  /** Paris wall time on today + dayOffset. */
  at(dayOffset: number, hour?: number, minute?: number): Date;
};

export function createClock(now: Date): Clock {
  const today = parisDay(now);
  return {
    now,
    today,
    at: (dayOffset, hour = 0, minute = 0) => parisTime(addDays(today, dayOffset), hour, minute),
  };
}
