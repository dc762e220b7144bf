import { and, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { type Boost, boosts, categories, coupons, merchantCategories, merchants } from '@/db/schema';
import { type BoostTiming, currentOrNextWindow, currentWindow } from './boost-window';
import { deriveHeadline, type Headline } from './headline';
import { groupBy, loadRates, type RateRow } from './rates-and-boosts';

// A merchant as a card in a grid: name, logo, primary category, the headline
// rate (with any boost in force) and how many coupons it has. The inputs are
// loaded in four batched queries; the card is computed from them for `now`,
// so cached inputs still give the right boost at the right minute.

export type CategoryRef = { slug: string; nameFr: string; nameEn: string };

export type MerchantCard = {
  id: number;
  slug: string;
  name: string;
  logoUrl: string | null;
  brandColor: string;
  primaryCategory: CategoryRef | null;
  headline: Headline | null;
  boost: { labelFr: string; labelEn: string; endsAt: Date } | null;
  couponCount: number;
};

export type CardBase = Pick<MerchantCard, 'id' | 'slug' | 'name' | 'logoUrl' | 'brandColor'>;

export type CardInputs = {
  rates: RateRow[];
  boosts: Boost[];
  couponWindows: { startsAt: Date | null; expiresAt: Date | null }[];
  primaryCategory: CategoryRef | null;
};

export const cardColumns = {
  id: merchants.id,
  slug: merchants.slug,
  name: merchants.name,
  logoUrl: merchants.logoUrl,
  brandColor: merchants.brandColor,
};

export async function loadCardInputs(
  db: DbOrTx,
  ids: readonly number[],
  now: Date,
): Promise<Map<number, CardInputs>> {
  const list = [...ids];
  if (list.length === 0) return new Map();
  const [rates, boostRows, couponRows, primaryCategories] = await Promise.all([
    loadRates(db, list, now),
    db.select().from(boosts).where(inArray(boosts.merchantId, list)),
    db
      .select({ merchantId: coupons.merchantId, startsAt: coupons.startsAt, expiresAt: coupons.expiresAt })
      .from(coupons)
      .where(
        and(inArray(coupons.merchantId, list), or(isNull(coupons.expiresAt), gt(coupons.expiresAt, now))),
      ),
    db
      .select({
        merchantId: merchantCategories.merchantId,
        slug: categories.slug,
        nameFr: categories.nameFr,
        nameEn: categories.nameEn,
      })
      .from(merchantCategories)
      .innerJoin(categories, eq(categories.id, merchantCategories.categoryId))
      .where(and(inArray(merchantCategories.merchantId, list), eq(merchantCategories.isPrimary, true))),
  ]);
  const ratesBy = groupBy(rates, (r) => r.merchantId);
  const boostsBy = groupBy(boostRows, (b) => b.merchantId);
  const couponsBy = groupBy(couponRows, (c) => c.merchantId);
  const categoryBy = new Map(primaryCategories.map(({ merchantId, ...ref }) => [merchantId, ref]));
  return new Map(
    list.map((id) => [
      id,
      {
        rates: ratesBy.get(id) ?? [],
        boosts: boostsBy.get(id) ?? [],
        couponWindows: couponsBy.get(id) ?? [],
        primaryCategory: categoryBy.get(id) ?? null,
      },
    ]),
  );
}

/** The card as of `now`: boosts in force and coupons valid at that instant. */
export function buildCard(base: CardBase, inputs: CardInputs, now: Date): MerchantCard {
  const rateIds = new Set(inputs.rates.map((r) => r.id));
  const active = inputs.boosts
    .filter((b) => rateIds.has(b.rateId) && currentWindow(b as BoostTiming, now) !== null)
    .map((b) => ({ ...b, window: currentOrNextWindow(b as BoostTiming, now)! }));
  const headline = deriveHeadline(inputs.rates, active);
  // The boost behind a lifted headline, to label it ("Black Friday until …").
  const shown = headline?.usual
    ? active.find((b) =>
        headline.value.kind === 'percent'
          ? b.boostedRateBps === headline.value.rateBps
          : b.boostedAmountMinor === headline.value.money.amountMinor,
      )
    : undefined;
  return {
    ...base,
    primaryCategory: inputs.primaryCategory,
    headline,
    boost: shown ? { labelFr: shown.labelFr, labelEn: shown.labelEn, endsAt: shown.window.end } : null,
    couponCount: inputs.couponWindows.filter(
      (c) => (!c.startsAt || c.startsAt <= now) && (!c.expiresAt || c.expiresAt > now),
    ).length,
  };
}

export type CardInputsSource = (
  db: DbOrTx,
  ids: readonly number[],
  now: Date,
) => Promise<Map<number, CardInputs>>;

/** Completes merchant rows (in the given order) into cards. */
export async function toMerchantCards(
  db: DbOrTx,
  bases: readonly CardBase[],
  now: Date,
  source: CardInputsSource = loadCardInputs,
): Promise<MerchantCard[]> {
  if (bases.length === 0) return [];
  const inputs = await source(
    db,
    bases.map((b) => b.id),
    now,
  );
  return bases.map((base) => buildCard(base, inputs.get(base.id) ?? emptyInputs, now));
}

const emptyInputs: CardInputs = { rates: [], boosts: [], couponWindows: [], primaryCategory: null };
