import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AdminShell } from '@/components/admin/admin-shell';
import { requireStaff } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  const suffix = `${t('admin.shell.metaTitle')} · ${t('meta.siteName')}`;
  return { title: { template: `%s · ${suffix}`, default: suffix }, robots: { index: false, follow: false } };
}

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // The proxy only looked for a session cookie. This is the real check; each
  // page repeats it, because a layout is not re-rendered on client navigation
  // between its pages (a role revoked meanwhile must still lock the door).
  const user = await requireStaff('/admin');
  const { t } = await getTranslator();
  return (
    <AdminShell user={user} t={t}>
      {children}
    </AdminShell>
  );
}
