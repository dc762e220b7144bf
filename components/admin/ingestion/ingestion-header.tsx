import { AdminPageTitle } from '@/components/admin/admin-page-title';
import type { Translator } from '@/lib/i18n/translate';
import { IngestionTabs } from './ingestion-tabs';

/** Title, intro and the intake screens' menu, the same on each of them. */
export function IngestionHeader({ title, intro, t }: { title: string; intro?: string; t: Translator }) {
  return (
    <>
      <AdminPageTitle title={title} intro={intro} />
      <IngestionTabs
        label={t('admin.ingestion.tabs.label')}
        tabs={[
          {
            href: '/admin/ingestion',
            label: t('admin.ingestion.tabs.inbox'),
            also: '/admin/ingestion/inbox/',
          },
          { href: '/admin/ingestion/rejected', label: t('admin.ingestion.tabs.rejected') },
          { href: '/admin/ingestion/unmatched', label: t('admin.ingestion.tabs.unmatched') },
          { href: '/admin/ingestion/health', label: t('admin.ingestion.tabs.health') },
          { href: '/admin/ingestion/import', label: t('admin.ingestion.tabs.import') },
        ]}
      />
    </>
  );
}
