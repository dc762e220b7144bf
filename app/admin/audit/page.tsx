// GET /admin/audit: the audit log, newest first, by action and by account concerned (ops and admins).
import type { Metadata } from 'next';
import { AdminPageTitle } from '@/components/admin/admin-page-title';
import { AuditFilters } from '@/components/admin/audit-filters';
import { AuditList } from '@/components/admin/audit-list';
import { KeysetNav } from '@/components/admin/keyset-nav';
import { getDb } from '@/db/client';
import { listAuditLog } from '@/lib/admin/audit-log';
import { auditHref, parseAuditQuery } from '@/lib/admin/list-query';
import { requireStaff } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('admin.audit.metaTitle') };
}

export default async function AdminAuditPage({ searchParams }: Props) {
  await requireStaff('/admin/audit');
  const query = parseAuditQuery(await searchParams);
  const [{ locale, t }, db] = await Promise.all([getTranslator(), getDb()]);
  const page = await listAuditLog(db, query);
  const empty = page.targetFound
    ? undefined
    : t('admin.audit.targetNotFound', { target: query.target ?? '' });
  return (
    <>
      <AdminPageTitle title={t('admin.audit.title')} intro={t('admin.audit.intro')} />
      <AuditFilters query={query} t={t} />
      <AuditList entries={page.items} locale={locale} t={t} empty={empty} />
      <KeysetNav page={page} hrefFor={(cursor) => auditHref(query, cursor)} t={t} />
    </>
  );
}
