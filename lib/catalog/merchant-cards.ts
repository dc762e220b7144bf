import { and, count, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { categories, coupons, merchantCategories, merchants } from '@/db/schema';
import { deriveHeadline, type Headline } from './headline';
import { activeBoostsOf, groupBy, loadBoosts, loadRates } from './rates-and-boosts';
import { isCouponInForce } from './visibility';

// A merchant as a card in a grid: name, logo, primary category, the headline
// rate (with any boost in force) and how many coupons it has.

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

type CardBase = Pick<MerchantCard, 'id' | 'slug' | 'name' | 'logoUrl' | 'brandColor'>;

export const cardColumns = {
  id: merchants.id,
  slug: merchants.slug,
  name: merchants.name,
  logoUrl: merchants.logoUrl,
  brandColor: merchants.brandColor,
};

/** Completes merchant rows (in the given order) into cards with four batched queries. */
export async function toMerchantCards(
  db: DbOrTx,
  bases: readonly CardBase[],
  now: Date,
): Promise<MerchantCard[]> {
  const ids = bases.map((b) => b.id);
  if (ids.length === 0) return [];
  const [rates, boostViews, couponCounts, primaryCategories] = await Promise.all([
    loadRates(db, ids, now),
    loadBoosts(db, ids, now),
    db
      .select({ merchantId: coupons.merchantId, n: count() })
      .from(coupons)
      .where(and(inArray(coupons.merchantId, ids), isCouponInForce(now)))
      .groupBy(coupons.merchantId),
    db
      .select({
        merchantId: merchantCategories.merchantId,
        slug: categories.slug,
        nameFr: categories.nameFr,
        nameEn: categories.nameEn,
      })
      .from(merchantCategories)
      .innerJoin(categories, eq(categories.id, merchantCategories.categoryId))
      .where(and(inArray(merchantCategories.merchantId, ids), eq(merchantCategories.isPrimary, true))),
  ]);
  const ratesBy = groupBy(rates, (r) => r.merchantId);
  const boostsBy = groupBy(boostViews, (b) => b.merchantId);
  const couponsBy = new Map(couponCounts.map((c) => [c.merchantId, c.n]));
  const categoryBy = new Map(primaryCategories.map(({ merchantId, ...ref }) => [merchantId, ref]));

  return bases.map((base) => {
    const merchantRates = ratesBy.get(base.id) ?? [];
    const rateIds = new Set(merchantRates.map((r) => r.id));
    const active = activeBoostsOf(boostsBy.get(base.id) ?? []).filter((b) => rateIds.has(b.rateId));
    const headline = deriveHeadline(merchantRates, active);
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
      primaryCategory: categoryBy.get(base.id) ?? null,
      headline,
      boost: shown ? { labelFr: shown.labelFr, labelEn: shown.labelEn, endsAt: shown.window.end } : null,
      couponCount: couponsBy.get(base.id) ?? 0,
    };
  });
}
