import Link from 'next/link';
import { AdminTime } from '@/components/admin/admin-time';
import { Card } from '@/components/ui/card';
import type { InboxListItem } from '@/lib/admin/ingestion-inbox';
import type { FormState } from '@/lib/auth/form-state';
import { isReplayable } from '@/lib/conversions/replay-inbox';
import type { Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { InlineActionForm } from './inline-action-form';
import { inboxStatusTone, StatusPill } from './status-pill';

type Props = {
  items: InboxListItem[];
  replay: (state: FormState, formData: FormData) => Promise<FormState>;
  locale: Locale;
  t: Translator;
};

/** One row per stored request: when, from which account, how, its state, what it held, why it failed. */
export function InboxList({ items, replay, locale, t }: Props) {
  if (items.length === 0) {
    return (
      <Card>
        <p className="text-slate-600">{t('admin.ingestion.inbox.empty')}</p>
      </Card>
    );
  }
  const now = new Date();
  return (
    <Card padding="none">
      <ul aria-label={t('admin.ingestion.inbox.listLabel')} className="divide-y divide-slate-200">
        {items.map((item) => (
          <li
            key={item.id}
            data-testid="inbox-row"
            data-status={item.status}
            className="grid gap-3 px-5 py-4 md:grid-cols-[minmax(0,1fr)_auto] md:items-start md:gap-6"
          >
            <div className="flex min-w-0 flex-col gap-1.5">
              <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <Link
                  href={`/admin/ingestion/inbox/${item.id}`}
                  aria-label={t('admin.ingestion.inbox.open', { id: item.id })}
                  className="font-semibold text-brand-700 hover:underline"
                >
                  #{item.id}
                </Link>
                <span className="text-sm text-slate-600">
                  <AdminTime at={item.receivedAt} locale={locale} now={now} />
                </span>
                <StatusPill tone={inboxStatusTone[item.status]} testId="inbox-status">
                  {t(`admin.ingestion.inbox.statuses.${item.status}`)}
                </StatusPill>
              </p>
              <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-700">
                <span className="font-medium">{item.networkCode}</span>
                <span>{item.accountName}</span>
                <span>{t(`admin.ingestion.inbox.channels.${item.channel}`)}</span>
                {item.method ? <span className="font-mono text-xs leading-5">{item.method}</span> : null}
                <span>{t('admin.ingestion.inbox.events', { count: item.eventCount })}</span>
                {item.replayCount > 0 ? (
                  <span>{t('admin.ingestion.inbox.replays', { count: item.replayCount })}</span>
                ) : null}
              </p>
              {item.errorExcerpt ? (
                <p className="font-mono text-xs leading-5 break-words text-red-800" data-testid="inbox-error">
                  {item.errorExcerpt}
                </p>
              ) : null}
            </div>
            <InlineActionForm
              action={replay}
              hidden={{ inboxEventId: String(item.id) }}
              submitLabel={t('admin.ingestion.replay.button')}
              enabled={isReplayable(item)}
              label={`${t('admin.ingestion.replay.button')} #${item.id}`}
              className="md:max-w-xs md:items-end"
            />
          </li>
        ))}
      </ul>
    </Card>
  );
}
