import { AppError } from '@/lib/errors';
import { applyRateBps, assertMinor } from '@/lib/money';
import type { MatchedRate } from './matching-rates';
import type { LoyaltyBonus, SplitBoost, SplitRate, SplitStep, StepValue } from './types';

// What one rate pays the member, step by step:
//   base (percent of sale, rounded down, or the fixed amount)
//   → boost (its value replaces the base when larger)
//   → loyalty bonus (+bonusBps of that, rounded down)
//   → the rate's cap per conversion
//   → the commission (the member never gets more, unless the rate is subsidised;
//     a commission of zero or less leaves nothing to share, subsidised or not)
//   → the boost's budget: what the boost adds to the final amount is limited
//     to what is left of its budget.
// Every step is a non-decreasing function of the sale (floor, max, min, a
// fixed amount), so the member's share never drops when the basket grows:
// the ledger recomputes a conversion from its new totals and posts the
// difference, and a larger sale must never take cashback away.

export type ShareContext = {
  /** The sale clamped at zero; null when the network gave none. */
  saleMinor: number | null;
  /** null: an estimate (the store page), no commission to cap at. */
  commissionMinor: number | null;
  loyalty: LoyaltyBonus;
  boostBudgetRemainingMinor: Readonly<Record<number, number>>;
};

export type RateShare = {
  offerId: number;
  rateId: number;
  memberMinor: number;
  marketingExpenseMinor: number;
  boostId: number | null;
  boostExtraMinor: number;
  steps: SplitStep[];
};

export function rateShare({ offerId, rate }: MatchedRate, context: ShareContext): RateShare {
  const boost = usableBoost(rate);
  const full = beforeCommission(rate, boost, context);
  const plain = boost ? beforeCommission(rate, null, context) : full;
  const steps = [...full.steps];

  const subsidised = rate.subsidised === true;
  const { commissionMinor } = context;
  const limit = (valueMinor: number): number => {
    if (commissionMinor === null) return valueMinor;
    if (commissionMinor <= 0) return 0;
    return subsidised ? valueMinor : Math.min(valueMinor, commissionMinor);
  };
  const fullMinor = limit(full.valueMinor);
  if (commissionMinor !== null && fullMinor < full.valueMinor) {
    steps.push(
      commissionMinor <= 0
        ? { kind: 'no_commission', commissionMinor, resultMinor: 0 }
        : { kind: 'commission_cap', commissionMinor, resultMinor: fullMinor },
    );
  }

  let memberMinor = fullMinor;
  let boostExtraMinor = 0;
  if (boost) {
    const plainMinor = limit(plain.valueMinor);
    boostExtraMinor = fullMinor - plainMinor;
    const budgetMinor = boost.budgetMinor ?? null;
    if (budgetMinor !== null) {
      const remainingMinor = Math.max(
        0,
        assertMinor(context.boostBudgetRemainingMinor[boost.id] ?? budgetMinor),
      );
      if (boostExtraMinor > remainingMinor) {
        boostExtraMinor = remainingMinor;
        memberMinor = plainMinor + remainingMinor;
        steps.push({ kind: 'boost_budget', remainingMinor, resultMinor: memberMinor });
      }
    }
  }

  let marketingExpenseMinor = 0;
  if (subsidised && commissionMinor !== null && commissionMinor > 0 && memberMinor > commissionMinor) {
    marketingExpenseMinor = memberMinor - commissionMinor;
    steps.push({ kind: 'subsidy', commissionMinor, marketingExpenseMinor });
  }

  return {
    offerId,
    rateId: rate.id,
    memberMinor,
    marketingExpenseMinor,
    boostId: boost?.id ?? null,
    boostExtraMinor,
    steps,
  };
}

/** The boost the rate carries, when it has a value of the rate's kind (as the store page shows it). */
function usableBoost(rate: SplitRate): SplitBoost | null {
  const boost = rate.boost;
  if (!boost) return null;
  if (rate.kind === 'percent' && boost.boostedRateBps !== null) return boost;
  if (rate.kind === 'fixed' && boost.boostedAmountMinor !== null) return boost;
  return null;
}

function rateValue(rate: SplitRate): StepValue {
  return rate.kind === 'percent'
    ? { kind: 'percent', rateBps: bps(rate.rateBps ?? 0) }
    : { kind: 'fixed', amountMinor: assertMinor(rate.amountMinor ?? 0) };
}

function boostValue(rate: SplitRate, boost: SplitBoost): StepValue {
  return rate.kind === 'percent'
    ? { kind: 'percent', rateBps: bps(boost.boostedRateBps ?? 0) }
    : { kind: 'fixed', amountMinor: assertMinor(boost.boostedAmountMinor ?? 0) };
}

function amountOf(value: StepValue, saleMinor: number | null): number {
  const minor =
    value.kind === 'percent' ? applyRateBps(saleMinor ?? 0, value.rateBps, 'floor') : value.amountMinor;
  return Math.max(0, minor);
}

function beforeCommission(
  rate: SplitRate,
  boost: SplitBoost | null,
  context: ShareContext,
): { valueMinor: number; steps: SplitStep[] } {
  const base = rateValue(rate);
  let valueMinor = amountOf(base, context.saleMinor);
  const steps: SplitStep[] = [
    {
      kind: 'rate',
      rateId: rate.id,
      value: base,
      saleMinor: base.kind === 'percent' ? context.saleMinor : null,
      scope: rate.scope,
      categoryFr: rate.scope === 'category' ? rate.productCategoryFr : null,
      categoryEn: rate.scope === 'category' ? rate.productCategoryEn : null,
      minBasketMinor: rate.minBasketMinor,
      resultMinor: valueMinor,
    },
  ];

  if (boost) {
    const to = boostValue(rate, boost);
    valueMinor = Math.max(valueMinor, amountOf(to, context.saleMinor));
    steps.push({
      kind: 'boost',
      boostId: boost.id,
      labelFr: boost.labelFr,
      labelEn: boost.labelEn,
      from: base,
      to,
      resultMinor: valueMinor,
    });
  }

  const { loyalty } = context;
  if (loyalty.bonusBps > 0) {
    valueMinor += applyRateBps(valueMinor, loyalty.bonusBps, 'floor');
    steps.push({ kind: 'loyalty', tier: loyalty.tier, bonusBps: loyalty.bonusBps, resultMinor: valueMinor });
  }

  const capMinor = rate.capMinor ?? null;
  if (capMinor !== null && valueMinor > assertMinor(capMinor)) {
    valueMinor = Math.max(0, capMinor);
    steps.push({ kind: 'rate_cap', capMinor, resultMinor: valueMinor });
  }
  return { valueMinor, steps };
}

function bps(value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new AppError('unprocessable', `Rate ${value} is not a whole, non-negative number of bps`);
  }
  return value;
}
