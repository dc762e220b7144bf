// Wall-clock arithmetic in an IANA time zone with Intl only (no date library):
// what local weekday and minute an instant falls on, and which instant a local
// date and time denotes, DST included.

export type LocalParts = { year: number; month: number; day: number; weekday: number; minute: number };

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

/** Local calendar date, ISO weekday (1 = Monday) and minute of the day of an instant. */
export function localParts(instant: Date, timeZone: string): LocalParts & { second: number } {
  const ms = instant.getTime();
  const local = new Date(ms + zoneOffsetMs(ms, timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
    minute: local.getUTCHours() * 60 + local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/** Offset of the zone from UTC at an instant, in minutes (Paris: +60 in winter, +120 in summer). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  return Math.round(zoneOffsetMs(instant.getTime(), timeZone) / 60_000);
}

// Intl's formatToParts is the slow part (the click-out resolves boost windows on
// every click), and a zone's offset only changes on a whole minute: it is asked
// once per zone and minute, and remembered (bounded).
const offsetCache = new Map<string, number>();
const OFFSET_CACHE_MAX = 4096;

function zoneOffsetMs(ms: number, timeZone: string): number {
  const minuteStart = Math.floor(ms / 60_000) * 60_000;
  const key = `${timeZone}\u0000${minuteStart}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    offset = intlOffsetMs(minuteStart, timeZone);
    if (offsetCache.size >= OFFSET_CACHE_MAX) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return offset;
}

function intlOffsetMs(minuteStart: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const p of partsFormatter(timeZone).formatToParts(new Date(minuteStart))) parts[p.type] = p.value;
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - minuteStart;
}

/**
 * The instant of a local wall-clock time. A time skipped by a spring-forward
 * change resolves to the same clock reading after the jump (02:30 → 03:30);
 * a repeated autumn time resolves to its first occurrence.
 */
export function zonedTimeToInstant(
  local: { year: number; month: number; day: number; minute: number },
  timeZone: string,
): Date {
  const wallAsUtc = Date.UTC(local.year, local.month - 1, local.day, 0, local.minute);
  // Try the offsets in force a day either side; keep candidates that read back as the wall time.
  const offsets = new Set([
    offsetMinutes(new Date(wallAsUtc - 86_400_000), timeZone),
    offsetMinutes(new Date(wallAsUtc + 86_400_000), timeZone),
  ]);
  const candidates: number[] = [];
  for (const offset of offsets) {
    const instant = wallAsUtc - offset * 60_000;
    const p = localParts(new Date(instant), timeZone);
    if (
      p.year === local.year &&
      p.month === local.month &&
      p.day === local.day &&
      p.minute === local.minute
    ) {
      candidates.push(instant);
    }
  }
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  // Skipped by DST: use the offset from before the gap, which lands after it.
  const before = offsetMinutes(new Date(wallAsUtc - 86_400_000), timeZone);
  return new Date(wallAsUtc - before * 60_000);
}

/** Adds whole days to a local calendar date. */
export function addLocalDays(
  date: { year: number; month: number; day: number },
  days: number,
): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
