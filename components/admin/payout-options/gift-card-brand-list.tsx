import { Badge } from '@/components/ui/badge';
import type { FormState } from '@/lib/auth/form-state';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import type { GiftCardBrandStock } from '@/lib/payout-options/gift-card-stock';
import { RowButton } from './row-button';

type Props = {
  brands: GiftCardBrandStock[];
  setActive: (state: FormState, formData: FormData) => Promise<FormState>;
  locale: Locale;
  t: Translator;
};

/** Each brand with its stock per value (counts, never a code) and its activate/deactivate button. */
export function GiftCardBrandList({ brands, setActive, locale, t }: Props) {
  if (brands.length === 0) return <p className="text-slate-600">{t('payoutOptions.giftCards.empty')}</p>;
  return (
    <ul
      aria-label={t('payoutOptions.giftCards.listLabel')}
      className="flex flex-col divide-y divide-slate-200"
    >
      {brands.map((brand) => {
        return (
          <li
            key={brand.id}
            data-testid="gift-card-brand"
            aria-label={brand.name}
            className="flex min-w-0 flex-col gap-2 py-4 first:pt-0 last:pb-0"
          >
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="font-bold break-words text-slate-900">{brand.name}</h3>
              <Badge>{brand.currency}</Badge>
              <Badge tone={brand.active ? 'neutral' : 'boost'}>
                {t(brand.active ? 'payoutOptions.active' : 'payoutOptions.inactive')}
              </Badge>
            </div>
            <dl className="flex flex-wrap gap-x-2 text-sm">
              <dt className="text-slate-500">{t('payoutOptions.slug')}</dt>
              <dd className="font-mono break-all text-slate-800">{brand.slug}</dd>
            </dl>
            {brand.values.length === 0 ? (
              <p className="text-sm text-slate-600">{t('payoutOptions.giftCards.noStock')}</p>
            ) : (
              <div className="max-w-full overflow-x-auto">
                <table className="w-full max-w-lg text-left text-sm">
                  <caption className="sr-only">
                    {t('payoutOptions.giftCards.stockLabel', { brand: brand.name })}
                  </caption>
                  <thead className="text-slate-600">
                    <tr>
                      <th scope="col" className="py-1 pr-3 font-medium">
                        {t('payoutOptions.giftCards.value')}
                      </th>
                      <th scope="col" className="py-1 pr-3 text-right font-medium">
                        {t('payoutOptions.giftCards.inStock')}
                      </th>
                      <th scope="col" className="py-1 pr-3 text-right font-medium">
                        {t('payoutOptions.giftCards.handedOut')}
                      </th>
                      <th scope="col" className="py-1 text-right font-medium">
                        {t('payoutOptions.giftCards.expired')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {brand.values.map((value) => (
                      <tr
                        key={value.valueMinor}
                        data-testid="stock-value"
                        className="border-t border-slate-200"
                      >
                        <th scope="row" className="py-1 pr-3 font-semibold whitespace-nowrap tabular-nums">
                          {formatMoney(
                            { amountMinor: value.valueMinor, currency: brand.currency },
                            intlLocale[locale],
                          )}
                        </th>
                        <td className="py-1 pr-3 text-right tabular-nums">{value.inStock}</td>
                        <td className="py-1 pr-3 text-right tabular-nums">{value.handedOut}</td>
                        <td className="py-1 text-right tabular-nums">{value.expired}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <div className="flex flex-wrap gap-2">
              {(
                [
                  ['deactivate', 'false', brand.active],
                  ['reactivate', 'true', !brand.active],
                ] as const
              ).map(([button, active, enabled]) => {
                const label = t(`payoutOptions.giftCards.${button}`);
                return (
                  <RowButton
                    key={button}
                    action={setActive}
                    hidden={{ id: String(brand.id), active }}
                    label={label}
                    formLabel={t('payoutOptions.giftCards.actionsFor', { action: label, name: brand.name })}
                    enabled={enabled}
                  />
                );
              })}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
