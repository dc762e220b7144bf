// GET /admin/ingestion/health: per network account, the last request, the last 24 h by status, API sync with "sync now".
import type { Metadata } from 'next';
import { HealthTable } from '@/components/admin/ingestion/health-table';
import { IngestionHeader } from '@/components/admin/ingestion/ingestion-header';
import { getDb } from '@/db/client';
import { syncHealth } from '@/lib/admin/ingestion-health';
import { requireStaff } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';
import { requestSyncAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('admin.ingestion.health.metaTitle') };
}

export default async function AdminIngestionHealthPage() {
  await requireStaff('/admin/ingestion/health');
  const [{ locale, t }, db] = await Promise.all([getTranslator(), getDb()]);
  const accounts = await syncHealth(db);
  return (
    <>
      <IngestionHeader
        title={t('admin.ingestion.health.title')}
        intro={t('admin.ingestion.health.intro')}
        t={t}
      />
      <p className="rounded-xl border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
        {t('admin.ingestion.health.pullIntro')}
      </p>
      <HealthTable accounts={accounts} locale={locale} t={t} syncNow={requestSyncAction} />
    </>
  );
}
