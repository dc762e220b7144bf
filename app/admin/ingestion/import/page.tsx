// GET /admin/ingestion/import: report import, upload a network's report, preview what would change, apply (ops and admins).
import { asc } from 'drizzle-orm';
import type { Metadata } from 'next';
import { ImportForm } from '@/components/admin/ingestion/import-form';
import { IngestionHeader } from '@/components/admin/ingestion/ingestion-header';
import { getDb } from '@/db/client';
import { networkAccounts } from '@/db/schema';
import { requireStaff } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';
import { documentFormatsFor } from '@/lib/networks/document-adapters';
import { applyImportAction, previewImportAction } from './actions';
import type { ImportAccountOption, ImportLabels } from './import-state';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('admin.ingestion.import.metaTitle') };
}

export default async function AdminImportPage() {
  await requireStaff('/admin/ingestion/import');
  const [{ t }, db] = await Promise.all([getTranslator(), getDb()]);
  const rows = await db
    .select({
      id: networkAccounts.id,
      name: networkAccounts.name,
      networkCode: networkAccounts.networkCode,
      publisherId: networkAccounts.publisherId,
    })
    .from(networkAccounts)
    .orderBy(asc(networkAccounts.networkCode), asc(networkAccounts.name), asc(networkAccounts.id));
  // Only accounts whose network has a report format (not the sandbox nor generic S2S platforms).
  const accounts: ImportAccountOption[] = rows
    .map((row) => ({
      id: row.id,
      label: `${row.name} (${row.networkCode} · ${row.publisherId})`,
      formats: documentFormatsFor(row.networkCode).map((f) => ({
        id: f.id,
        label: f.label,
        accept: f.accept.join(','),
      })),
    }))
    .filter((account) => account.formats.length > 0);

  const labels: ImportLabels = {
    account: t('admin.ingestion.import.account'),
    chooseAccount: t('admin.ingestion.import.chooseAccount'),
    format: t('admin.ingestion.import.format'),
    noFormats: t('admin.ingestion.import.noFormats'),
    file: t('admin.ingestion.import.file'),
    preview: t('admin.ingestion.import.preview'),
    apply: t('admin.ingestion.import.apply'),
    eventsLabel: t('admin.ingestion.import.eventsLabel'),
    conversionId: t('admin.ingestion.import.conversionId'),
    status: t('admin.ingestion.import.status'),
    sale: t('admin.ingestion.import.sale'),
    commission: t('admin.ingestion.import.commission'),
    effect: t('admin.ingestion.import.effect'),
    issuesTitle: t('admin.ingestion.import.issuesTitle'),
    issuesIntro: t('admin.ingestion.import.issuesIntro'),
    noEvents: t('admin.ingestion.import.noEvents'),
    openInbox: t('admin.ingestion.import.openInbox'),
  };
  return (
    <>
      <IngestionHeader
        title={t('admin.ingestion.import.title')}
        intro={t('admin.ingestion.import.intro')}
        t={t}
      />
      <ImportForm
        accounts={accounts}
        labels={labels}
        previewAction={previewImportAction}
        applyAction={applyImportAction}
      />
    </>
  );
}
