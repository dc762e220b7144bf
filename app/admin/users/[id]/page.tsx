// GET /admin/users/[id]: one account (profile, role, sessions, its audit history); the role form for admins.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { AdjustmentSection } from '@/components/admin/adjustment-section';
import { AdminPageTitle } from '@/components/admin/admin-page-title';
import { BackLink } from '@/components/admin/back-link';
import { RoleSection } from '@/components/admin/role-section';
import { UserHistory } from '@/components/admin/user-history';
import { UserProfile } from '@/components/admin/user-profile';
import { getDb } from '@/db/client';
import { userDetail } from '@/lib/admin/user-detail';
import { requireStaff } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';
import { memberAdjustments } from '@/lib/ledger/adjustment-queue';
import { ledgerConfig } from '@/lib/ledger/ledger-config';
import { adjustBalanceAction, changeRoleAction } from './actions';

type Props = { params: Promise<{ id: string }> };

// One lookup per request, shared by the title and the page, and only ever for
// staff: metadata is resolved apart from the layout's check.
const load = cache(async (id: string) => {
  const viewer = await requireStaff(`/admin/users/${encodeURIComponent(id)}`);
  return { viewer, detail: await userDetail(await getDb(), id) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { t }] = await Promise.all([params, getTranslator()]);
  const { detail } = await load(id);
  const name = detail && !detail.user.deletedAt ? detail.user.name : t('admin.common.anonymised');
  return { title: t('admin.user.metaTitle', { name }) };
}

export default async function AdminUserPage({ params }: Props) {
  const [{ id }, { locale, t }] = await Promise.all([params, getTranslator()]);
  const { viewer, detail } = await load(id);
  // A malformed or unknown id is a 404, never a SQL error.
  if (!detail) notFound();
  const { user } = detail;
  const adjustments = await memberAdjustments(await getDb(), user.id);
  return (
    <>
      <AdminPageTitle
        above={<BackLink href="/admin/users" label={t('admin.user.back')} />}
        title={user.deletedAt ? t('admin.common.anonymised') : user.name}
        intro={user.email}
      />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <UserProfile detail={detail} locale={locale} t={t} />
        <RoleSection user={user} canEdit={viewer.role === 'admin'} action={changeRoleAction} t={t} />
      </div>
      {user.role === 'member' ? (
        <AdjustmentSection
          user={user}
          viewerId={viewer.id}
          adjustments={adjustments}
          secondApprovalFromMinor={ledgerConfig().secondApprovalFromMinor}
          action={adjustBalanceAction}
          locale={locale}
          t={t}
        />
      ) : null}
      <UserHistory userId={user.id} entries={detail.audit.items} locale={locale} t={t} />
    </>
  );
}
