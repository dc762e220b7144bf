import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { classNames } from '@/components/ui/class-names';
import { emptyBalance, type MemberBalance } from '@/lib/cashback/member-balances';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';

// The dashboard's balances: pending, confirmed, available and paid out, plus
// what is being withdrawn and what a clawback left the member owing, shown
// only when not zero. One group per currency the member holds money in (EUR
// alone for nearly everyone, and zeros in EUR for a new member).

type Key = 'pending' | 'confirmed' | 'available' | 'paid' | 'withdrawing' | 'owed';

const AMOUNT: Record<Key, keyof Omit<MemberBalance, 'currency'>> = {
  pending: 'pendingMinor',
  confirmed: 'confirmedMinor',
  available: 'availableMinor',
  paid: 'paidMinor',
  withdrawing: 'withdrawingMinor',
  owed: 'owedMinor',
};

export function BalanceCards({
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
    <section aria-labelledby="balances-title" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
        <h2 id="balances-title" className="text-xl font-bold">
          {t('accountSpace.overview.balances.title')}
        </h2>
        <p className="flex flex-wrap gap-x-4 text-sm font-semibold">
          <Link href="/account/cashback" className="text-brand-700 hover:underline">
            {t('accountSpace.overview.balances.cashback')}
          </Link>
          <Link href="/account/statement" className="text-brand-700 hover:underline">
            {t('accountSpace.overview.balances.statement')}
          </Link>
        </p>
      </div>
      {groups.map((balance) => (
        <div key={balance.currency} className="flex flex-col gap-2">
          {groups.length > 1 ? (
            <h3 className="font-semibold text-slate-800">
              {t('accountSpace.overview.balances.currencyTitle', { currency: balance.currency })}
            </h3>
          ) : null}
          <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            {keysOf(balance).map((key) => (
              <BalanceCard key={key} name={key} balance={balance} locale={locale} t={t} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function keysOf(balance: MemberBalance): Key[] {
  const keys: Key[] = ['pending', 'confirmed', 'available', 'paid'];
  if (balance.withdrawingMinor !== 0) keys.push('withdrawing');
  if (balance.owedMinor !== 0) keys.push('owed');
  return keys;
}

function BalanceCard({
  name,
  balance,
  locale,
  t,
}: {
  name: Key;
  balance: MemberBalance;
  locale: Locale;
  t: Translator;
}) {
  const amountMinor = balance[AMOUNT[name]] as number;
  return (
    <Card
      as="li"
      padding="none"
      className={classNames(
        'flex flex-col gap-1 p-4',
        name === 'available' && 'border-brand-300 bg-brand-50',
      )}
      data-testid={`balance-${name}`}
      data-currency={balance.currency}
    >
      <p className="text-sm font-semibold text-slate-700">{t(`accountSpace.overview.balances.${name}`)}</p>
      <p
        className={classNames(
          'text-2xl font-bold tabular-nums',
          name === 'available' ? 'text-brand-800' : 'text-slate-900',
          name === 'owed' && 'text-amber-900',
        )}
        data-testid={`balance-${name}-amount`}
        data-amount-minor={amountMinor}
      >
        {formatMoney({ amountMinor, currency: balance.currency }, intlLocale[locale])}
      </p>
      <p className="text-xs text-pretty text-slate-600">{t(`accountSpace.overview.balances.${name}Hint`)}</p>
    </Card>
  );
}
