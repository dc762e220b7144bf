import { Flame } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import type { OfferWithRates, RateLine } from '@/lib/catalog/store-detail';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import { formatDate, formatRateValue, pick } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';

type Props = { offers: OfferWithRates[]; locale: Locale; t: Translator };

function scopeText(line: RateLine, locale: Locale, t: Translator): string {
  const { rate } = line;
  switch (rate.scope) {
    case 'new_customers':
      return t('catalog.rate.scopes.newCustomers');
    case 'existing_customers':
      return t('catalog.rate.scopes.existingCustomers');
    case 'category':
      return t('catalog.rate.scopes.category', {
        category: pick(locale, rate.productCategoryFr ?? '', rate.productCategoryEn ?? ''),
      });
    default:
      return t('catalog.rate.scopes.all');
  }
}

/** Every rate of every offer in force, with its conditions and any boost. */
export function RateList({ offers, locale, t }: Props) {
  const money = (amountMinor: number, currency: string) =>
    formatMoney({ amountMinor, currency }, intlLocale[locale], { compact: true });
  return (
    <div className="flex flex-col gap-4">
      {offers.map((offer) => (
        <div key={offer.id} className="flex flex-col gap-2" data-testid="offer">
          {offers.length > 1 ? (
            <h3 className="font-semibold">{pick(locale, offer.titleFr, offer.titleEn)}</h3>
          ) : null}
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200">
            {offer.rates.map((line) => {
              const boosted = line.boost !== null;
              const label = pick(locale, line.rate.labelFr, line.rate.labelEn);
              return (
                <li
                  key={line.rate.id}
                  className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3"
                  data-testid="rate"
                >
                  <div className="min-w-0">
                    <p className="text-sm font-medium text-slate-900">
                      {label || scopeText(line, locale, t)}
                      {line.rate.minBasketMinor ? (
                        <span className="text-slate-600">
                          {' · '}
                          {t('catalog.rate.minBasket', {
                            amount: money(line.rate.minBasketMinor, line.rate.currency),
                          })}
                        </span>
                      ) : null}
                    </p>
                    {label && line.rate.scope === 'category' ? (
                      <p className="text-xs text-slate-500">{scopeText(line, locale, t)}</p>
                    ) : null}
                  </div>
                  <p className="flex items-baseline gap-2">
                    {boosted ? (
                      <Badge tone="boost" className="self-center">
                        <Flame aria-hidden="true" className="size-3.5" />
                        {pick(locale, line.boost!.labelFr, line.boost!.labelEn)}
                      </Badge>
                    ) : null}
                    <span
                      className={
                        boosted
                          ? 'font-display text-lg font-bold text-accent-700'
                          : 'font-display text-lg font-bold text-brand-700'
                      }
                    >
                      {formatRateValue(line.now, locale)}
                    </span>
                    {boosted ? (
                      <span className="text-sm text-slate-500">
                        <span className="sr-only">{t('catalog.rate.insteadLabel')} </span>
                        <s>{formatRateValue(line.usual, locale)}</s>
                      </span>
                    ) : null}
                  </p>
                </li>
              );
            })}
          </ul>
          {offer.minBasketMinor || offer.endsAt ? (
            <p className="text-xs text-slate-600">
              {offer.minBasketMinor
                ? t('catalog.rate.minBasket', { amount: money(offer.minBasketMinor, offer.currency) })
                : null}
              {offer.minBasketMinor && offer.endsAt ? ' · ' : null}
              {offer.endsAt ? t('catalog.rate.validUntil', { date: formatDate(offer.endsAt, locale) }) : null}
            </p>
          ) : null}
          {pick(locale, offer.conditionsFr, offer.conditionsEn) ? (
            <p className="text-xs text-slate-600">{pick(locale, offer.conditionsFr, offer.conditionsEn)}</p>
          ) : null}
          {pick(locale, offer.exclusionsFr, offer.exclusionsEn) ? (
            <p className="text-xs text-slate-600">
              {t('catalog.terms.exclusionsLine', {
                text: pick(locale, offer.exclusionsFr, offer.exclusionsEn),
              })}
            </p>
          ) : null}
        </div>
      ))}
    </div>
  );
}
