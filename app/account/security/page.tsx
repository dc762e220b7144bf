import type { Metadata } from 'next';
import { AccountPage } from '@/components/account/account-page';
import { EmailChangeSection } from '@/components/account/email-change-section';
import { PasswordSection } from '@/components/account/password-section';
import { SessionsSection } from '@/components/account/sessions-section';
import { getDb } from '@/db/client';
import { requireUser as findAccount } from '@/lib/accounts/account-user';
import { pendingEmailChange } from '@/lib/accounts/change-email';
import { listSessions } from '@/lib/accounts/sessions';
import { currentSessionId } from '@/lib/auth/current-session-id';
import { requireUser } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';
import { changePasswordAction, requestEmailChangeAction } from './actions';
import { signOutSessionsAction } from './session-actions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('accountSpace.security.metaTitle'), robots: { index: false } };
}

export default async function SecurityPage() {
  const user = await requireUser('/account/security');
  const db = await getDb();
  const [{ t, locale }, account, sessions, pending, currentId] = await Promise.all([
    getTranslator(),
    findAccount(db, user.id),
    listSessions(db, user.id),
    pendingEmailChange(db, user.id),
    currentSessionId(),
  ]);
  const hasPassword = account.passwordHash !== null;
  return (
    <AccountPage title={t('accountSpace.security.title')} intro={t('accountSpace.security.intro')}>
      <PasswordSection t={t} hasPassword={hasPassword} action={changePasswordAction} />
      <EmailChangeSection
        t={t}
        locale={locale}
        email={user.email}
        hasPassword={hasPassword}
        pending={pending}
        action={requestEmailChangeAction}
      />
      <SessionsSection
        t={t}
        locale={locale}
        sessions={sessions}
        currentId={currentId}
        action={signOutSessionsAction}
      />
    </AccountPage>
  );
}
