import Link from 'next/link';
import { AdminTime } from '@/components/admin/admin-time';
import { Card } from '@/components/ui/card';
import type { AccountHealth } from '@/lib/admin/ingestion-health';
import type { FormState } from '@/lib/auth/form-state';
import type { Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { PullSyncStatus } from './pull-sync-status';
import { StatusPill } from './status-pill';

/** One card per network account: last request, the day's counts, the last error, API sync. */
export function HealthTable({
  accounts,
  locale,
  t,
  syncNow,
}: {
  accounts: AccountHealth[];
  locale: Locale;
  t: Translator;
  syncNow: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  if (accounts.length === 0) {
    return (
      <Card>
        <p className="text-slate-600">{t('admin.ingestion.health.empty')}</p>
      </Card>
    );
  }
  const now = new Date();
  return (
    <ul aria-label={t('admin.ingestion.health.tableLabel')} className="grid gap-4 xl:grid-cols-2">
      {accounts.map((account) => (
        <Card as="li" key={account.id} data-testid="health-account" className="flex flex-col gap-3">
          <h2 className="flex flex-wrap items-center gap-2 text-base font-bold">
            <span>{account.networkCode}</span>
            <span className="font-normal text-slate-600">
              {account.name} ({account.publisherId})
            </span>
            {account.isActive ? null : (
              <StatusPill tone="neutral">{t('admin.ingestion.health.inactive')}</StatusPill>
            )}
          </h2>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
            <dt className="font-semibold text-slate-600">{t('admin.ingestion.health.lastReceived')}</dt>
            <dd className="text-slate-900">
              {account.lastReceivedAt ? (
                <AdminTime at={account.lastReceivedAt} locale={locale} now={now} />
              ) : (
                t('admin.ingestion.health.never')
              )}
            </dd>
            <dt className="font-semibold text-slate-600">{t('admin.ingestion.health.last24h')}</dt>
            <dd className="text-slate-900 tabular-nums">
              <Link
                href={`/admin/ingestion?network=${encodeURIComponent(account.networkCode)}`}
                className="hover:text-brand-700 hover:underline"
              >
                {t('admin.ingestion.health.counts', account.last24h)}
              </Link>
            </dd>
            <dt className="font-semibold text-slate-600">{t('admin.ingestion.health.lastError')}</dt>
            <dd className="min-w-0 text-slate-900">
              {account.lastParseError ? (
                <span className="flex flex-col gap-1">
                  <Link
                    href={`/admin/ingestion/inbox/${account.lastParseError.inboxEventId}`}
                    className="font-semibold text-brand-700 hover:underline"
                  >
                    <AdminTime at={account.lastParseError.at} locale={locale} now={now} />
                  </Link>
                  <span className="font-mono text-xs break-words text-red-800">
                    {account.lastParseError.error}
                  </span>
                </span>
              ) : (
                t('admin.ingestion.health.noError')
              )}
            </dd>
            <dt className="font-semibold text-slate-600">{t('admin.ingestion.health.pullSync')}</dt>
            <dd className="min-w-0 text-slate-900">
              <PullSyncStatus
                accountId={account.id}
                accountName={account.name}
                sync={account.pullSync}
                syncNow={syncNow}
                locale={locale}
                t={t}
                now={now}
              />
            </dd>
          </dl>
        </Card>
      ))}
    </ul>
  );
}
