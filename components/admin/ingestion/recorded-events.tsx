import { AdminTime } from '@/components/admin/admin-time';
import { Card } from '@/components/ui/card';
import type { InboxEventDetail } from '@/lib/admin/ingestion-inbox-detail';
import type { Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { type PillTone, StatusPill } from './status-pill';

const outcomeTone: Record<InboxEventDetail['events'][number]['outcome'], PillTone> = {
  applied: 'ok',
  duplicate: 'neutral',
  stale: 'neutral',
  rejected_transition: 'error',
  not_commissionable: 'neutral',
};

/** The events intake recorded from one request, in order, each with its outcome. */
export function RecordedEvents({
  detail,
  locale,
  t,
}: {
  detail: InboxEventDetail;
  locale: Locale;
  t: Translator;
}) {
  const now = new Date();
  // Read from this request but already recorded from an earlier one: the idempotency key keeps one row.
  const duplicates = Math.max(0, detail.eventCount - detail.eventsTotal);
  return (
    <section aria-labelledby="recorded-events" className="flex flex-col gap-3">
      <h2 id="recorded-events" className="text-lg font-bold">
        {t('admin.ingestion.detail.events')}
      </h2>
      <p className="text-sm text-slate-600">{t('admin.ingestion.detail.eventsIntro')}</p>
      {duplicates > 0 ? (
        <p className="text-sm text-slate-700">
          {t('admin.ingestion.detail.eventsDuplicates', { count: duplicates })}
        </p>
      ) : null}
      {detail.events.length === 0 ? (
        duplicates > 0 ? null : (
          <Card>
            <p className="text-slate-600">{t('admin.ingestion.detail.eventsEmpty')}</p>
          </Card>
        )
      ) : (
        <Card padding="none">
          <ol aria-label={t('admin.ingestion.detail.events')} className="divide-y divide-slate-200">
            {detail.events.map((event) => (
              <li key={event.id} data-testid="recorded-event" className="flex flex-col gap-1 px-5 py-3">
                <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <StatusPill tone={outcomeTone[event.outcome]}>
                    {t(`admin.ingestion.detail.outcomes.${event.outcome}`)}
                  </StatusPill>
                  {event.detail ? <span className="text-sm text-slate-800">{event.detail}</span> : null}
                  <span className="text-sm text-slate-600">
                    <AdminTime at={event.createdAt} locale={locale} now={now} />
                  </span>
                </p>
                <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
                  <span>
                    {t('admin.ingestion.detail.sourceRecordKey')}{' '}
                    <code className="break-all text-slate-800">{event.sourceRecordKey}</code>
                  </span>
                  {event.networkConversionId ? (
                    <span>
                      {t('admin.ingestion.detail.conversion')}{' '}
                      <code className="break-all text-slate-800">{event.networkConversionId}</code>
                    </span>
                  ) : null}
                </p>
              </li>
            ))}
          </ol>
        </Card>
      )}
      {detail.eventsTotal > detail.events.length ? (
        <p className="text-sm text-slate-600">
          {t('admin.ingestion.detail.eventsTruncated', {
            shown: detail.events.length,
            total: detail.eventsTotal,
          })}
        </p>
      ) : null}
    </section>
  );
}
