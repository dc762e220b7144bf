import { AuthForm } from '@/components/auth/auth-form';
import type { FormState } from '@/lib/auth/form-state';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import type { CharityOption, GiftCardOption } from '@/lib/withdrawals/payout-options';
import { AccountSection } from './account-section';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

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
  actions: { paypal: Action; sepa: Action; charity: Action; giftCard: Action };
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
  return (
    <AccountSection
      id="add-method"
      title={t('withdrawals.methods.add.title')}
      intro={t('withdrawals.methods.replaces')}
    >
      <div className="grid gap-8 lg:grid-cols-2">
        <div data-testid="add-paypal">
          <h3 className="mb-3 text-lg font-bold">{t('withdrawals.methods.add.paypal.title')}</h3>
          <AuthForm
            action={actions.paypal}
            submitLabel={t('withdrawals.methods.add.paypal.submit')}
            fields={[
              {
                name: 'paypalEmail',
                type: 'email',
                label: t('withdrawals.methods.add.paypal.email'),
                autoComplete: 'email',
                required: true,
              },
            ]}
          />
        </div>
        <div data-testid="add-sepa">
          <h3 className="mb-3 text-lg font-bold">{t('withdrawals.methods.add.sepa.title')}</h3>
          <AuthForm
            action={actions.sepa}
            submitLabel={t('withdrawals.methods.add.sepa.submit')}
            fields={[
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
            ]}
          />
        </div>
        <div data-testid="add-charity">
          <h3 className="mb-3 text-lg font-bold">{t('withdrawals.methods.add.charity.title')}</h3>
          {charities.length === 0 ? (
            <p className="text-slate-700">{t('withdrawals.methods.add.charity.none')}</p>
          ) : (
            <>
              <ul className="mb-4 flex flex-col gap-2 text-sm text-slate-600">
                {charities.map((charity) => (
                  <li key={charity.id}>
                    <span className="font-semibold text-slate-800">{charity.name}</span>
                    {' · '}
                    {locale === 'fr' ? charity.descriptionFr : charity.descriptionEn}
                  </li>
                ))}
              </ul>
              <AuthForm
                action={actions.charity}
                submitLabel={t('withdrawals.methods.add.charity.submit')}
                fields={[
                  {
                    name: 'charityId',
                    type: 'select',
                    label: t('withdrawals.methods.add.charity.charity'),
                    options: charities.map((charity) => ({ value: String(charity.id), label: charity.name })),
                  },
                ]}
              />
            </>
          )}
        </div>
        <div data-testid="add-gift-card">
          <h3 className="mb-3 text-lg font-bold">{t('withdrawals.methods.add.giftCard.title')}</h3>
          {giftCards.length === 0 ? (
            <p className="text-slate-700">{t('withdrawals.methods.add.giftCard.none')}</p>
          ) : (
            <AuthForm
              action={actions.giftCard}
              submitLabel={t('withdrawals.methods.add.giftCard.submit')}
              fields={[
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
              ]}
            />
          )}
        </div>
      </div>
    </AccountSection>
  );
}
