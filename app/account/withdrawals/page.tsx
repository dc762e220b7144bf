import type { Metadata } from 'next';
import { AccountPage } from '@/components/account/account-page';
import { FormMessages } from '@/components/account/form-messages';
import { PayoutMethodForms } from '@/components/account/payout-method-forms';
import { PayoutMethodSection } from '@/components/account/payout-method-section';
import { WithdrawalBalance } from '@/components/account/withdrawal-balance';
import { WithdrawalHistory } from '@/components/account/withdrawal-history';
import { WithdrawalRequestSection } from '@/components/account/withdrawal-request-section';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { memberBalances } from '@/lib/cashback/member-balances';
import { doneNotice } from '@/lib/i18n/done-notice';
import { getTranslator } from '@/lib/i18n/server';
import { issueFormKey } from '@/lib/withdrawals/form-key';
import { memberPayoutMethods } from '@/lib/withdrawals/member-payout-methods';
import { memberWithdrawals } from '@/lib/withdrawals/member-withdrawals';
import { charityOptions, giftCardOptions } from '@/lib/withdrawals/payout-options';
import { SECURITY_HOLD_HOURS, withdrawalsConfig } from '@/lib/withdrawals/withdrawals-config';
import {
  archivePayoutMethodAction,
  cancelWithdrawalAction,
  requestWithdrawalAction,
  saveCharityMethodAction,
  saveGiftCardMethodAction,
  savePaypalMethodAction,
  saveSepaMethodAction,
} from './actions';

// The member's withdrawals: the balance, the request form (minimums first),
// the history with reasons and cancel buttons, then the payout methods and
// the forms to add one. EUR is the currency members withdraw in.

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('withdrawals.page.metaTitle'), robots: { index: false } };
}

const NOTICES = {
  verified: 'withdrawals.page.notices.verified',
  confirmed: 'withdrawals.page.notices.confirmed',
} as const;

export default async function WithdrawalsPage({
  searchParams,
}: {
  searchParams: Promise<{ done?: unknown }>;
}) {
  const user = await requireUser('/account/withdrawals');
  const [{ t, locale }, db, { done }] = await Promise.all([getTranslator(), getDb(), searchParams]);
  const config = withdrawalsConfig();
  const [balances, methods, withdrawals, charities, giftCards] = await Promise.all([
    memberBalances(db, user.id),
    memberPayoutMethods(db, user.id, SECURITY_HOLD_HOURS),
    memberWithdrawals(db, user.id),
    charityOptions(db),
    giftCardOptions(db),
  ]);
  const euro = balances.find((balance) => balance.currency === 'EUR');
  const notice = doneNotice(done, NOTICES);
  return (
    <AccountPage title={t('withdrawals.page.title')} intro={t('withdrawals.page.intro')}>
      {notice ? <FormMessages state={{ notice: t(notice) }} /> : null}
      <WithdrawalBalance balances={balances} locale={locale} t={t} />
      <WithdrawalRequestSection
        t={t}
        locale={locale}
        methods={methods}
        giftCards={giftCards}
        limits={config}
        availableMinor={euro?.availableMinor ?? 0}
        formKey={issueFormKey(config.formSecret, user.id)}
        action={requestWithdrawalAction}
      />
      <WithdrawalHistory
        t={t}
        locale={locale}
        withdrawals={withdrawals}
        now={new Date()}
        action={cancelWithdrawalAction}
      />
      <PayoutMethodSection t={t} methods={methods} action={archivePayoutMethodAction} />
      <PayoutMethodForms
        t={t}
        locale={locale}
        emailVerified={user.emailVerified}
        charities={charities}
        giftCards={giftCards}
        actions={{
          paypal: savePaypalMethodAction,
          sepa: saveSepaMethodAction,
          charity: saveCharityMethodAction,
          giftCard: saveGiftCardMethodAction,
        }}
      />
    </AccountPage>
  );
}
