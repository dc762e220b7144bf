import { AppError } from '@/lib/errors';
import type { Currency } from '@/lib/money';
import type { SplitRate, SplitTerms } from './types';

// Which of the snapshot's rates a purchase qualifies for. The split then pays
// the best of them for the member (lib/split/split-commission.ts): that is
// what the store page's "jusqu'à" promises, so a purchase that meets several
// rules (a basket tier and a new-customer rate, say) gets the most generous.
//
// - scope 'all' always matches; 'new_customers' / 'existing_customers' only
//   when the network said which (newCustomer null matches neither);
//   'category' when the purchase's category equals the rate's French or
//   English name, ignoring case, accents and spacing.
// - A basket tier (rate.minBasketMinor) and an offer's minimum basket need a
//   sale of at least that amount; a purchase without a sale amount meets none.
// - A percent rate needs a sale amount.

export type MatchInput = {
  currency: Currency;
  /** The sale, clamped at zero; null when the network gave none. */
  saleMinor: number | null;
  newCustomer: boolean | null;
  productCategory: string | null;
};

export type MatchedRate = { offerId: number; rate: SplitRate };

export function matchingRates(terms: SplitTerms, input: MatchInput): MatchedRate[] {
  const category = input.productCategory === null ? null : foldCategory(input.productCategory);
  const matched: MatchedRate[] = [];
  for (const offer of terms.offers) {
    for (const rate of offer.rates) {
      if (!scopeMatches(rate, input.newCustomer, category)) continue;
      assertRateCurrency(rate, input.currency);
      if (offer.minBasketMinor !== null) {
        assertCurrency(offer.currency, input.currency, `offer ${offer.id}'s minimum basket`);
        if (!meets(input.saleMinor, offer.minBasketMinor)) continue;
      }
      if (rate.minBasketMinor !== null && !meets(input.saleMinor, rate.minBasketMinor)) continue;
      if (rate.kind === 'percent' && (rate.rateBps === null || input.saleMinor === null)) continue;
      if (rate.kind === 'fixed' && rate.amountMinor === null) continue;
      matched.push({ offerId: offer.id, rate });
    }
  }
  return matched;
}

function scopeMatches(rate: SplitRate, newCustomer: boolean | null, category: string | null): boolean {
  switch (rate.scope) {
    case 'all':
      return true;
    case 'new_customers':
      return newCustomer === true;
    case 'existing_customers':
      return newCustomer === false;
    case 'category':
      return (
        category !== null &&
        [rate.productCategoryFr, rate.productCategoryEn].some(
          (name) => name !== null && foldCategory(name) === category,
        )
      );
  }
}

function meets(saleMinor: number | null, thresholdMinor: number): boolean {
  return saleMinor !== null && saleMinor >= thresholdMinor;
}

/** "Électroménager " and "electromenager" are one category. */
export function foldCategory(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A rate whose amounts (a fixed value, a basket tier, a cap, a boosted amount
 * or a boost budget) are in another currency than the conversion cannot be
 * compared with it: refuse rather than guess an exchange rate. A plain
 * percentage carries no amount, so its currency column does not matter.
 */
function assertRateCurrency(rate: SplitRate, currency: Currency): void {
  const boost = rate.boost;
  const hasAmounts =
    rate.kind === 'fixed' ||
    rate.minBasketMinor !== null ||
    (rate.capMinor ?? null) !== null ||
    (boost !== null && (boost.boostedAmountMinor !== null || (boost.budgetMinor ?? null) !== null));
  if (hasAmounts) assertCurrency(rate.currency, currency, `rate ${rate.id}`);
}

function assertCurrency(actual: string, expected: Currency, what: string): void {
  if (actual !== expected) {
    throw new AppError(
      'unprocessable',
      `Currency mismatch: ${what} is in ${actual}, the conversion in ${expected}`,
    );
  }
}
