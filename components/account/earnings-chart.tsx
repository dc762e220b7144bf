import Link from 'next/link';
import type { MonthlyEarnings } from '@/lib/cashback/monthly-earnings';
import { purchaseQueryString } from '@/lib/cashback/purchase-query';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import { AccountSection } from './account-section';
import { monthName } from './earnings-month';

// Cashback by month of purchase, last 12 months: stacked CSS bars (confirmed
// below, pending above), no chart library. Each bar is a link to that
// month's purchases whose accessible name says the amounts, and the same
// figures are in a table for anyone who prefers numbers.

export function EarningsChart({
  earnings,
  locale,
  t,
}: {
  earnings: MonthlyEarnings;
  locale: Locale;
  t: Translator;
}) {
  const tag = intlLocale[locale];
  const money = (amountMinor: number) => formatMoney({ amountMinor, currency: earnings.currency }, tag);
  const months = earnings.months.map((month) => ({
    ...month,
    totalMinor: month.confirmedMinor + month.pendingMinor,
  }));
  const maxMinor = Math.max(0, ...months.map((month) => month.totalMinor));
  // A share of the chart's height, in whole percent (a drawing, not an amount).
  const percent = (amountMinor: number) => (maxMinor > 0 ? Math.ceil((amountMinor * 100) / maxMinor) : 0);
  return (
    <AccountSection
      id="earnings"
      title={t('accountSpace.overview.chart.title')}
      intro={t('accountSpace.overview.chart.intro')}
    >
      {maxMinor === 0 ? (
        <p className="text-sm text-slate-600">{t('accountSpace.overview.chart.empty')}</p>
      ) : (
        <div className="flex flex-col gap-4">
          <ol
            className="flex h-44 items-end gap-1 border-b border-slate-300 sm:gap-2"
            data-testid="earnings-chart"
          >
            {months.map((month, index) => (
              <li
                key={month.month}
                className="flex h-full min-w-0 flex-1 flex-col items-center justify-end gap-1"
              >
                <Link
                  href={`/account/cashback${purchaseQueryString({ status: null, period: month.month, q: null })}`}
                  className="flex h-full w-full flex-col justify-end rounded-t hover:opacity-80 focus-visible:outline-2"
                  title={t('accountSpace.overview.chart.seeMonth', {
                    month: monthName(month.month, locale, 'long'),
                  })}
                  data-month={month.month}
                  data-total-minor={month.totalMinor}
                >
                  <span className="sr-only">
                    {t('accountSpace.overview.chart.barLabel', {
                      month: monthName(month.month, locale, 'long'),
                      total: money(month.totalMinor),
                      confirmed: money(month.confirmedMinor),
                      pending: money(month.pendingMinor),
                    })}
                  </span>
                  <span
                    aria-hidden="true"
                    className="flex w-full flex-col"
                    style={{ height: `${percent(month.totalMinor)}%` }}
                  >
                    <span
                      className="basis-0 rounded-t bg-amber-300"
                      style={{ flexGrow: month.pendingMinor }}
                    />
                    <span className="basis-0 bg-brand-600" style={{ flexGrow: month.confirmedMinor }} />
                  </span>
                </Link>
                <span
                  aria-hidden="true"
                  className={`truncate text-[11px] text-slate-600 ${index % 2 === 1 ? 'hidden sm:block' : ''}`}
                >
                  {monthName(month.month, locale, 'short')}
                </span>
              </li>
            ))}
          </ol>
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-hidden="true">
            <span className="inline-flex items-center gap-1.5">
              <span className="size-3 rounded-sm bg-brand-600" />
              {t('accountSpace.overview.chart.confirmed')}
            </span>
            <span className="inline-flex items-center gap-1.5">
              <span className="size-3 rounded-sm bg-amber-300" />
              {t('accountSpace.overview.chart.pending')}
            </span>
          </p>
          <details className="text-sm">
            <summary className="cursor-pointer font-semibold text-brand-700">
              {t('accountSpace.overview.chart.showTable')}
            </summary>
            <div className="mt-3 overflow-x-auto">
              <table className="w-full text-left tabular-nums">
                <caption className="sr-only">{t('accountSpace.overview.chart.tableCaption')}</caption>
                <thead className="text-slate-600">
                  <tr>
                    <th scope="col" className="py-1 pr-3 font-semibold">
                      {t('accountSpace.overview.chart.month')}
                    </th>
                    <th scope="col" className="py-1 pr-3 text-right font-semibold">
                      {t('accountSpace.overview.chart.confirmed')}
                    </th>
                    <th scope="col" className="py-1 pr-3 text-right font-semibold">
                      {t('accountSpace.overview.chart.pending')}
                    </th>
                    <th scope="col" className="py-1 text-right font-semibold">
                      {t('accountSpace.overview.chart.total')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {months.map((month) => (
                    <tr key={month.month} className="border-t border-slate-100">
                      <th scope="row" className="py-1 pr-3 font-normal">
                        {monthName(month.month, locale, 'long')}
                      </th>
                      <td className="py-1 pr-3 text-right">{money(month.confirmedMinor)}</td>
                      <td className="py-1 pr-3 text-right">{money(month.pendingMinor)}</td>
                      <td className="py-1 text-right font-semibold">{money(month.totalMinor)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </div>
      )}
    </AccountSection>
  );
}
