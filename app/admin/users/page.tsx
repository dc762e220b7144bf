// GET /admin/users: every account, searchable and filterable by role, newest first (ops and admins).
import type { Metadata } from 'next';
import { AdminPageTitle } from '@/components/admin/admin-page-title';
import { KeysetNav } from '@/components/admin/keyset-nav';
import { UserFilters } from '@/components/admin/user-filters';
import { UserList } from '@/components/admin/user-list';
import { getDb } from '@/db/client';
import { parseUserListQuery, userListHref } from '@/lib/admin/list-query';
import { listUsers } from '@/lib/admin/user-directory';
import { requireStaff } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('admin.users.metaTitle') };
}

export default async function AdminUsersPage({ searchParams }: Props) {
  await requireStaff('/admin/users');
  const query = parseUserListQuery(await searchParams);
  const [{ locale, t }, db] = await Promise.all([getTranslator(), getDb()]);
  const page = await listUsers(db, query);
  return (
    <>
      <AdminPageTitle title={t('admin.users.title')} intro={t('admin.users.intro')} />
      <UserFilters query={query} t={t} />
      <UserList users={page.items} locale={locale} t={t} />
      <KeysetNav page={page} hrefFor={(cursor) => userListHref(query, cursor)} t={t} />
    </>
  );
}
