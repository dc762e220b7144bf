import { emptyBalance, type MemberBalance } from '@/lib/cashback/member-balances';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';

/** What the member can withdraw, and what is on its way to them, per currency. */
export function WithdrawalBalance({
  balances,
  locale,
  t,
}: {
  balances: MemberBalance[];
  locale: Locale;
  t: Translator;
}) {
  const groups = balances.length > 0 ? balances : [emptyBalance('EUR')];
  return (
    <section aria-labelledby="withdrawal-balance-title" className="flex flex-col gap-3">
      <h2 id="withdrawal-balance-title" className="sr-only">
        {t('withdrawals.balance.title')}
      </h2>
      {groups.map((balance) => (
        <dl key={balance.currency} className="grid grid-cols-2 gap-3">
          <div
            className="rounded-card border border-brand-200 bg-brand-50 p-4"
            data-testid="balance-available"
          >
            <dt className="text-sm font-semibold text-brand-900">{t('withdrawals.balance.available')}</dt>
            <dd className="mt-1 text-2xl font-bold text-brand-900 tabular-nums">
              {formatMoney(
                { amountMinor: balance.availableMinor, currency: balance.currency },
                intlLocale[locale],
              )}
            </dd>
          </div>
          <div
            className="rounded-card border border-slate-200 bg-white p-4"
            data-testid="balance-withdrawing"
          >
            <dt className="text-sm font-semibold text-slate-700">{t('withdrawals.balance.withdrawing')}</dt>
            <dd className="mt-1 text-2xl font-bold text-slate-900 tabular-nums">
              {formatMoney(
                { amountMinor: balance.withdrawingMinor, currency: balance.currency },
                intlLocale[locale],
              )}
            </dd>
          </div>
        </dl>
      ))}
    </section>
  );
}
