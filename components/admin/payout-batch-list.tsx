import Link from 'next/link';
import type { PayoutBatch } from '@/db/schema';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';

/** The batches, newest first, each linking to its page. */
export function PayoutBatchList({
  batches,
  locale,
  t,
}: {
  batches: PayoutBatch[];
  locale: Locale;
  t: Translator;
}) {
  if (batches.length === 0) return <p className="text-slate-600">{t('payoutsAdmin.batches.empty')}</p>;
  const date = new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-slate-600">
          <tr>
            <th className="py-2 pr-4 font-medium">{t('payoutsAdmin.batches.id')}</th>
            <th className="py-2 pr-4 font-medium">{t('payoutsAdmin.batches.createdAt')}</th>
            <th className="py-2 pr-4 font-medium">{t('payoutsAdmin.batches.method')}</th>
            <th className="py-2 pr-4 text-right font-medium">{t('payoutsAdmin.batches.items')}</th>
            <th className="py-2 pr-4 text-right font-medium">{t('payoutsAdmin.batches.total')}</th>
            <th className="py-2 pr-4 font-medium">{t('payoutsAdmin.batches.status')}</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((batch) => (
            <tr key={batch.id} className="border-t border-slate-200" data-testid="payout-batch-row">
              <td className="py-2 pr-4">
                <Link className="text-brand-700 underline" href={`/admin/payouts/${batch.id}`}>
                  #{batch.id}
                </Link>
              </td>
              <td className="py-2 pr-4 whitespace-nowrap">{date.format(batch.createdAt)}</td>
              <td className="py-2 pr-4">{t(`withdrawals.kinds.${batch.method}`)}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{batch.itemCount}</td>
              <td className="py-2 pr-4 text-right font-semibold whitespace-nowrap tabular-nums">
                {formatMoney({ amountMinor: batch.totalMinor, currency: batch.currency }, intlLocale[locale])}
              </td>
              <td className="py-2 pr-4">{t(`payoutsAdmin.batches.statuses.${batch.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
