import { InlineActionForm } from '@/components/admin/ingestion/inline-action-form';
import { Badge } from '@/components/ui/badge';
import type { FormState } from '@/lib/auth/form-state';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import type { QueueItem } from '@/lib/withdrawals/withdrawal-queue';
import { AdminTable } from './admin-table';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The queue as a table: each request with its signals and the decisions still open on it. */
export function WithdrawalQueueList({
  items,
  viewerId,
  approve,
  hold,
  reject,
  locale,
  t,
}: {
  items: QueueItem[];
  viewerId: string;
  approve: Action;
  hold: Action;
  reject: Action;
  locale: Locale;
  t: Translator;
}) {
  const date = new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeStyle: 'short' });
  const reasonField = [
    { name: 'reason', label: t('payoutsAdmin.queue.reason'), type: 'text' as const, maxLength: 500 },
  ];
  return (
    <AdminTable
      columns={[
        { label: t('payoutsAdmin.queue.date') },
        { label: t('payoutsAdmin.queue.member') },
        { label: t('payoutsAdmin.queue.amount'), numeric: true },
        { label: t('payoutsAdmin.queue.method') },
        { label: t('payoutsAdmin.queue.signalsTitle') },
        { label: t('payoutsAdmin.queue.actions') },
      ]}
    >
      {items.map((item) => {
        const open = item.status === 'requested' || item.status === 'on_hold';
        const label = `${formatMoney({ amountMinor: item.amountMinor, currency: item.currency }, intlLocale[locale])} ${item.memberEmail}`;
        return (
          <tr key={item.id} className="border-t border-slate-200 align-top" data-testid="withdrawal-row">
            <td className="py-2 pr-4 whitespace-nowrap">{date.format(item.createdAt)}</td>
            <td className="py-2 pr-4">
              <a className="text-brand-700 underline" href={`/admin/users/${item.userId}`}>
                {item.memberEmail}
              </a>
              <span className="block text-slate-500">
                {t('payoutsAdmin.queue.accountAge', { days: item.accountAgeDays })}
              </span>
            </td>
            <td className="py-2 pr-4 text-right font-semibold whitespace-nowrap tabular-nums">
              {formatMoney({ amountMinor: item.amountMinor, currency: item.currency }, intlLocale[locale])}
            </td>
            <td className="py-2 pr-4">
              {t(`withdrawals.kinds.${item.method}`)}
              <span className="block text-slate-500">{item.destinationLabel}</span>
            </td>
            <td className="py-2 pr-4">
              {item.signals.length > 0 ? (
                <ul className="flex flex-wrap gap-1">
                  {item.signals.map((signal) => (
                    <li key={signal}>
                      <Badge tone="boost">{t(`payoutsAdmin.queue.signals.${signal}`)}</Badge>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="text-slate-500">{t('payoutsAdmin.queue.noSignal')}</span>
              )}
            </td>
            <td className="py-2 pr-4">
              <span className="font-medium">{t(`withdrawals.status.${item.status}`)}</span>
              {item.holdNote ? <span className="block text-slate-500">{item.holdNote}</span> : null}
              {item.approvedBy && open ? (
                <span className="block text-slate-600">
                  {item.approvedBy === viewerId
                    ? t('payoutsAdmin.queue.yourFirstApproval')
                    : t('payoutsAdmin.queue.awaitingSecond')}
                </span>
              ) : null}
              {open ? (
                <div className="mt-2 flex flex-col gap-2">
                  {item.approvedBy === viewerId ? null : (
                    <InlineActionForm
                      action={approve}
                      hidden={{ withdrawalId: item.id }}
                      submitLabel={t(
                        item.approvedBy ? 'payoutsAdmin.queue.approveSecond' : 'payoutsAdmin.queue.approve',
                      )}
                      label={`${t('payoutsAdmin.queue.approve')} ${label}`}
                    />
                  )}
                  {item.status === 'requested' ? (
                    <InlineActionForm
                      action={hold}
                      hidden={{ withdrawalId: item.id }}
                      fields={reasonField}
                      submitLabel={t('payoutsAdmin.queue.hold')}
                      label={`${t('payoutsAdmin.queue.hold')} ${label}`}
                    />
                  ) : null}
                  <InlineActionForm
                    action={reject}
                    hidden={{ withdrawalId: item.id }}
                    fields={reasonField}
                    submitLabel={t('payoutsAdmin.queue.reject')}
                    label={`${t('payoutsAdmin.queue.reject')} ${label}`}
                  />
                </div>
              ) : null}
            </td>
          </tr>
        );
      })}
    </AdminTable>
  );
}
