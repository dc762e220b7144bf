// GET /admin: the back office's overview (accounts, staff, outgoing e-mail).
import type { Metadata } from 'next';
import { AdminPageTitle } from '@/components/admin/admin-page-title';
import { OverviewStats } from '@/components/admin/overview-stats';
import { getDb } from '@/db/client';
import { adminOverview } from '@/lib/admin/overview';
import { requireStaff } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('admin.overview.metaTitle') };
}

export default async function AdminOverviewPage() {
  await requireStaff('/admin');
  const [{ locale, t }, db] = await Promise.all([getTranslator(), getDb()]);
  const overview = await adminOverview(db);
  return (
    <>
      <AdminPageTitle title={t('admin.overview.title')} intro={t('admin.overview.intro')} />
      <OverviewStats overview={overview} locale={locale} t={t} />
    </>
  );
}
