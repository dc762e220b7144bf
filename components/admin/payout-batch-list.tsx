import Link from 'next/link';
import type { PayoutBatch } from '@/db/schema';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import { AdminTable } from './admin-table';

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
    <AdminTable
      columns={[
        { label: t('payoutsAdmin.batches.id') },
        { label: t('payoutsAdmin.batches.createdAt') },
        { label: t('payoutsAdmin.batches.method') },
        { label: t('payoutsAdmin.batches.items'), numeric: true },
        { label: t('payoutsAdmin.batches.total'), numeric: true },
        { label: t('payoutsAdmin.batches.status') },
      ]}
    >
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
    </AdminTable>
  );
}
