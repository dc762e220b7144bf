import type { Boost } from '@/db/schema';

// When several boosts on one rate are in force at once, the member gets the
// most generous one (ties: the newest). The store page and the click snapshot
// both use this rule, so the click locks in exactly what the page showed.

type BoostValue = Pick<Boost, 'id' | 'boostedRateBps' | 'boostedAmountMinor'>;

export function bestBoost<B extends BoostValue>(candidates: readonly B[]): B | null {
  let best: B | null = null;
  for (const boost of candidates) {
    if (!best || isBetter(boost, best)) best = boost;
  }
  return best;
}

function isBetter(a: BoostValue, b: BoostValue): boolean {
  const valueA = a.boostedRateBps ?? a.boostedAmountMinor ?? 0;
  const valueB = b.boostedRateBps ?? b.boostedAmountMinor ?? 0;
  return valueA !== valueB ? valueA > valueB : a.id > b.id;
}

/** The best boost in force per rate id. */
export function bestBoostByRate<B extends BoostValue & { rateId: number }>(
  active: readonly B[],
): Map<number, B> {
  const byRate = new Map<number, B[]>();
  for (const boost of active) byRate.set(boost.rateId, [...(byRate.get(boost.rateId) ?? []), boost]);
  const best = new Map<number, B>();
  for (const [rateId, boosts] of byRate) best.set(rateId, bestBoost(boosts)!);
  return best;
}
