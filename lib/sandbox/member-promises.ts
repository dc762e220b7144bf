import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { clicks } from '@/db/schema';
import { activeBoostsOf, loadBoosts, loadRates } from '@/lib/catalog/rates-and-boosts';
import type { MemberPromise } from './commission-rule';

// Everything a member could have been promised on a merchant's sale, for the
// commission rule: the rates and boosts in force now, plus those frozen in the
// click's terms snapshot when the click ref is one of our clicks on that
// merchant (DESIGN.md §3.6: the split honours the snapshot, so must we).

const CLICK_ID = /^[0-9a-z]{26}$/;
const SNAPSHOT_MAX_DEPTH = 8;

export async function loadMemberPromises(
  db: DbOrTx,
  input: { merchantId: number; clickRef: string | null; now: Date },
): Promise<MemberPromise[]> {
  const [rates, boosts] = await Promise.all([
    loadRates(db, [input.merchantId], input.now),
    loadBoosts(db, [input.merchantId], input.now),
  ]);
  const promises: MemberPromise[] = rates.flatMap((rate) => promisesOf(rate, rate.currency));
  const currencyOfRate = new Map(rates.map((rate) => [rate.id, rate.currency]));
  for (const boost of activeBoostsOf(boosts)) {
    // A boost on a rate that is not in force promises nothing today.
    const currency = currencyOfRate.get(boost.rateId);
    if (currency !== undefined) promises.push(...promisesOf(boost, currency));
  }
  if (input.clickRef !== null && CLICK_ID.test(input.clickRef)) {
    const [click] = await db
      .select({ snapshot: clicks.termsSnapshot })
      .from(clicks)
      .where(and(eq(clicks.id, input.clickRef), eq(clicks.merchantId, input.merchantId)))
      .limit(1);
    if (click) promises.push(...promisesInSnapshot(click.snapshot));
  }
  return promises;
}

type RateLike = {
  rateBps?: unknown;
  amountMinor?: unknown;
  boostedRateBps?: unknown;
  boostedAmountMinor?: unknown;
};

function promisesOf(item: RateLike, currency: string): MemberPromise[] {
  const found: MemberPromise[] = [];
  for (const bps of [item.rateBps, item.boostedRateBps]) {
    if (isCount(bps)) found.push({ kind: 'percent', rateBps: bps });
  }
  for (const minor of [item.amountMinor, item.boostedAmountMinor]) {
    if (isCount(minor)) found.push({ kind: 'fixed', amountMinor: minor, currency });
  }
  return found;
}

/**
 * Every rate and boost value anywhere in a click's terms snapshot, each fixed
 * amount in the currency of the nearest object that names one. The snapshot's
 * layout belongs to the click-out code and may change; an upper bound needs
 * only its values, so the walk reads the field names, not the nesting.
 */
export function promisesInSnapshot(snapshot: unknown): MemberPromise[] {
  const found: MemberPromise[] = [];
  const walk = (node: unknown, currency: string | null, depth: number) => {
    if (depth > SNAPSHOT_MAX_DEPTH || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, currency, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    const own = typeof record.currency === 'string' ? record.currency : currency;
    for (const promise of promisesOf(record, own ?? '')) {
      // A fixed amount with no currency in sight cannot be compared: skip it.
      if (promise.kind === 'percent' || promise.currency !== '') found.push(promise);
    }
    for (const [key, value] of Object.entries(record)) {
      // A boost's amount is in its rate's currency, which the walk carries down.
      if (key !== 'currency') walk(value, own, depth + 1);
    }
  };
  walk(snapshot, null, 0);
  return found;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}
