import { AppError } from '@/lib/errors';
import { type MatchInput, matchingRates } from './matching-rates';
import { type RateShare, rateShare, type ShareContext } from './rate-share';
import {
  LOYALTY_BONUS_BPS_MAX,
  type LoyaltyBonus,
  NEUTRAL_LOYALTY,
  type SplitOptions,
  type SplitTerms,
} from './types';

// The rate the member is paid at: of the rates the purchase qualifies for,
// the one that pays the member most after every step (boost, loyalty, caps,
// commission, budget). Comparing final amounts rather than headline rates is
// what keeps the share monotone: a bigger basket only adds candidates and
// raises each one. Ties go to the cheaper one for us (less marketing expense,
// less boost budget), then to the first in the snapshot's order, so the same
// inputs always pick the same rate.

export function bestShare(
  terms: SplitTerms,
  match: MatchInput,
  commissionMinor: number | null,
  options: SplitOptions,
): RateShare | null {
  const context: ShareContext = {
    saleMinor: match.saleMinor,
    commissionMinor,
    loyalty: checkedLoyalty(options.loyaltyBonus ?? NEUTRAL_LOYALTY),
    boostBudgetRemainingMinor: options.boostBudgetRemainingMinor ?? {},
  };
  let best: RateShare | null = null;
  for (const matched of matchingRates(terms, match)) {
    const share = rateShare(matched, context);
    if (!best || isBetter(share, best)) best = share;
  }
  return best;
}

function isBetter(a: RateShare, b: RateShare): boolean {
  if (a.memberMinor !== b.memberMinor) return a.memberMinor > b.memberMinor;
  if (a.marketingExpenseMinor !== b.marketingExpenseMinor) {
    return a.marketingExpenseMinor < b.marketingExpenseMinor;
  }
  return a.boostExtraMinor < b.boostExtraMinor;
}

function checkedLoyalty(loyalty: LoyaltyBonus): LoyaltyBonus {
  const { bonusBps } = loyalty;
  if (!Number.isSafeInteger(bonusBps) || bonusBps < 0 || bonusBps > LOYALTY_BONUS_BPS_MAX) {
    throw new AppError(
      'unprocessable',
      `Loyalty bonus ${bonusBps} bps is outside 0..${LOYALTY_BONUS_BPS_MAX}`,
    );
  }
  return loyalty;
}
