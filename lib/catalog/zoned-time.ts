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
      weekday: 'short',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Local calendar date, ISO weekday (1 = Monday) and minute of the day of an instant. */
export function localParts(instant: Date, timeZone: string): LocalParts & { second: number } {
  const parts: Record<string, string> = {};
  for (const p of partsFormatter(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 0,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Offset of the zone from UTC at an instant, in minutes (Paris: +60 in winter, +120 in summer). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, 0, p.minute, p.second);
  const truncated = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - truncated) / 60_000);
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
