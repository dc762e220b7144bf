import type { FormState } from '@/lib/auth/form-state';
import type { Translator } from '@/lib/i18n/translate';
import type { MemberPayoutMethod } from '@/lib/withdrawals/member-payout-methods';
import { AccountSection } from './account-section';
import { PayoutMethodList, type PayoutMethodRow } from './payout-method-list';

/** The member's saved payout methods: masked details and their state (confirmed, waiting, recently added). */
export function PayoutMethodSection({
  t,
  methods,
  action,
}: {
  t: Translator;
  methods: MemberPayoutMethod[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const rows = methods.map((method): PayoutMethodRow => {
    const kind = t(`withdrawals.kinds.${method.kind}`);
    const notes: string[] = [];
    if (!method.verified)
      notes.push(
        t(method.linkExpired ? 'withdrawals.methods.linkExpired' : 'withdrawals.methods.unverified'),
      );
    else if (method.recentlyChanged) notes.push(t('withdrawals.methods.recent'));
    return {
      id: method.id,
      kind,
      label: method.label,
      verified: method.verified,
      state: t(method.verified ? 'withdrawals.methods.verified' : 'withdrawals.methods.pending'),
      notes,
      archiveLabel: `${t('withdrawals.methods.archive')} · ${kind} ${method.label}`,
    };
  });
  return (
    <AccountSection
      id="methods"
      title={t('withdrawals.methods.title')}
      intro={t('withdrawals.methods.intro')}
    >
      {rows.length === 0 ? (
        <p className="text-slate-700">{t('withdrawals.methods.empty')}</p>
      ) : (
        <PayoutMethodList
          rows={rows}
          labels={{ list: t('withdrawals.methods.title'), archive: t('withdrawals.methods.archive') }}
          action={action}
        />
      )}
    </AccountSection>
  );
}
