import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { DirectoryUser } from '@/lib/admin/user-directory';
import type { Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import { RoleBadge } from './role-badge';

type Props = { users: DirectoryUser[]; locale: Locale; t: Translator };

/** One row per account, each opening its detail page; wraps rather than scrolls on a phone. */
export function UserList({ users, locale, t }: Props) {
  if (users.length === 0) {
    return (
      <Card>
        <p className="text-slate-600">{t('admin.users.empty')}</p>
      </Card>
    );
  }
  return (
    <Card padding="none">
      <ul aria-label={t('admin.users.listLabel')} className="divide-y divide-slate-200">
        {users.map((user) => (
          <li key={user.id}>
            <Link
              href={`/admin/users/${user.id}`}
              className="grid gap-2 px-5 py-4 hover:bg-brand-50 focus-visible:bg-brand-50 md:grid-cols-[minmax(0,1fr)_auto] md:items-center md:gap-6"
            >
              <span className="min-w-0">
                <span className="block truncate font-semibold text-slate-950">
                  {user.deletedAt ? t('admin.common.anonymised') : user.name}
                </span>
                <span className="block truncate text-sm text-slate-600">{user.email}</span>
              </span>
              <span className="flex flex-wrap items-center gap-2 text-sm text-slate-600 md:justify-end">
                <RoleBadge role={user.role} t={t} />
                {user.deletedAt ? (
                  <Badge>{t('admin.common.deleted')}</Badge>
                ) : user.verified ? (
                  <Badge tone="success">{t('admin.common.verified')}</Badge>
                ) : (
                  <Badge>{t('admin.common.notVerified')}</Badge>
                )}
                <span>{t('admin.users.createdOn', { date: formatDate(user.createdAt, locale) })}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
