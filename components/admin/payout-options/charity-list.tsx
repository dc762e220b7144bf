import { Badge } from '@/components/ui/badge';
import type { FormState } from '@/lib/auth/form-state';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import type { CharityAdminRow } from '@/lib/payout-options/charity-admin-list';
import { RowButton } from './row-button';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  charities: CharityAdminRow[];
  actions: { setActive: Action; makeDefault: Action };
  locale: Locale;
  t: Translator;
};

/** Every charity (the default first), what it has received, and its buttons; each answer shows on its row. */
export function CharityList({ charities, actions, locale, t }: Props) {
  if (charities.length === 0) return <p className="text-slate-600">{t('payoutOptions.charities.empty')}</p>;
  return (
    <ul
      aria-label={t('payoutOptions.charities.listLabel')}
      className="flex flex-col divide-y divide-slate-200"
    >
      {charities.map((charity) => (
        <li
          key={charity.id}
          data-testid="charity-row"
          aria-label={charity.name}
          className="flex min-w-0 flex-col gap-2 py-4 first:pt-0 last:pb-0"
        >
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-bold break-words text-slate-900">{charity.name}</h3>
            {charity.isDefault ? <Badge tone="success">{t('payoutOptions.charities.default')}</Badge> : null}
            <Badge tone={charity.active ? 'neutral' : 'boost'}>
              {t(charity.active ? 'payoutOptions.active' : 'payoutOptions.inactive')}
            </Badge>
          </div>
          <dl className="grid min-w-0 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="text-slate-500">{t('payoutOptions.slug')}</dt>
            <dd className="font-mono break-all text-slate-800">{charity.slug}</dd>
            <dt className="text-slate-500">{t('payoutOptions.charities.descriptionFr')}</dt>
            <dd lang="fr" className="break-words text-slate-800">
              {charity.descriptionFr}
            </dd>
            <dt className="text-slate-500">{t('payoutOptions.charities.descriptionEn')}</dt>
            <dd lang="en" className="break-words text-slate-800">
              {charity.descriptionEn}
            </dd>
            <dt className="text-slate-500">{t('payoutOptions.charities.website')}</dt>
            <dd className="break-all">
              {charity.websiteUrl ? (
                <a
                  href={charity.websiteUrl}
                  rel="noopener noreferrer"
                  target="_blank"
                  className="text-brand-700 underline"
                >
                  {charity.websiteUrl}
                </a>
              ) : (
                <span className="text-slate-500">{t('payoutOptions.charities.noWebsite')}</span>
              )}
            </dd>
          </dl>
          <p data-testid="charity-donations" className="text-sm text-slate-700">
            {charity.donations.length === 0
              ? t('payoutOptions.charities.donations', { count: 0, total: '' })
              : charity.donations
                  .map((given) =>
                    t('payoutOptions.charities.donations', {
                      count: given.count,
                      total: formatMoney(
                        { amountMinor: given.totalMinor, currency: given.currency },
                        intlLocale[locale],
                      ),
                    }),
                  )
                  .join(' · ')}
          </p>
          <div className="flex flex-wrap gap-2">
            {(
              [
                ['deactivate', actions.setActive, { active: 'false' }, charity.active],
                ['reactivate', actions.setActive, { active: 'true' }, !charity.active],
                ['makeDefault', actions.makeDefault, {}, charity.active && !charity.isDefault],
              ] as const
            ).map(([button, action, extra, enabled]) => {
              const label = t(`payoutOptions.charities.${button}`);
              return (
                <RowButton
                  key={button}
                  action={action}
                  hidden={{ id: String(charity.id), ...extra }}
                  label={label}
                  formLabel={t('payoutOptions.charities.actionsFor', { action: label, name: charity.name })}
                  enabled={enabled}
                />
              );
            })}
          </div>
        </li>
      ))}
    </ul>
  );
}
