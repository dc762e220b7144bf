import type { StoreDetail } from '@/lib/catalog/store-detail';
import { offeredTerms } from '@/lib/tracking/terms-snapshot';
import type { SplitTerms } from './types';

// What the store page's calculator needs: the terms a click would lock in now,
// built by the click's own function (offeredTerms) from the page's data, plus
// the questions worth asking the visitor (new or existing customer, product
// category) when some rate depends on the answer. The page does not load the
// network programme, so the terms are priced in the offers' currency: that
// of the first offer (the catalogue keeps one currency per merchant); offers
// in another currency are left out rather than compared across currencies.

export type CalculatorTerms = {
  terms: SplitTerms;
  currency: string;
  askNewCustomer: boolean;
  categories: Array<{ fr: string; en: string }>;
};

export function calculatorTerms(store: StoreDetail, now: Date): CalculatorTerms | null {
  const rates = store.offers.flatMap((offer) => offer.rates.map((line) => line.rate));
  const currency = store.offers.find((offer) => offer.rates.length > 0)?.currency;
  if (currency === undefined) return null;
  const offered = offeredTerms(
    {
      merchant: store.merchant,
      offers: store.offers.filter((offer) => offer.currency === currency),
      rates,
      boosts: store.boosts,
    },
    null,
    now,
  );
  const all = offered.offers.flatMap((offer) => offer.rates);
  const categories = new Map<string, { fr: string; en: string }>();
  for (const rate of all) {
    if (rate.scope === 'category' && rate.productCategoryFr && rate.productCategoryEn) {
      categories.set(rate.productCategoryFr, { fr: rate.productCategoryFr, en: rate.productCategoryEn });
    }
  }
  return {
    terms: { offers: offered.offers, program: { currency } },
    currency,
    askNewCustomer: all.some((rate) => rate.scope === 'new_customers' || rate.scope === 'existing_customers'),
    categories: [...categories.values()],
  };
}
