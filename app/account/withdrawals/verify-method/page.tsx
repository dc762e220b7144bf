import type { Metadata } from 'next';
import { AccountPage } from '@/components/account/account-page';
import { TokenConfirmForm } from '@/components/account/token-confirm-form';
import { requireUser } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';
import { verifyPayoutMethodAction } from './actions';

// The link e-mailed when a payout method is saved. Confirming takes a button
// press (a POST): a mail scanner fetching the link must not verify anything.

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('withdrawals.verify.metaTitle'), robots: { index: false }, referrer: 'no-referrer' };
}

export default async function VerifyPayoutMethodPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: unknown }>;
}) {
  const { token: given } = await searchParams;
  const token = typeof given === 'string' ? given : '';
  await requireUser(`/account/withdrawals/verify-method?token=${encodeURIComponent(token)}`);
  const { t } = await getTranslator();
  return (
    <AccountPage title={t('withdrawals.verify.title')} intro={t('withdrawals.verify.intro')}>
      <TokenConfirmForm
        token={token}
        action={verifyPayoutMethodAction}
        submitLabel={t('withdrawals.verify.submit')}
      />
    </AccountPage>
  );
}
