import type { RateValue } from '@/lib/catalog/headline';
import { formatMoney, formatRate } from '@/lib/money';
import { intlLocale, type Locale } from './config';

// Locale-aware formatting of dates, times and rate values. Dates are shown in
// the platform's time zone (Europe/Paris) whatever the server's zone is.

export const DISPLAY_TIME_ZONE = 'Europe/Paris';

const cache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale[locale], { timeZone: DISPLAY_TIME_ZONE, ...options });
    cache.set(key, f);
  }
  return f;
}

/** "12 février 2027" / "12 February 2027". */
export function formatDate(date: Date, locale: Locale): string {
  return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "12 févr., 16:00" / "12 Feb, 16:00". */
export function formatDateTime(date: Date, locale: Locale): string {
  return dateFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(
    date,
  );
}

/** Minutes after local midnight as a wall-clock time: 960 → "16:00" (fr "16:00", en "16:00"). */
export function formatMinuteOfDay(minute: number, locale: Locale): string {
  const at = new Date(Date.UTC(2000, 0, 3, 0, minute));
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: 'UTC',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** ISO weekday (1 = Monday) → "mercredi" / "Wednesday". */
export function weekdayName(isoWeekday: number, locale: Locale): string {
  // 2024-01-01 was a Monday.
  const at = new Date(Date.UTC(2024, 0, isoWeekday, 12));
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone: 'UTC', weekday: 'long' }).format(at);
}

/** A rate as shown: "8 %" or "80 €" (whole euros without decimals). */
export function formatRateValue(value: RateValue, locale: Locale): string {
  return value.kind === 'percent'
    ? formatRate(value.rateBps, intlLocale[locale])
    : formatMoney(value.money, intlLocale[locale], { compact: true });
}

/** The French or English variant of a bilingual field. */
export function pick<T>(locale: Locale, fr: T, en: T): T {
  return locale === 'fr' ? fr : en;
}
