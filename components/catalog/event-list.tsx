import { Badge } from '@/components/ui/badge';
import type { CatalogEvent } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import { formatDate, pick } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';

type Props = { current: CatalogEvent[]; upcoming: CatalogEvent[]; locale: Locale; t: Translator };

/** Seasonal events running now (with their end) and coming next (with their start). */
export function EventList({ current, upcoming, locale, t }: Props) {
  // One row of four: what runs now first, then what comes next.
  const items = [
    ...current.map((event) => ({ event, now: true })),
    ...upcoming.map((event) => ({ event, now: false })),
  ].slice(0, 4);
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {items.map(({ event, now }) => (
        <li
          key={event.id}
          data-testid="event"
          className={
            now
              ? 'flex flex-col gap-2 rounded-card bg-gradient-to-br from-accent-500 to-accent-600 p-5 text-white shadow-card'
              : 'flex flex-col gap-2 rounded-card border border-slate-200 bg-white p-5 shadow-card'
          }
        >
          <Badge tone={now ? 'boost' : 'neutral'} className="self-start">
            {now ? t('catalog.home.eventsNow') : t('catalog.home.eventsUpcoming')}
          </Badge>
          <p className={now ? 'text-lg font-bold text-white' : 'text-lg font-bold'}>
            {pick(locale, event.nameFr, event.nameEn)}
          </p>
          {pick(locale, event.taglineFr, event.taglineEn) ? (
            <p className={now ? 'text-sm text-accent-50' : 'text-sm text-slate-600'}>
              {pick(locale, event.taglineFr, event.taglineEn)}
            </p>
          ) : null}
          <p
            className={
              now ? 'mt-auto text-sm font-medium text-white' : 'mt-auto text-sm font-medium text-slate-700'
            }
          >
            {now
              ? t('catalog.home.eventEndsOn', { date: formatDate(event.endsAt, locale) })
              : t('catalog.home.eventStartsOn', { date: formatDate(event.startsAt, locale) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
