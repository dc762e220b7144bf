import type { Metadata } from 'next';
import { AccountPage } from '@/components/account/account-page';
import { AccountSection } from '@/components/account/account-section';
import { AuthForm } from '@/components/auth/auth-form';
import { getDb } from '@/db/client';
import { requireUser as findAccount } from '@/lib/accounts/account-user';
import { requireUser } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';
import { updateNotificationsAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('accountSpace.notifications.metaTitle'), robots: { index: false } };
}

export default async function NotificationsPage() {
  const user = await requireUser('/account/notifications');
  const [{ t }, { notificationPrefs: prefs }] = await Promise.all([
    getTranslator(),
    getDb().then((db) => findAccount(db, user.id)),
  ]);
  const box = (name: keyof typeof prefs) =>
    ({
      name,
      type: 'checkbox',
      label: t(`accountSpace.notifications.${name}`),
      defaultValue: prefs[name] ? 'on' : '',
    }) as const;
  return (
    <AccountPage title={t('accountSpace.notifications.title')} intro={t('accountSpace.notifications.intro')}>
      <AccountSection
        id="preferences"
        title={t('accountSpace.notifications.optionalTitle')}
        intro={
          <p className="wrap-anywhere">{t('accountSpace.notifications.sentTo', { email: user.email })}</p>
        }
      >
        <AuthForm
          action={updateNotificationsAction}
          submitLabel={t('accountSpace.notifications.save')}
          fields={[box('cashbackUpdates'), box('withdrawals'), box('newsletter')]}
        />
      </AccountSection>
      <AccountSection id="service" title={t('accountSpace.notifications.serviceTitle')}>
        <p className="text-slate-700">{t('accountSpace.notifications.serviceNote')}</p>
      </AccountSection>
    </AccountPage>
  );
}
