import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { SandboxPostback } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';

const tone: Record<SandboxPostback['status'], BadgeTone> = {
  queued: 'neutral',
  sent: 'success',
  failed: 'boost',
};

/** A sale's notifications to Ristourne, in event order, with where each one stands. */
export function PostbackList({
  postbacks,
  locale,
  t,
}: {
  postbacks: SandboxPostback[];
  locale: Locale;
  t: Translator;
}) {
  if (postbacks.length === 0)
    return <p className="text-sm text-slate-500">{t('sandbox.console.postbacks.none')}</p>;
  return (
    <ol className="flex flex-col gap-1.5 text-sm" aria-label={t('sandbox.console.postbacks.title')}>
      {postbacks.map((postback) => (
        <li
          key={postback.id}
          data-testid="sandbox-postback"
          className="flex flex-wrap items-center gap-x-2 gap-y-1"
        >
          <span className="font-semibold">{t(`sandbox.console.postbacks.event.${postback.event}`)}</span>
          <Badge tone={tone[postback.status]}>
            {t(`sandbox.console.postbacks.status.${postback.status}`)}
          </Badge>
          <span className="text-slate-600">
            {t('sandbox.console.postbacks.attempts', { count: postback.attempts })}
            {' · '}
            {postback.sentAt
              ? t('sandbox.console.postbacks.sent', {
                  date: formatDateTime(postback.sentAt, locale),
                  status: String(postback.responseStatus ?? ''),
                })
              : t('sandbox.console.postbacks.due', { date: formatDateTime(postback.dueAt, locale) })}
          </span>
          {postback.lastError && postback.status !== 'sent' ? (
            <span className="w-full text-red-700">
              {t('sandbox.console.postbacks.lastError', { error: postback.lastError })}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
