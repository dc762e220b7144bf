import type { Metadata } from 'next';
import { AccountPage } from '@/components/account/account-page';
import { TokenConfirmForm } from '@/components/account/token-confirm-form';
import { requireUser } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';
import { confirmWithdrawalAction } from './actions';

// The link e-mailed for a withdrawal on hold (a first withdrawal, or to
// details set in the last 72 hours). Confirming takes a button press (a
// POST): a mail scanner fetching the link must not confirm anything.

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('withdrawals.confirm.metaTitle'), robots: { index: false }, referrer: 'no-referrer' };
}

export default async function ConfirmWithdrawalPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: unknown }>;
}) {
  const { token: given } = await searchParams;
  const token = typeof given === 'string' ? given : '';
  await requireUser(`/account/withdrawals/confirm?token=${encodeURIComponent(token)}`);
  const { t } = await getTranslator();
  return (
    <AccountPage title={t('withdrawals.confirm.title')} intro={t('withdrawals.confirm.intro')}>
      <TokenConfirmForm
        token={token}
        action={confirmWithdrawalAction}
        submitLabel={t('withdrawals.confirm.submit')}
      />
    </AccountPage>
  );
}
