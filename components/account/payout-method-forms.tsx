import type { FormState } from '@/lib/auth/form-state';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import type { CharityOption, GiftCardOption } from '@/lib/withdrawals/payout-options';
import { AccountSection } from './account-section';
import { AddPayoutMethodCard, type AddPayoutMethodCardProps } from './add-payout-method-card';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type MethodKind = 'paypal' | 'sepa' | 'charity' | 'giftCard';
type Method = { kind: MethodKind } & Omit<AddPayoutMethodCardProps, 'title' | 'submitLabel'>;

/** The four "add a payout method" forms; each saves a method and e-mails its confirmation link. */
export function PayoutMethodForms({
  t,
  locale,
  emailVerified,
  charities,
  giftCards,
  actions,
}: {
  t: Translator;
  locale: Locale;
  emailVerified: boolean;
  charities: CharityOption[];
  giftCards: GiftCardOption[];
  actions: Record<MethodKind, Action>;
}) {
  if (!emailVerified) {
    return (
      <AccountSection id="add-method" title={t('withdrawals.methods.add.title')}>
        <p className="text-slate-700">{t('withdrawals.methods.emailFirst')}</p>
      </AccountSection>
    );
  }
  const values = (brand: GiftCardOption) =>
    brand.valuesMinor.map((value) =>
      formatMoney({ amountMinor: value, currency: brand.currency }, intlLocale[locale]),
    );
  const methods: Method[] = [
    {
      kind: 'paypal',
      testId: 'add-paypal',
      action: actions.paypal,
      fields: [
        {
          name: 'paypalEmail',
          type: 'email',
          label: t('withdrawals.methods.add.paypal.email'),
          autoComplete: 'email',
          required: true,
        },
      ],
    },
    {
      kind: 'sepa',
      testId: 'add-sepa',
      action: actions.sepa,
      fields: [
        {
          name: 'holderName',
          type: 'text',
          label: t('withdrawals.methods.add.sepa.holderName'),
          autoComplete: 'name',
          required: true,
        },
        {
          name: 'iban',
          type: 'text',
          label: t('withdrawals.methods.add.sepa.iban'),
          hint: t('withdrawals.methods.add.sepa.ibanHint'),
          autoComplete: 'off',
          required: true,
        },
        {
          name: 'bic',
          type: 'text',
          label: t('withdrawals.methods.add.sepa.bic'),
          hint: t('withdrawals.methods.add.sepa.bicHint'),
          autoComplete: 'off',
        },
      ],
    },
    {
      kind: 'charity',
      testId: 'add-charity',
      action: actions.charity,
      unavailable: charities.length === 0 ? t('withdrawals.methods.add.charity.none') : undefined,
      intro: <CharityList charities={charities} locale={locale} />,
      fields: [
        {
          name: 'charityId',
          type: 'select',
          label: t('withdrawals.methods.add.charity.charity'),
          options: charities.map((charity) => ({ value: String(charity.id), label: charity.name })),
        },
      ],
    },
    {
      kind: 'giftCard',
      testId: 'add-gift-card',
      action: actions.giftCard,
      unavailable: giftCards.length === 0 ? t('withdrawals.methods.add.giftCard.none') : undefined,
      fields: [
        {
          name: 'giftCardBrandId',
          type: 'select',
          label: t('withdrawals.methods.add.giftCard.brand'),
          options: giftCards.map((brand) => ({
            value: String(brand.id),
            label:
              brand.valuesMinor.length > 0
                ? t('withdrawals.methods.add.giftCard.values', {
                    brand: brand.name,
                    values: values(brand).join(', '),
                  })
                : t('withdrawals.methods.add.giftCard.outOfStock', { brand: brand.name }),
          })),
        },
      ],
    },
  ];
  return (
    <AccountSection
      id="add-method"
      title={t('withdrawals.methods.add.title')}
      intro={t('withdrawals.methods.replaces')}
    >
      <div className="grid gap-8 lg:grid-cols-2">
        {methods.map(({ kind, ...card }) => (
          <AddPayoutMethodCard
            key={kind}
            title={t(`withdrawals.methods.add.${kind}.title`)}
            submitLabel={t(`withdrawals.methods.add.${kind}.submit`)}
            {...card}
          />
        ))}
      </div>
    </AccountSection>
  );
}

/** What each charity does, above the choice. */
function CharityList({ charities, locale }: { charities: CharityOption[]; locale: Locale }) {
  return (
    <ul className="mb-4 flex flex-col gap-2 text-sm text-slate-600">
      {charities.map((charity) => (
        <li key={charity.id}>
          <span className="font-semibold text-slate-800">{charity.name}</span>
          {' · '}
          {locale === 'fr' ? charity.descriptionFr : charity.descriptionEn}
        </li>
      ))}
    </ul>
  );
}
