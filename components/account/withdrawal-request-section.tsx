import { AuthForm } from '@/components/auth/auth-form';
import type { FormState } from '@/lib/auth/form-state';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import type { MemberPayoutMethod } from '@/lib/withdrawals/member-payout-methods';
import type { GiftCardOption } from '@/lib/withdrawals/payout-options';
import type { WithdrawalsConfig } from '@/lib/withdrawals/withdrawals-config';
import { AccountSection } from './account-section';

// The request form, with every minimum shown before the member types: per
// method, the card values in stock for gift cards, and the maximum. The form
// key is signed for this member; a double submit carries it twice and makes
// one withdrawal.

const MINIMUM_KINDS = ['paypal', 'sepa', 'charity'] as const;

export function WithdrawalRequestSection({
  t,
  locale,
  methods,
  giftCards,
  limits,
  availableMinor,
  formKey,
  action,
}: {
  t: Translator;
  locale: Locale;
  methods: MemberPayoutMethod[];
  giftCards: GiftCardOption[];
  limits: Pick<WithdrawalsConfig, 'minimumMinor' | 'maximumMinor'>;
  availableMinor: number;
  formKey: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const money = (amountMinor: number, currency = 'EUR') =>
    formatMoney({ amountMinor, currency }, intlLocale[locale]);
  const verified = methods.filter((method) => method.verified);
  const minimums = [
    ...MINIMUM_KINDS.map((kind) =>
      t(`withdrawals.minimums.${kind}`, { amount: money(limits.minimumMinor[kind]) }),
    ),
    ...giftCards.map((brand) =>
      brand.valuesMinor.length > 0
        ? t('withdrawals.minimums.giftCard', {
            brand: brand.name,
            values: brand.valuesMinor.map((value) => money(value, brand.currency)).join(', '),
          })
        : t('withdrawals.minimums.giftCardEmpty', { brand: brand.name }),
    ),
  ];
  return (
    <AccountSection
      id="request"
      title={t('withdrawals.request.title')}
      intro={t('withdrawals.request.intro')}
    >
      <div className="mb-5 rounded-xl bg-slate-50 px-4 py-3 text-sm text-slate-700" data-testid="minimums">
        <p className="font-semibold text-slate-800">{t('withdrawals.minimums.title')}</p>
        <ul className="mt-1 list-disc pl-5">
          {minimums.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="mt-1">{t('withdrawals.minimums.maximum', { amount: money(limits.maximumMinor) })}</p>
      </div>
      {verified.length === 0 ? (
        <p className="text-slate-700">{t('withdrawals.request.noMethod')}</p>
      ) : availableMinor <= 0 ? (
        <p className="text-slate-700">{t('withdrawals.request.nothing')}</p>
      ) : (
        <AuthForm
          action={action}
          submitLabel={t('withdrawals.request.submit')}
          fields={[
            {
              name: 'payoutMethodId',
              type: 'select',
              label: t('withdrawals.request.method'),
              options: verified.map((method) => ({
                value: method.id,
                label: `${t(`withdrawals.kinds.${method.kind}`)} · ${method.label}`,
              })),
            },
            {
              name: 'amount',
              type: 'text',
              label: t('withdrawals.request.amount'),
              autoComplete: 'off',
              hint: t('withdrawals.request.amountHint', {
                minimums: MINIMUM_KINDS.map(
                  (kind) => `${t(`withdrawals.kinds.${kind}`)} ${money(limits.minimumMinor[kind])}`,
                ).join(', '),
              }),
            },
            {
              name: 'all',
              type: 'checkbox',
              label: t('withdrawals.request.all', { amount: money(availableMinor) }),
            },
            { name: 'formKey', type: 'hidden', label: '', defaultValue: formKey },
          ]}
        />
      )}
    </AccountSection>
  );
}
