import { ArrowLeft } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { MemberPurchaseDetail } from '@/lib/cashback/member-purchase';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import { AccountSection } from './account-section';
import { ExplanationSteps, MerchantPays } from './cashback-explanation';
import { CashbackPredicted } from './cashback-predicted';
import { CashbackStatusBadge } from './cashback-status';
import { CashbackTimeline } from './cashback-timeline';

type Props = { purchase: MemberPurchaseDetail; locale: Locale; t: Translator };

/** One purchase in full: where it stands, how its cashback is calculated, and the path it took since the click. */
export function CashbackDetail({ purchase, locale, t }: Props) {
  const store = purchase.merchant?.name ?? t('accountSpace.cashback.unknownStore');
  const tag = intlLocale[locale];
  return (
    <>
      <p className="flex flex-wrap gap-x-6 gap-y-2 text-sm font-semibold">
        <Link
          href="/account/cashback"
          className="inline-flex items-center gap-1 text-brand-700 hover:underline"
        >
          <ArrowLeft aria-hidden="true" className="size-4" />
          {t('accountSpace.cashback.detail.back')}
        </Link>
        {purchase.merchant ? (
          <Link href={`/stores/${purchase.merchant.slug}`} className="text-brand-700 hover:underline">
            {t('accountSpace.cashback.detail.store')}
          </Link>
        ) : null}
      </p>
      <AccountSection id="purchase" title={t('accountSpace.cashback.detail.summaryTitle')}>
        <div className="flex flex-col gap-4" data-testid="cashback-purchase" data-purchase-id={purchase.id}>
          <div>
            <CashbackStatusBadge status={purchase.status} t={t} />
          </div>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
            <Row label={t('accountSpace.cashback.detail.date')}>
              <time dateTime={purchase.convertedAt.toISOString()}>
                {formatDate(purchase.convertedAt, locale)}
              </time>
            </Row>
            {purchase.orderRef ? (
              <Row label={t('accountSpace.cashback.detail.order')}>
                <span data-testid="cashback-order-ref">{purchase.orderRef}</span>
              </Row>
            ) : null}
            <Row label={t('accountSpace.cashback.purchaseAmount')}>
              <span data-testid="cashback-sale">
                {purchase.sale ? formatMoney(purchase.sale, tag) : t('accountSpace.cashback.noAmount')}
              </span>
            </Row>
            <Row label={t('accountSpace.cashback.cashbackAmount')}>
              <span
                className="font-bold text-brand-800"
                data-testid="cashback-amount"
                data-amount-minor={purchase.cashback?.amountMinor}
              >
                {purchase.cashback
                  ? formatMoney(purchase.cashback, tag)
                  : t('accountSpace.cashback.cashbackLater')}
              </span>
            </Row>
          </dl>
          <MerchantPays purchase={purchase} locale={locale} t={t} />
          <CashbackPredicted purchase={purchase} store={store} locale={locale} t={t} />
          {purchase.flagged ? (
            <p className="text-sm text-amber-900">{t('accountSpace.cashback.flagged')}</p>
          ) : null}
        </div>
      </AccountSection>
      <AccountSection id="explanation" title={t('accountSpace.cashback.detail.explanationTitle')}>
        <ExplanationSteps purchase={purchase} locale={locale} t={t} />
      </AccountSection>
      <AccountSection id="timeline" title={t('accountSpace.cashback.timeline.title')}>
        <CashbackTimeline purchase={purchase} store={store} locale={locale} t={t} />
      </AccountSection>
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-slate-600">{label}</dt>
      <dd className="min-w-0 text-slate-900">{children}</dd>
    </>
  );
}
