import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import type { Boost, CashbackRate, Offer } from '@/db/schema';
import { boosts, cashbackRates, offers } from '@/db/schema';
import { type BoostTiming, currentOrNextWindow, currentWindow, type Interval } from './boost-window';
import { isOfferInForce } from './visibility';

// Loads the rates in force and the boosts of a set of merchants in two
// queries, and resolves which boosts apply now and which come next.

export type RateRow = CashbackRate & { merchantId: number };
export type BoostView = Boost & { window: Interval; active: boolean };

export async function loadRates(db: DbOrTx, merchantIds: readonly number[], now: Date): Promise<RateRow[]> {
  if (merchantIds.length === 0) return [];
  const rows = await db
    .select({ rate: cashbackRates, merchantId: offers.merchantId })
    .from(cashbackRates)
    .innerJoin(offers, eq(offers.id, cashbackRates.offerId))
    .where(and(inArray(offers.merchantId, [...merchantIds]), isOfferInForce(now)))
    .orderBy(asc(offers.position), asc(cashbackRates.position), asc(cashbackRates.id));
  return rows.map((row) => ({ ...row.rate, merchantId: row.merchantId }));
}

export async function loadOffers(db: DbOrTx, merchantId: number, now: Date): Promise<Offer[]> {
  return db
    .select()
    .from(offers)
    .where(and(eq(offers.merchantId, merchantId), isOfferInForce(now)))
    .orderBy(asc(offers.position), asc(offers.id));
}

/** Boosts in force now or still to come, each with its current or next occurrence. */
export async function loadBoosts(
  db: DbOrTx,
  merchantIds: readonly number[],
  now: Date,
): Promise<BoostView[]> {
  if (merchantIds.length === 0) return [];
  const rows = await db
    .select()
    .from(boosts)
    .where(inArray(boosts.merchantId, [...merchantIds]))
    .orderBy(asc(boosts.id));
  const views: BoostView[] = [];
  for (const row of rows) {
    const timing: BoostTiming = row;
    const window = currentOrNextWindow(timing, now);
    if (window) views.push({ ...row, window, active: currentWindow(timing, now) !== null });
  }
  return views;
}

export function activeBoostsOf(views: readonly BoostView[]): BoostView[] {
  return views.filter((v) => v.active);
}

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
