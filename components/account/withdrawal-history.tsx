import type { BadgeTone } from '@/components/ui/badge';
import type { WithdrawalStatus } from '@/db/schema';
import type { FormState } from '@/lib/auth/form-state';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import type { MemberWithdrawal } from '@/lib/withdrawals/member-withdrawals';
import { AccountSection } from './account-section';
import { WithdrawalList, type WithdrawalRow } from './withdrawal-list';

// Each withdrawal with its status, dates, masked destination and the reason
// for any hold, rejection or return; a cancel button while it is allowed.

const TONES: Record<WithdrawalStatus, BadgeTone> = {
  requested: 'neutral',
  on_hold: 'boost',
  approved: 'neutral',
  in_batch: 'neutral',
  paid: 'success',
  returned: 'boost',
  rejected: 'boost',
  cancelled: 'neutral',
};

export function WithdrawalHistory({
  t,
  locale,
  withdrawals,
  now,
  action,
}: {
  t: Translator;
  locale: Locale;
  withdrawals: MemberWithdrawal[];
  now: Date;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const rows = withdrawals.map((withdrawal): WithdrawalRow => {
    const notes: string[] = [];
    if (withdrawal.status === 'on_hold' && withdrawal.holdReason) {
      const expires = withdrawal.confirmationExpiresAt;
      if (withdrawal.holdReason === 'ops_review') {
        notes.push(t('withdrawals.list.holds.ops_review', { note: withdrawal.holdNote ?? '' }));
      } else if (expires && expires <= now) {
        notes.push(t('withdrawals.list.linkExpired'));
      } else {
        notes.push(
          t(`withdrawals.list.holds.${withdrawal.holdReason}`, {
            date: expires ? formatDateTime(expires, locale) : '',
          }),
        );
      }
    }
    if (withdrawal.rejectReason)
      notes.push(t('withdrawals.list.rejectReason', { reason: withdrawal.rejectReason }));
    if (withdrawal.returnReason)
      notes.push(t('withdrawals.list.returnReason', { reason: withdrawal.returnReason }));
    return {
      id: withdrawal.id,
      date: `${t('withdrawals.list.date')} ${formatDateTime(withdrawal.createdAt, locale)}`,
      amount: formatMoney(withdrawal, intlLocale[locale]),
      destination: `${t(`withdrawals.kinds.${withdrawal.method}`)} ${withdrawal.destinationLabel}`,
      status: t(`withdrawals.status.${withdrawal.status}`),
      tone: TONES[withdrawal.status],
      notes,
      timeline: withdrawal.events.map(
        (event) =>
          `${formatDateTime(event.at, locale)} · ${t(`withdrawals.status.${event.status}`)}${
            event.reason ? ` · ${event.reason}` : ''
          }`,
      ),
      cancelLabel: withdrawal.mayCancel ? t('withdrawals.list.cancel') : null,
    };
  });
  return (
    <AccountSection id="history" title={t('withdrawals.list.title')}>
      {rows.length === 0 ? (
        <p className="text-slate-700">{t('withdrawals.list.empty')}</p>
      ) : (
        <WithdrawalList
          rows={rows}
          labels={{ list: t('withdrawals.list.caption'), timeline: t('withdrawals.list.timeline') }}
          action={action}
        />
      )}
    </AccountSection>
  );
}
