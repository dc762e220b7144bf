import { intlLocale, type Locale } from '@/lib/i18n/config';
import { DISPLAY_TIME_ZONE } from '@/lib/i18n/format';
import type { PredictedValidation } from './predicted-validation';

// "expected between 12 and 28 Feb" / "attendu entre le 12 et le 28 févr.":
// the month is said once when both dates share it, the year only when the
// range crosses a new year, one date when both ends fall on the same day.
// Dates are Paris calendar days, whatever the server's time zone. Pure (no
// message catalogue), so member screens and e-mails can both use it.

type Range = Pick<PredictedValidation, 'earliest' | 'latest'>;

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale[locale], { timeZone: DISPLAY_TIME_ZONE, ...options });
    formats.set(key, f);
  }
  return f;
}

function parts(date: Date, locale: Locale): { day: string; month: string; year: string } {
  const all = format(locale, { day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => all.find((p) => p.type === type)?.value ?? '';
  return { day: get('day'), month: get('month'), year: get('year') };
}

/** "1er" in French for the first of the month, as French dates are written. */
function dayText(date: Date, locale: Locale): string {
  const day = format(locale, { day: 'numeric' }).format(date);
  return locale === 'fr' && day === '1' ? '1er' : day;
}

function dayMonth(date: Date, locale: Locale, withYear: boolean): string {
  const text = format(
    locale,
    withYear ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' },
  ).format(date);
  // Intl writes "1 mars"; French writes "1er mars".
  return locale === 'fr' ? text.replace(/^1(?=\s)/, '1er') : text;
}

export function formatPredictedValidation(range: Range, locale: Locale): string {
  const a = parts(range.earliest, locale);
  const b = parts(range.latest, locale);
  const sameYear = a.year === b.year;
  const sameDay = sameYear && a.month === b.month && a.day === b.day;
  const en = locale === 'en';
  if (sameDay) {
    const date = dayMonth(range.latest, locale, false);
    return en ? `expected on ${date}` : `attendu le ${date}`;
  }
  const to = dayMonth(range.latest, locale, !sameYear);
  const from =
    sameYear && a.month === b.month
      ? dayText(range.earliest, locale)
      : dayMonth(range.earliest, locale, !sameYear);
  return en ? `expected between ${from} and ${to}` : `attendu entre le ${from} et le ${to}`;
}
