import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { MemberConversion } from '@/lib/conversions/member-conversions';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import { formatClickTime } from './captured-terms';
import { CashbackStatusBadge, statusLabel } from './cashback-status';

// The member's tracked purchases, newest first: store, date, purchase amount,
// status and how it got there. The member's share is not decided yet (the
// ledger does that): the card says so rather than guess from the commission.

type Props = { conversions: MemberConversion[]; locale: Locale; t: Translator };

export function CashbackList({ conversions, locale, t }: Props) {
  return (
    <ul aria-label={t('accountSpace.cashback.listLabel')} className="flex flex-col gap-4">
      {conversions.map((conversion) => (
        <CashbackCard key={conversion.id} conversion={conversion} locale={locale} t={t} />
      ))}
    </ul>
  );
}

function CashbackCard({
  conversion,
  locale,
  t,
}: {
  conversion: MemberConversion;
  locale: Locale;
  t: Translator;
}) {
  const store = conversion.merchant?.name ?? t('accountSpace.cashback.unknownStore');
  return (
    <Card as="li" padding="none" className="flex flex-col gap-3 p-5" data-testid="cashback-purchase">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div>
          <h2 className="text-lg font-bold" data-testid="cashback-merchant">
            {conversion.merchant ? (
              <Link
                href={`/stores/${conversion.merchant.slug}`}
                className="hover:text-brand-700 hover:underline"
              >
                {conversion.merchant.name}
              </Link>
            ) : (
              store
            )}
          </h2>
          <p className="text-sm text-slate-600">
            <time dateTime={conversion.convertedAt.toISOString()}>
              {t('accountSpace.cashback.purchasedOn', { date: formatDate(conversion.convertedAt, locale) })}
            </time>
            {conversion.orderRef ? (
              <>
                {' · '}
                {t('accountSpace.cashback.orderRef', { ref: conversion.orderRef })}
              </>
            ) : null}
          </p>
        </div>
        <CashbackStatusBadge status={conversion.status} t={t} />
      </div>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold text-slate-600">{t('accountSpace.cashback.purchaseAmount')}</dt>
        <dd className="font-semibold text-slate-900" data-testid="cashback-sale">
          {conversion.sale
            ? formatMoney(conversion.sale, intlLocale[locale])
            : t('accountSpace.cashback.noAmount')}
        </dd>
        <dt className="font-semibold text-slate-600">{t('accountSpace.cashback.cashbackAmount')}</dt>
        <dd className="text-slate-700">{t('accountSpace.cashback.cashbackLater')}</dd>
      </dl>
      {conversion.status === 'pending' && conversion.validationDelayDays !== null ? (
        <p className="text-sm text-slate-600">
          {t('accountSpace.cashback.validationDelay', { store, count: conversion.validationDelayDays })}
        </p>
      ) : null}
      <History conversion={conversion} store={store} locale={locale} t={t} />
    </Card>
  );
}

/** The statuses the purchase went through, oldest first, each with when it took effect. */
function History({
  conversion,
  store,
  locale,
  t,
}: {
  conversion: MemberConversion;
  store: string;
  locale: Locale;
  t: Translator;
}) {
  if (conversion.history.length === 0) return null;
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-800">{t('accountSpace.cashback.historyTitle')}</h3>
      <ol
        aria-label={t('accountSpace.cashback.historyLabel', { store })}
        className="mt-1 flex flex-col gap-1 border-l-2 border-slate-200 pl-3 text-sm"
      >
        {conversion.history.map((change) => (
          <li
            // Only real changes are recorded and no status comes back (networks.md §6.2): unique.
            key={`${change.to}-${change.at.toISOString()}`}
            data-testid="cashback-history-entry"
            data-status={change.to}
            className="flex flex-wrap gap-x-2 text-slate-700"
          >
            <time dateTime={change.at.toISOString()} className="text-slate-600">
              {formatClickTime(change.at, locale)}
            </time>
            <span className="font-semibold text-slate-900">{statusLabel(change.to, t)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
