import { AdminTime } from '@/components/admin/admin-time';
import type { PullSyncHealth } from '@/lib/admin/ingestion-health';
import type { FormState } from '@/lib/auth/form-state';
import type { Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { InlineActionForm } from './inline-action-form';
import { type PillTone, StatusPill } from './status-pill';

/** An account's pull sync on the health screen: its state, last run, last success and error, next run, "sync now". */
export function PullSyncStatus({
  accountId,
  accountName,
  sync,
  syncNow,
  locale,
  t,
  now,
}: {
  accountId: number;
  accountName: string;
  sync: PullSyncHealth;
  syncNow: (state: FormState, formData: FormData) => Promise<FormState>;
  locale: Locale;
  t: Translator;
  now: Date;
}) {
  if (sync.state === 'not_configured') {
    return (
      <StatusPill tone="neutral" testId="pull-sync">
        {t('admin.ingestion.health.pullNotConfigured')}
      </StatusPill>
    );
  }
  const [tone, label]: [PillTone, string] = !sync.enabled
    ? ['neutral', t('admin.ingestion.health.pullState.disabled')]
    : sync.running
      ? ['warn', t('admin.ingestion.health.pullState.running')]
      : sync.consecutiveFailures > 0
        ? ['error', t('admin.ingestion.health.pullState.failing', { count: sync.consecutiveFailures })]
        : sync.lastRun === null
          ? ['neutral', t('admin.ingestion.health.pullState.never')]
          : ['ok', t('admin.ingestion.health.pullState.ok')];
  const run = sync.lastRun;
  return (
    <div className="flex flex-col gap-2">
      <span>
        <StatusPill tone={tone} testId="pull-sync">
          {label}
        </StatusPill>
      </span>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
        <dt className="text-slate-600">{t('admin.ingestion.health.lastRun')}</dt>
        <dd data-testid="pull-sync-last-run">
          {run ? (
            <span className="flex flex-col">
              <span>
                <AdminTime at={run.startedAt} locale={locale} now={now} /> ·{' '}
                {t(`admin.ingestion.health.runStatus.${run.status}`)}
              </span>
              <span className="text-slate-600 tabular-nums">
                {t('admin.ingestion.health.lastRunFigures', {
                  pages: run.pages,
                  events: run.events,
                  applied: run.applied,
                  duplicates: run.duplicates,
                })}
              </span>
            </span>
          ) : (
            t('admin.ingestion.health.noRun')
          )}
        </dd>
        <dt className="text-slate-600">{t('admin.ingestion.health.lastSuccess')}</dt>
        <dd>
          {sync.lastSuccessAt ? (
            <AdminTime at={sync.lastSuccessAt} locale={locale} now={now} />
          ) : (
            t('admin.ingestion.health.never')
          )}
        </dd>
        {sync.lastError ? (
          <>
            <dt className="text-slate-600">{t('admin.ingestion.health.syncError')}</dt>
            <dd className="font-mono text-xs break-words text-red-800" data-testid="pull-sync-error">
              {sync.lastError}
            </dd>
          </>
        ) : null}
        <dt className="text-slate-600">{t('admin.ingestion.health.nextRun')}</dt>
        <dd data-testid="pull-sync-next-run">
          {sync.requested || sync.nextRunAt <= now ? (
            t('admin.ingestion.health.nextRunDue')
          ) : (
            <AdminTime at={sync.nextRunAt} locale={locale} now={now} />
          )}
        </dd>
      </dl>
      {sync.enabled ? (
        <InlineActionForm
          action={syncNow}
          hidden={{ networkAccountId: String(accountId) }}
          submitLabel={t('admin.ingestion.health.syncNow')}
          label={t('admin.ingestion.health.syncNowLabel', { name: accountName })}
        />
      ) : null}
    </div>
  );
}
