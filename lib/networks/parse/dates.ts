import { fail, ok, type Parsed, shown } from './parsed';

// Network times to ISO-8601 UTC instants, always in Date#toISOString form
// ("2025-03-14T18:22:05.000Z": fixed width, so strings sort as times).
// networks.md §3 "Timezones": Awin push is UTC; the Awin API answers in the
// requested `timezone` with no offset; Impact sends offsets; Admitad and
// Kwanko send unix timestamps. A value with no offset is read in `naiveZone`
// (default UTC); one with an offset or "Z" keeps it.

export type DateOptions = {
  /** 'UTC' or an IANA zone ("Europe/Paris") for values written without an offset. */
  naiveZone?: string;
};

/** Anything outside this range is a bad date, not a conversion (limits on everything). */
const EARLIEST_MS = Date.UTC(2000, 0, 1);
const LATEST_MS = Date.UTC(2100, 0, 1);

// "2025-03-14 18:22:05", "2025-03-14T18:22:05", "…T18:22", "…T18:22:05.417Z", "…+02:00", "2025-03-14"
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export function parseDateTime(raw: unknown, options: DateOptions = {}): Parsed<string> {
  if (typeof raw !== 'string') return fail(`date must be a string, got ${shown(raw)}`);
  const match = DATE_TIME.exec(raw.trim());
  if (!match) return fail(`${shown(raw)} is not a date-time`);
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', offset] = match;
  const parts = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
    ms: Number(frac.slice(0, 3).padEnd(3, '0')),
  };
  if (!validWallClock(parts)) return fail(`${shown(raw)} is not a real date-time`);
  const wall = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
    parts.ms,
  );
  let instant: number;
  if (offset) {
    const offsetMinutes = parseOffset(offset);
    if (offsetMinutes === null) return fail(`${shown(raw)} has an impossible UTC offset`);
    instant = wall - offsetMinutes * 60_000;
  } else {
    const zoned = zonedWallClockToUtc(wall, options.naiveZone ?? 'UTC');
    if (!zoned.ok) return fail(`${shown(raw)}: ${zoned.problem}`);
    instant = zoned.value;
  }
  return inRange(instant, raw);
}

/** Unix time in seconds ("1710440525" or 1710440525) → ISO UTC. */
export function parseUnixSeconds(raw: unknown): Parsed<string> {
  const text = typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : raw;
  if (typeof text !== 'string' || !/^\d{9,11}$/.test(text.trim())) {
    return fail(`${shown(raw)} is not a unix time in seconds`);
  }
  return inRange(Number(text.trim()) * 1000, raw);
}

function inRange(instant: number, raw: unknown): Parsed<string> {
  if (!Number.isFinite(instant) || instant < EARLIEST_MS || instant >= LATEST_MS) {
    return fail(`${shown(raw)} is outside 2000–2099`);
  }
  return ok(new Date(instant).toISOString());
}

type WallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
};

function validWallClock(p: WallClock): boolean {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 23 || p.minute > 59 || p.second > 59) return false;
  const daysInMonth = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
  return p.day <= daysInMonth;
}

/** "Z", "+02:00", "-0800" → minutes east of UTC; null beyond ±14:00. */
function parseOffset(offset: string): number | null {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4));
  if (minutes > 59 || hours * 60 + minutes > 14 * 60) return null;
  return sign * (hours * 60 + minutes);
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in ms. */
function zoneOffsetMs(zone: string, instant: number): number {
  let format = zoneFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    zoneFormats.set(zone, format);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(format.formatToParts(instant).find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * A wall-clock time in `zone` → the UTC instant. In the autumn overlap the
 * later (standard-time) instant wins; a time in the spring gap does not exist
 * and is a problem rather than a guess.
 */
function zonedWallClockToUtc(wall: number, zone: string): Parsed<number> {
  if (zone === 'UTC') return ok(wall);
  try {
    const first = wall - zoneOffsetMs(zone, wall);
    const offset = zoneOffsetMs(zone, first);
    const instant = wall - offset;
    if (instant + zoneOffsetMs(zone, instant) !== wall) return fail(`does not exist in ${zone}`);
    return ok(instant);
  } catch {
    return fail(`unknown time zone ${shown(zone)}`);
  }
}
