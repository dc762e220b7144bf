import type { Money } from '@/lib/money';

// The headline a merchant card shows ("jusqu'à 8 %", "80 €"), derived from its
// rates and the boosts in force, never typed by hand. Percent rates headline
// over fixed ones; "up to" appears when the best value is not what every
// purchase earns; a boost that lifts the headline keeps the usual value so it
// can be shown struck through.

export type RateValue = { kind: 'percent'; rateBps: number } | { kind: 'fixed'; money: Money };

export type HeadlineRate = {
  id: number;
  kind: 'percent' | 'fixed';
  rateBps: number | null;
  amountMinor: number | null;
  currency: string;
  scope: 'all' | 'new_customers' | 'existing_customers' | 'category';
  minBasketMinor: number | null;
};

/** A boost known to be in force now for one rate. */
export type ActiveBoost = {
  rateId: number;
  boostedRateBps: number | null;
  boostedAmountMinor: number | null;
};

export type Headline = { value: RateValue; upTo: boolean; usual: RateValue | null };

export function baseValue(rate: HeadlineRate): RateValue {
  return rate.kind === 'percent'
    ? { kind: 'percent', rateBps: rate.rateBps ?? 0 }
    : { kind: 'fixed', money: { amountMinor: rate.amountMinor ?? 0, currency: rate.currency } };
}

/** The value a rate pays now: its boost's value when a boost of the same kind is in force. */
export function effectiveValue(rate: HeadlineRate, boost: ActiveBoost | undefined): RateValue {
  if (boost && rate.kind === 'percent' && boost.boostedRateBps !== null) {
    return { kind: 'percent', rateBps: boost.boostedRateBps };
  }
  if (boost && rate.kind === 'fixed' && boost.boostedAmountMinor !== null) {
    return { kind: 'fixed', money: { amountMinor: boost.boostedAmountMinor, currency: rate.currency } };
  }
  return baseValue(rate);
}

function magnitude(value: RateValue): number {
  return value.kind === 'percent' ? value.rateBps : value.money.amountMinor;
}

export function sameValue(a: RateValue, b: RateValue): boolean {
  if (a.kind === 'percent' && b.kind === 'percent') return a.rateBps === b.rateBps;
  if (a.kind === 'fixed' && b.kind === 'fixed') {
    return a.money.amountMinor === b.money.amountMinor && a.money.currency === b.money.currency;
  }
  return false;
}

function best(rates: readonly HeadlineRate[], valueFor: (rate: HeadlineRate) => RateValue) {
  const percent = rates.filter((r) => r.kind === 'percent');
  const fixedAll = rates.filter((r) => r.kind === 'fixed');
  // Fixed amounts only compare within one currency: the first fixed rate's.
  const fixed = fixedAll.filter((r) => r.currency === fixedAll[0]?.currency);
  const pool = percent.length > 0 ? percent : fixed;
  let top: { value: RateValue; rates: HeadlineRate[] } | null = null;
  for (const rate of pool) {
    const value = valueFor(rate);
    if (!top || magnitude(value) > magnitude(top.value)) top = { value, rates: [rate] };
    else if (magnitude(value) === magnitude(top.value)) top.rates.push(rate);
  }
  if (!top) return null;
  const distinct = new Set(pool.map((r) => magnitude(valueFor(r))));
  const otherKind = percent.length > 0 && fixedAll.length > 0;
  const unconditional = top.rates.some((r) => r.scope === 'all' && !r.minBasketMinor);
  return { value: top.value, upTo: distinct.size > 1 || otherKind || !unconditional };
}

export function deriveHeadline(
  rates: readonly HeadlineRate[],
  activeBoosts: readonly ActiveBoost[] = [],
): Headline | null {
  const boostByRate = new Map(activeBoosts.map((b) => [b.rateId, b]));
  const now = best(rates, (r) => effectiveValue(r, boostByRate.get(r.id)));
  if (!now) return null;
  const usual = best(rates, baseValue);
  const boosted = usual !== null && !sameValue(usual.value, now.value);
  return { value: now.value, upTo: now.upTo, usual: boosted ? usual.value : null };
}
