import type { ReactNode } from 'react';
import { AdminTime } from '@/components/admin/admin-time';
import { Card } from '@/components/ui/card';
import type { InboxEventDetail } from '@/lib/admin/ingestion-inbox-detail';
import type { Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { inboxStatusTone, StatusPill } from './status-pill';

const when = (at: Date, locale: Locale) => <AdminTime at={at} locale={locale} />;

/** The stored request's envelope: who sent it, when, how, and what became of it. */
export function InboxFacts({
  detail,
  locale,
  t,
}: {
  detail: InboxEventDetail;
  locale: Locale;
  t: Translator;
}) {
  const rows: [string, ReactNode][] = [
    [
      t('admin.ingestion.inbox.status'),
      <StatusPill key="status" tone={inboxStatusTone[detail.status]} testId="inbox-status">
        {t(`admin.ingestion.inbox.statuses.${detail.status}`)}
      </StatusPill>,
    ],
    [t('admin.ingestion.common.network'), detail.networkCode],
    [t('admin.ingestion.common.account'), `${detail.account.name} (${detail.account.publisherId})`],
    [t('admin.ingestion.detail.channel'), t(`admin.ingestion.inbox.channels.${detail.channel}`)],
    [t('admin.ingestion.detail.receivedAt'), when(detail.receivedAt, locale)],
    [
      t('admin.ingestion.detail.processedAt'),
      detail.processedAt ? when(detail.processedAt, locale) : t('admin.ingestion.detail.notProcessed'),
    ],
    [t('admin.ingestion.detail.method'), detail.method ?? '—'],
    [t('admin.ingestion.detail.path'), <code key="path">{detail.path ?? '—'}</code>],
    [t('admin.ingestion.detail.sourceIp'), detail.sourceIp ?? '—'],
    [t('admin.ingestion.detail.payloadHash'), <code key="hash">{detail.payloadHash}</code>],
    [
      t('admin.ingestion.detail.replayCount'),
      t('admin.ingestion.inbox.replays', { count: detail.replayCount }),
    ],
  ];
  return (
    <Card as="section" aria-labelledby="inbox-facts" className="flex flex-col gap-4">
      <h2 id="inbox-facts" className="text-lg font-bold">
        {t('admin.ingestion.detail.facts')}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_minmax(0,1fr)]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-600">{label}</dt>
            <dd className="mb-2 break-all text-slate-900 sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
      {detail.error ? (
        <div className="flex flex-col gap-1">
          <h3 className="font-semibold text-slate-600">{t('admin.ingestion.detail.error')}</h3>
          <pre
            data-testid="inbox-error"
            className="max-h-64 overflow-auto rounded-xl border border-red-200 bg-red-50 p-3 font-mono text-xs whitespace-pre-wrap break-words text-red-900"
          >
            {detail.error}
          </pre>
        </div>
      ) : null}
    </Card>
  );
}
