import type { ReactNode } from 'react';
import { AdminTime } from '@/components/admin/admin-time';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { FormState } from '@/lib/auth/form-state';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import type { SandboxSaleView } from '@/lib/sandbox/list-sales';
import { PostbackList } from './postback-list';
import { SaleActions } from './sale-actions';

const tone: Record<SandboxSaleView['status'], BadgeTone> = {
  pending: 'neutral',
  approved: 'success',
  declined: 'boost',
};

type Props = {
  sales: SandboxSaleView[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  locale: Locale;
  t: Translator;
};

/** The console's sales, newest first: what the shop sent, where it stands, what was told to Ristourne. */
export function SaleList({ sales, action, locale, t }: Props) {
  const money = (amountMinor: number, currency: string) =>
    formatMoney({ amountMinor, currency }, intlLocale[locale]);
  const labels = {
    approve: t('sandbox.console.actions.approve'),
    decline: t('sandbox.console.actions.decline'),
    amend: t('sandbox.console.actions.amend'),
    newAmount: t('sandbox.console.actions.newAmount'),
  };
  return (
    <ul className="flex flex-col gap-4" aria-label={t('sandbox.console.salesLabel')}>
      {sales.map((sale) => (
        <Card
          as="li"
          key={sale.id}
          data-testid="sandbox-sale"
          data-order-ref={sale.orderRef}
          className="flex flex-col gap-4"
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-lg font-bold">
              {t('sandbox.console.sale.title', { orderRef: sale.orderRef })}
              <span className="ml-2 font-normal text-slate-600">
                {sale.merchantName ?? t('sandbox.console.sale.unknownMerchant')} · {sale.advertiserId}
              </span>
            </h2>
            <Badge tone={tone[sale.status]} data-testid="sandbox-sale-status">
              {t(`sandbox.console.status.${sale.status}`)}
            </Badge>
          </div>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
            <Item label={t('sandbox.console.sale.clickRef')}>
              <span className="font-mono break-all" data-testid="sandbox-sale-click-ref">
                {sale.clickRef ?? t('sandbox.console.sale.clickRefNone')}
              </span>
            </Item>
            <Item label={t('sandbox.console.sale.amount')}>
              {money(sale.saleAmountMinor, sale.saleCurrency)}
            </Item>
            <Item label={t('sandbox.console.sale.commission')}>
              {money(sale.commissionAmountMinor, sale.commissionCurrency)}
            </Item>
            <Item label={t('sandbox.console.sale.customer')}>
              {t(`sandbox.console.customer.${sale.customerType}`)}
            </Item>
            <Item label={t('sandbox.console.sale.created')}>
              <AdminTime at={sale.createdAt} locale={locale} />
            </Item>
          </dl>
          {sale.amendedFromSaleMinor !== null && sale.amendedFromCommissionMinor !== null ? (
            <p className="text-sm text-slate-600">
              {t('sandbox.console.sale.amendedFrom', {
                amount: money(sale.amendedFromSaleMinor, sale.saleCurrency),
                commission: money(sale.amendedFromCommissionMinor, sale.commissionCurrency),
              })}
            </p>
          ) : null}
          <section className="flex flex-col gap-2">
            <h3 className="text-sm font-bold text-slate-800">{t('sandbox.console.postbacks.title')}</h3>
            <PostbackList postbacks={sale.postbacks} locale={locale} t={t} />
          </section>
          <SaleActions action={action} saleId={sale.id} status={sale.status} labels={labels} />
        </Card>
      ))}
    </ul>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col">
      <dt className="text-slate-500">{label}</dt>
      <dd className="font-semibold text-slate-900">{children}</dd>
    </div>
  );
}
