import { AuthForm } from '@/components/auth/auth-form';
import { Card } from '@/components/ui/card';
import type { UserDetail } from '@/lib/admin/user-detail';
import type { FormState } from '@/lib/auth/form-state';
import type { Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import type { AdjustmentRow } from '@/lib/ledger/adjustment-queue';
import { formatMoney } from '@/lib/money';
import { AdjustmentList } from './adjustment-list';

type Props = {
  user: UserDetail['user'];
  viewerId: string;
  adjustments: AdjustmentRow[];
  secondApprovalFromMinor: number;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  locale: Locale;
  t: Translator;
};

/** On a member's page: credit or debit their available balance with a reason, and their past adjustments. */
export function AdjustmentSection({
  user,
  viewerId,
  adjustments,
  secondApprovalFromMinor,
  action,
  locale,
  t,
}: Props) {
  const editable = !user.deletedAt && user.id !== viewerId;
  return (
    <Card as="section" aria-labelledby="adjust-title" className="flex flex-col gap-4">
      <h2 id="adjust-title" className="text-lg font-bold">
        {t('ledger.adjust.title')}
      </h2>
      <p className="text-sm text-slate-600">
        {user.deletedAt
          ? t('ledger.adjust.deleted')
          : t('ledger.adjust.intro', {
              threshold: formatMoney({ amountMinor: secondApprovalFromMinor, currency: 'EUR' }, locale),
            })}
      </p>
      {editable ? (
        <AuthForm
          action={action}
          submitLabel={t('ledger.adjust.submit')}
          fields={[
            { name: 'userId', type: 'hidden', label: '', defaultValue: user.id },
            {
              name: 'direction',
              type: 'select',
              label: t('ledger.adjust.direction'),
              defaultValue: 'credit',
              options: [
                { value: 'credit', label: t('ledger.adjust.credit') },
                { value: 'debit', label: t('ledger.adjust.debit') },
              ],
            },
            { name: 'amount', type: 'text', label: t('ledger.adjust.amount'), hint: '12,50', required: true },
            {
              name: 'currency',
              type: 'select',
              label: t('ledger.adjust.currency'),
              defaultValue: 'EUR',
              options: ['EUR', 'GBP', 'USD', 'CHF'].map((code) => ({ value: code, label: code })),
            },
            { name: 'reason', type: 'text', label: t('ledger.adjust.reason'), required: true },
          ]}
        />
      ) : null}
      {adjustments.length > 0 ? (
        <AdjustmentList items={adjustments} viewerId={viewerId} locale={locale} t={t} showMember={false} />
      ) : null}
    </Card>
  );
}
