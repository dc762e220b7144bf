import type { Metadata } from 'next';
import { resendVerificationAction } from '@/app/auth/verify-email/actions';
import { AccountPage } from '@/components/account/account-page';
import { BalanceCards } from '@/components/account/balance-cards';
import { EarningsChart } from '@/components/account/earnings-chart';
import { EmailCard } from '@/components/account/email-card';
import { ProfileSection } from '@/components/account/profile-section';
import { SectionLinks } from '@/components/account/section-links';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { memberBalances } from '@/lib/cashback/member-balances';
import { lastMonths, monthlyEarnings } from '@/lib/cashback/monthly-earnings';
import { getTranslator } from '@/lib/i18n/server';
import { updateProfileAction } from './actions';

// The member's dashboard: balances (cached on the ledger accounts, one read)
// and cashback by month (one bounded, indexed aggregate), then the profile.

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('accountSpace.overview.metaTitle'), robots: { index: false } };
}

export default async function AccountOverviewPage() {
  // The proxy already sent anonymous visitors away; this is the server's own check.
  const user = await requireUser('/account');
  const [{ t, locale }, db] = await Promise.all([getTranslator(), getDb()]);
  const now = new Date();
  const [balances, earnings] = await Promise.all([
    memberBalances(db, user.id),
    monthlyEarnings(db, user.id, { now }),
  ]);
  // The chart follows the balances' main currency; a month series of zeros when nothing was earned.
  const currency = balances[0]?.currency ?? 'EUR';
  const series = earnings.find((each) => each.currency === currency) ??
    earnings[0] ?? {
      currency,
      months: lastMonths(now, 12).map((month) => ({ month, confirmedMinor: 0, pendingMinor: 0 })),
    };
  return (
    <AccountPage
      title={t('accountSpace.overview.title')}
      intro={t('accountSpace.overview.intro', { name: user.name })}
    >
      <BalanceCards balances={balances} locale={locale} t={t} />
      <EarningsChart earnings={series} locale={locale} t={t} />
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
