import { parseDateTime } from '../parse/dates';
import { fail, type Parsed, shown } from '../parse/parsed';

// Rakuten Events API dates: "EEE MMM DD YYYY HH:mm:ss ZZZZ", GMT+0000 by
// default (networks.md §1.3, §3), e.g. "Tue Mar 18 2025 09:12:00 GMT+0000".
// The weekday must agree with the date: a disagreement means the value is not
// what we think it is, so it is refused rather than half-trusted.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RAKUTEN_DATE =
  /^([A-Z][a-z]{2}) ([A-Z][a-z]{2}) (\d{1,2}) (\d{4}) (\d{2}:\d{2}:\d{2}) GMT([+-]\d{2})(\d{2})$/;

export function parseRakutenDate(raw: unknown): Parsed<string> {
  if (typeof raw !== 'string') return fail(`date must be a string, got ${shown(raw)}`);
  const match = RAKUTEN_DATE.exec(raw.trim());
  if (!match) return fail(`${shown(raw)} is not a date like "Tue Mar 18 2025 09:12:00 GMT+0000"`);
  const [, weekday, monthName, day, year, time, offsetHours, offsetMinutes] = match;
  const month = MONTHS.indexOf(monthName!) + 1;
  if (month === 0 || !WEEKDAYS.includes(weekday!))
    return fail(`${shown(raw)} has an unknown month or weekday`);
  const date = `${year}-${String(month).padStart(2, '0')}-${day!.padStart(2, '0')}`;
  const parsed = parseDateTime(`${date}T${time}${offsetHours}:${offsetMinutes}`);
  if (!parsed.ok) return fail(`${shown(raw)} is not a real date-time`);
  if (WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] !== weekday) {
    return fail(`${shown(raw)}: ${date} is not a ${weekday}`);
  }
  return parsed;
}
