import { CalendarClock, Flame } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import type { StoreDetail } from '@/lib/catalog/store-detail';
import type { Locale } from '@/lib/i18n/config';
import { formatDateTime, formatMinuteOfDay, formatRateValue, pick, weekdayName } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';

type Props = { boosts: StoreDetail['boosts']; locale: Locale; t: Translator };

/** Boosts in force and to come: the boosted value, the usual one struck through, and when. */
export function BoostSchedule({ boosts, locale, t }: Props) {
  return (
    <ul className="flex flex-col gap-3">
      {boosts.map((boost) => {
        const when =
          boost.kind === 'weekly'
            ? t('catalog.boost.happyHour', {
                weekday: weekdayName(boost.weekday ?? 1, locale),
                start: formatMinuteOfDay(boost.startMinute ?? 0, locale),
                end: formatMinuteOfDay(boost.endMinute ?? 0, locale),
              })
            : boost.active
              ? t('catalog.boost.until', { date: formatDateTime(boost.window.end, locale) })
              : t('catalog.boost.window', {
                  start: formatDateTime(boost.window.start, locale),
                  end: formatDateTime(boost.window.end, locale),
                });
        return (
          <li
            key={boost.id}
            data-testid="boost"
            className={
              boost.active
                ? 'flex flex-wrap items-center justify-between gap-3 rounded-xl border border-accent-200 bg-accent-50 px-4 py-3'
                : 'flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white px-4 py-3'
            }
          >
            <div className="flex items-start gap-3">
              {boost.active ? (
                <Flame aria-hidden="true" className="mt-0.5 size-5 text-accent-600" />
              ) : (
                <CalendarClock aria-hidden="true" className="mt-0.5 size-5 text-slate-500" />
              )}
              <div>
                <p className="font-semibold">
                  {pick(locale, boost.labelFr, boost.labelEn)}{' '}
                  {boost.active ? <Badge tone="boost">{t('catalog.boost.active')}</Badge> : null}
                </p>
                <p className="text-sm text-slate-600">{when}</p>
                {boost.kind === 'weekly' && !boost.active ? (
                  <p className="text-xs text-slate-500">
                    {t('catalog.boost.next', { date: formatDateTime(boost.window.start, locale) })}
                  </p>
                ) : null}
              </div>
            </div>
            <p className="flex items-baseline gap-2">
              <span className="font-display text-lg font-bold text-accent-700">
                {formatRateValue(boost.boosted, locale)}
              </span>
              <span className="text-sm text-slate-500">
                <span className="sr-only">{t('catalog.rate.insteadLabel')} </span>
                <s>{formatRateValue(boost.usual, locale)}</s>
              </span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
