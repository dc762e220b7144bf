import { intlLocale, type Locale } from '@/lib/i18n/config';

// A `YYYY-MM` month in words: "mars 2026" / "March 2026" (long), "mars" /
// "Mar" (short). The 15th at noon UTC is in that month in every time zone.

const formats = new Map<string, Intl.DateTimeFormat>();

export function monthName(month: string, locale: Locale, style: 'long' | 'short'): string {
  const key = `${locale}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      intlLocale[locale],
      style === 'long'
        ? { timeZone: 'UTC', month: 'long', year: 'numeric' }
        : { timeZone: 'UTC', month: 'short' },
    );
    formats.set(key, format);
  }
  const [year, monthNumber] = month.split('-').map(Number);
  return format.format(new Date(Date.UTC(year!, monthNumber! - 1, 15, 12)));
}
