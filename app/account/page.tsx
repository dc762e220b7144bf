import type { Metadata } from 'next';
import { resendVerificationAction } from '@/app/auth/verify-email/actions';
import { AccountPage } from '@/components/account/account-page';
import { EmailCard } from '@/components/account/email-card';
import { ProfileSection } from '@/components/account/profile-section';
import { SectionLinks } from '@/components/account/section-links';
import { requireUser } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';
import { updateProfileAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('accountSpace.overview.metaTitle'), robots: { index: false } };
}

export default async function AccountOverviewPage() {
  // The proxy already sent anonymous visitors away; this is the server's own check.
  const user = await requireUser('/account');
  const { t } = await getTranslator();
  return (
    <AccountPage
      title={t('accountSpace.overview.title')}
      intro={t('accountSpace.overview.intro', { name: user.name })}
    >
      <EmailCard
        t={t}
        email={user.email}
        verified={user.emailVerified}
        resendAction={resendVerificationAction}
      />
      <ProfileSection t={t} name={user.name} locale={user.locale} action={updateProfileAction} />
      <SectionLinks t={t} />
    </AccountPage>
  );
}
