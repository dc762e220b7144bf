import { assertCurrency, assertMinor, type Money } from '@/lib/money';
import { bestShare } from './best-share';
import { conversionCurrency } from './split-commission';
import type { CashbackEstimate, SplitConversion, SplitOptions, SplitTerms } from './types';

// The store page's calculator: "on a basket of 150 €, you would earn …". The
// commission is unknown before the purchase, so this is the split with the
// commission step left out: the member's share as the terms promise it
// (boosts, loyalty, the rate's cap and the boost's budget included). Kept as
// its own entry point rather than a "commission: null" flag on
// splitCommission, so the ledger's input type cannot carry an estimate by
// mistake. Pure: it runs in the browser.

export type EstimatePurchase = Omit<SplitConversion, 'sale' | 'commission'> & { sale: Money };

export function estimateCashback(
  terms: SplitTerms,
  purchase: EstimatePurchase,
  options: SplitOptions = {},
): CashbackEstimate {
  const currency = conversionCurrency(terms, null, {
    amountMinor: 0,
    currency: assertCurrency(purchase.sale.currency),
  });
  const saleMinor = assertMinor(purchase.sale.amountMinor);
  const share = bestShare(
    terms,
    {
      currency,
      saleMinor: Math.max(0, saleMinor),
      newCustomer: purchase.newCustomer,
      productCategory: purchase.productCategory,
    },
    null,
    options,
  );
  return {
    currency,
    saleMinor,
    memberMinor: share?.memberMinor ?? 0,
    appliedRateId: share?.rateId ?? null,
    appliedOfferId: share?.offerId ?? null,
    boostId: share?.boostId ?? null,
    boostExtraMinor: share?.boostExtraMinor ?? 0,
    explanation: share?.steps ?? [{ kind: 'no_rate' }],
  };
}
