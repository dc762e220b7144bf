import { InlineActionForm } from '@/components/admin/ingestion/inline-action-form';
import type { FormState } from '@/lib/auth/form-state';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import type { BatchItemView } from '@/lib/withdrawals/payout-batch-views';
import { AdminTable } from './admin-table';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** A batch's withdrawals with their outcome; a pending one can be marked paid or returned, a paid one returned. */
export function PayoutBatchItems({
  batchId,
  items,
  markPaid,
  markReturned,
  locale,
  t,
}: {
  batchId: number;
  items: BatchItemView[];
  markPaid: Action;
  markReturned: Action;
  locale: Locale;
  t: Translator;
}) {
  return (
    <AdminTable
      columns={[
        { label: t('payoutsAdmin.batch.member') },
        { label: t('payoutsAdmin.batch.amount'), numeric: true },
        { label: t('payoutsAdmin.batch.destination') },
        { label: t('payoutsAdmin.batch.reference') },
        { label: t('payoutsAdmin.batch.status') },
      ]}
    >
      {items.map((item) => {
        const hidden = { batchId: String(batchId), withdrawalId: item.withdrawalId };
        return (
          <tr
            key={item.withdrawalId}
            className="border-t border-slate-200 align-top"
            data-testid="payout-item-row"
          >
            <td className="py-2 pr-4">
              <a className="text-brand-700 underline" href={`/admin/users/${item.userId}`}>
                {item.memberEmail}
              </a>
            </td>
            <td className="py-2 pr-4 text-right font-semibold whitespace-nowrap tabular-nums">
              {formatMoney({ amountMinor: item.amountMinor, currency: item.currency }, intlLocale[locale])}
            </td>
            <td className="py-2 pr-4">{item.destinationLabel}</td>
            <td className="py-2 pr-4 font-mono text-xs">{item.reference}</td>
            <td className="py-2 pr-4">
              <span className="font-medium">{t(`payoutsAdmin.batches.itemStatuses.${item.status}`)}</span>
              {item.failureReason ? <span className="block text-slate-500">{item.failureReason}</span> : null}
              <div className="mt-2 flex flex-col gap-2">
                {item.status === 'pending' ? (
                  <InlineActionForm
                    action={markPaid}
                    hidden={hidden}
                    submitLabel={t('payoutsAdmin.batch.markPaid')}
                    label={`${t('payoutsAdmin.batch.markPaid')} ${item.memberEmail}`}
                  />
                ) : null}
                {item.status !== 'returned' ? (
                  <InlineActionForm
                    action={markReturned}
                    hidden={hidden}
                    fields={[
                      {
                        name: 'reason',
                        label: t('payoutsAdmin.batch.returnReason'),
                        type: 'text',
                        maxLength: 500,
                      },
                    ]}
                    submitLabel={t('payoutsAdmin.batch.markReturned')}
                    label={`${t('payoutsAdmin.batch.markReturned')} ${item.memberEmail}`}
                  />
                ) : null}
              </div>
            </td>
          </tr>
        );
      })}
    </AdminTable>
  );
}
