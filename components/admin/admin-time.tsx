import type { Locale } from '@/lib/i18n/config';
import { formatDate, formatDateTime } from '@/lib/i18n/format';

/**
 * An instant in a back-office list: day, month and time this year; the full
 * date (with the year) before that, where the year matters more than the hour.
 * The exact UTC instant is in the tooltip for investigations.
 */
export function AdminTime({ at, locale, now = new Date() }: { at: Date; locale: Locale; now?: Date }) {
  const thisYear = at.getUTCFullYear() === now.getUTCFullYear();
  return (
    <time dateTime={at.toISOString()} title={at.toISOString()}>
      {thisYear ? formatDateTime(at, locale) : formatDate(at, locale)}
    </time>
  );
}
