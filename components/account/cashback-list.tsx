import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { MemberPurchase } from '@/lib/cashback/purchase-row';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import { ExplanationLine, MerchantPays } from './cashback-explanation';
import { CashbackPredicted } from './cashback-predicted';
import { CashbackStatusBadge } from './cashback-status';

// The member's purchases, newest first: store, date, purchase amount, their
// cashback with its explanation, the status and, while the store has not
// confirmed, when it should. The timeline is on each purchase's own page.

type Props = { purchases: MemberPurchase[]; locale: Locale; t: Translator };

export function CashbackList({ purchases, locale, t }: Props) {
  return (
    <ul aria-label={t('accountSpace.cashback.listLabel')} className="flex flex-col gap-4">
      {purchases.map((purchase) => (
        <CashbackCard key={purchase.id} purchase={purchase} locale={locale} t={t} />
      ))}
    </ul>
  );
}

function CashbackCard({ purchase, locale, t }: { purchase: MemberPurchase; locale: Locale; t: Translator }) {
  const store = purchase.merchant?.name ?? t('accountSpace.cashback.unknownStore');
  const date = formatDate(purchase.convertedAt, locale);
  const tag = intlLocale[locale];
  return (
    <Card
      as="li"
      padding="none"
      className="flex flex-col gap-3 p-5"
      data-testid="cashback-purchase"
      data-purchase-id={purchase.id}
    >
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div>
          <h2 className="text-lg font-bold" data-testid="cashback-merchant">
            {purchase.merchant ? (
              <Link
                href={`/stores/${purchase.merchant.slug}`}
                className="hover:text-brand-700 hover:underline"
              >
                {purchase.merchant.name}
              </Link>
            ) : (
              store
            )}
          </h2>
          <p className="text-sm text-slate-600">
            <time dateTime={purchase.convertedAt.toISOString()}>
              {t('accountSpace.cashback.purchasedOn', { date })}
            </time>
            {purchase.orderRef ? (
              <>
                {' · '}
                {t('accountSpace.cashback.orderRef', { ref: purchase.orderRef })}
              </>
            ) : null}
          </p>
        </div>
        <CashbackStatusBadge status={purchase.status} t={t} />
      </div>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold text-slate-600">{t('accountSpace.cashback.purchaseAmount')}</dt>
        <dd className="font-semibold text-slate-900" data-testid="cashback-sale">
          {purchase.sale ? formatMoney(purchase.sale, tag) : t('accountSpace.cashback.noAmount')}
        </dd>
        <dt className="font-semibold text-slate-600">{t('accountSpace.cashback.cashbackAmount')}</dt>
        <dd
          className="font-bold text-brand-800"
          data-testid="cashback-amount"
          data-amount-minor={purchase.cashback?.amountMinor}
        >
          {purchase.cashback ? formatMoney(purchase.cashback, tag) : t('accountSpace.cashback.cashbackLater')}
        </dd>
      </dl>
      {purchase.cashback ? <ExplanationLine purchase={purchase} locale={locale} t={t} /> : null}
      <MerchantPays purchase={purchase} locale={locale} t={t} />
      <CashbackPredicted purchase={purchase} store={store} locale={locale} t={t} />
      {purchase.flagged ? (
        <p className="text-sm text-amber-900">{t('accountSpace.cashback.flagged')}</p>
      ) : null}
      <Link
        href={`/account/cashback/${purchase.id}`}
        aria-label={t('accountSpace.cashback.detailsLabel', { store, date })}
        className="self-start text-sm font-semibold text-brand-700 hover:underline"
        data-testid="cashback-details"
      >
        {t('accountSpace.cashback.details')}
      </Link>
    </Card>
  );
}
