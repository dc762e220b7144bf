import { InlineActionForm } from '@/components/admin/ingestion/inline-action-form';
import type { FormState } from '@/lib/auth/form-state';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import type { AdjustmentRow } from '@/lib/ledger/adjustment-queue';
import { formatMoney } from '@/lib/money';
import { AdminTable } from './admin-table';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Adjustments as a table: who, how much, why, who asked and decided; approve/reject when still waiting. */
export function AdjustmentList({
  items,
  viewerId,
  approve,
  reject,
  locale,
  t,
  showMember = true,
}: {
  items: AdjustmentRow[];
  viewerId: string;
  approve?: Action;
  reject?: Action;
  locale: Locale;
  t: Translator;
  showMember?: boolean;
}) {
  const date = new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <AdminTable
      columns={[
        { label: t('ledger.queue.date') },
        showMember ? { label: t('ledger.queue.member') } : null,
        { label: t('ledger.queue.amount'), numeric: true },
        { label: t('ledger.queue.reason') },
        { label: t('ledger.queue.requestedBy') },
        { label: t('ledger.queue.status') },
      ]}
    >
      {items.map((item) => (
        <tr key={item.id} className="border-t border-slate-200 align-top" data-testid="adjustment-row">
          <td className="py-2 pr-4 whitespace-nowrap">{date.format(item.createdAt)}</td>
          {showMember ? (
            <td className="py-2 pr-4">
              {item.memberName ? (
                <a className="text-brand-700 underline" href={`/admin/users/${item.userId}`}>
                  {item.memberName}
                </a>
              ) : (
                t('admin.common.anonymised')
              )}
              {item.memberEmail ? <span className="block text-slate-500">{item.memberEmail}</span> : null}
            </td>
          ) : null}
          <td
            className={`py-2 pr-4 text-right font-semibold whitespace-nowrap tabular-nums ${item.amountMinor < 0 ? 'text-red-700' : 'text-emerald-700'}`}
          >
            {item.amountMinor > 0 ? '+' : ''}
            {formatMoney({ amountMinor: item.amountMinor, currency: item.currency }, locale)}
          </td>
          <td className="py-2 pr-4">{item.reason}</td>
          <td className="py-2 pr-4">
            {item.requestedByName}
            {item.decidedByName ? (
              <span className="block text-slate-500">
                {t('ledger.queue.decidedBy')} {item.decidedByName}
              </span>
            ) : null}
          </td>
          <td className="py-2 pr-4">
            <span className="font-medium">{t(`ledger.queue.statuses.${item.status}`)}</span>
            {item.status === 'awaiting_approval' && approve && reject ? (
              <div className="mt-2 flex flex-wrap gap-2">
                {item.requestedBy === viewerId ? (
                  <p className="text-slate-600">{t('ledger.queue.yours')}</p>
                ) : (
                  <InlineActionForm
                    action={approve}
                    hidden={{ adjustmentId: String(item.id) }}
                    submitLabel={t('ledger.queue.approve')}
                    label={`${t('ledger.queue.approve')} #${item.id}`}
                  />
                )}
                <InlineActionForm
                  action={reject}
                  hidden={{ adjustmentId: String(item.id) }}
                  submitLabel={t('ledger.queue.reject')}
                  label={`${t('ledger.queue.reject')} #${item.id}`}
                />
              </div>
            ) : null}
          </td>
        </tr>
      ))}
    </AdminTable>
  );
}
