import Link from 'next/link';
import { classNames } from '@/components/ui/class-names';
import type { StatementLine } from '@/lib/cashback/member-statement';
import { statementLabel } from '@/lib/cashback/statement-labels';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import { formatClickTime } from './captured-terms';

// The statement's lines, newest first: when, what (with the purchase it is
// about), which balance it moved and by how much, signed from the member's
// side ("+6,76 €" arrives, "-6,76 €" leaves). A confirmation shows as two
// lines: out of pending, into available.

export function StatementTable({
  lines,
  locale,
  t,
}: {
  lines: StatementLine[];
  locale: Locale;
  t: Translator;
}) {
  return (
    <div className="overflow-x-auto rounded-card border border-slate-200 bg-white shadow-card">
      <table className="w-full min-w-[36rem] text-left text-sm" data-testid="statement">
        <caption className="sr-only">{t('accountSpace.statement.listLabel')}</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              {t('accountSpace.statement.columns.date')}
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              {t('accountSpace.statement.columns.label')}
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              {t('accountSpace.statement.columns.account')}
            </th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">
              {t('accountSpace.statement.columns.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <Row key={line.id} line={line} locale={locale} t={t} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Row({ line, locale, t }: { line: StatementLine; locale: Locale; t: Translator }) {
  const amount = formatMoney(line.amount, intlLocale[locale]);
  const positive = line.amount.amountMinor > 0;
  return (
    <tr
      className="border-t border-slate-100 align-top"
      data-testid="statement-line"
      data-label={line.label}
      data-account={line.account}
      data-amount-minor={line.amount.amountMinor}
      data-purchase-id={line.purchase?.id}
    >
      <td className="px-4 py-3 whitespace-nowrap text-slate-600">
        <time dateTime={line.at.toISOString()}>{formatClickTime(line.at, locale)}</time>
      </td>
      <td className="px-4 py-3">
        <span className="font-semibold text-slate-900">
          {t(`accountSpace.statement.labels.${statementLabel(line.label)}`)}
        </span>
        {line.purchase ? (
          <>
            <br />
            <Link href={`/account/cashback/${line.purchase.id}`} className="text-brand-700 hover:underline">
              {t('accountSpace.statement.purchase', {
                store: line.purchase.merchantName ?? t('accountSpace.statement.unknownStore'),
              })}
            </Link>
            {line.purchase.orderRef ? (
              <span className="text-slate-600">
                {' · '}
                {t('accountSpace.cashback.orderRef', { ref: line.purchase.orderRef })}
              </span>
            ) : null}
          </>
        ) : null}
      </td>
      <td className="px-4 py-3 text-slate-700">{t(`accountSpace.statement.accounts.${line.account}`)}</td>
      <td
        className={classNames(
          'px-4 py-3 text-right font-semibold whitespace-nowrap tabular-nums',
          positive ? 'text-brand-800' : 'text-slate-900',
        )}
      >
        {positive ? `+${amount}` : amount}
      </td>
    </tr>
  );
}
