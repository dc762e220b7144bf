import Form from 'next/form';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { AutoSubmitSelect } from '@/components/catalog/auto-submit-select';
import { Button } from '@/components/ui/button';
import { lastMonths } from '@/lib/cashback/monthly-earnings';
import { hasFilters, PERIOD_DAYS, type PurchaseQuery } from '@/lib/cashback/purchase-query';
import type { Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { MEMBER_STATUSES, statusLabel } from './cashback-status';
import { monthName } from './earnings-month';

// The purchase list's filters: a GET form, so the filters live in the URL
// (shareable, back-button friendly) and work without JavaScript; with it, a
// changed select applies at once.

const field =
  'h-11 w-full rounded-xl border border-slate-300 bg-white px-3 text-sm text-slate-900 hover:border-slate-400 focus:border-brand-600';

export function CashbackFilters({
  query,
  now,
  locale,
  t,
}: {
  query: PurchaseQuery;
  now: Date;
  locale: Locale;
  t: Translator;
}) {
  const months = lastMonths(now, 12).reverse();
  if (query.period && !query.period.endsWith('d') && !months.includes(query.period))
    months.push(query.period);
  return (
    <Form
      action="/account/cashback"
      aria-label={t('accountSpace.cashback.filters.label')}
      className="grid gap-3 rounded-card border border-slate-200 bg-white p-4 shadow-card sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1.5fr_auto] lg:items-end"
    >
      <Field id="cashback-status" label={t('accountSpace.cashback.filters.status')}>
        <AutoSubmitSelect
          id="cashback-status"
          name="status"
          defaultValue={query.status ?? ''}
          className={field}
        >
          <option value="">{t('accountSpace.cashback.filters.allStatuses')}</option>
          {MEMBER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status, t)}
            </option>
          ))}
        </AutoSubmitSelect>
      </Field>
      <Field id="cashback-period" label={t('accountSpace.cashback.filters.period')}>
        <AutoSubmitSelect
          id="cashback-period"
          name="period"
          defaultValue={query.period ?? ''}
          className={field}
        >
          <option value="">{t('accountSpace.cashback.filters.allPeriods')}</option>
          {PERIOD_DAYS.map((period) => (
            <option key={period} value={period}>
              {t(`accountSpace.cashback.filters.periods.${period}`)}
            </option>
          ))}
          {months.map((month) => (
            <option key={month} value={month}>
              {monthName(month, locale, 'long')}
            </option>
          ))}
        </AutoSubmitSelect>
      </Field>
      <Field id="cashback-store" label={t('accountSpace.cashback.filters.store')}>
        <input
          id="cashback-store"
          type="search"
          name="q"
          defaultValue={query.q ?? ''}
          placeholder={t('accountSpace.cashback.filters.storePlaceholder')}
          maxLength={100}
          className={field}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-1">
        <Button type="submit" className="h-11">
          {t('accountSpace.cashback.filters.apply')}
        </Button>
        {hasFilters(query) ? (
          <Link href="/account/cashback" className="text-sm font-semibold text-brand-700 hover:underline">
            {t('accountSpace.cashback.filters.reset')}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
    </div>
  );
}
