import { and, asc, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import type { Category, Coupon, Merchant, Offer } from '@/db/schema';
import { categories, coupons, merchantCategories, merchantDomains, merchants } from '@/db/schema';
import { bestBoostByRate } from './best-boost';
import { baseValue, deriveHeadline, effectiveValue, type Headline, type RateValue } from './headline';
import {
  activeBoostsOf,
  type BoostView,
  loadBoosts,
  loadOffers,
  loadRates,
  type RateRow,
} from './rates-and-boosts';
import { isCouponInForce, isPublicMerchant } from './visibility';

// Everything /stores/<slug> shows: each offer with its rates (usual and
// boosted value, scope, basket tier), the boosts in force and coming, the
// coupons, the terms, the categories and the validation delay.

export type RateLine = {
  rate: RateRow;
  usual: RateValue;
  now: RateValue;
  boost: BoostView | null;
};

export type OfferWithRates = Offer & { rates: RateLine[] };

export type StoreDetail = {
  merchant: Merchant;
  domains: string[];
  categories: (Category & { parent: Category | null })[];
  headline: Headline | null;
  offers: OfferWithRates[];
  boosts: (BoostView & { usual: RateValue; boosted: RateValue })[];
  coupons: Coupon[];
};

export async function getStoreBySlug(
  db: DbOrTx,
  slug: string,
  now: Date = new Date(),
): Promise<StoreDetail | null> {
  const [merchant] = await db
    .select()
    .from(merchants)
    .where(and(eq(merchants.slug, slug), isPublicMerchant()))
    .limit(1);
  if (!merchant) return null;

  const [offerRows, rates, boostViews, couponRows, domainRows, categoryRows, allCategories] =
    await Promise.all([
      loadOffers(db, merchant.id, now),
      loadRates(db, [merchant.id], now),
      loadBoosts(db, [merchant.id], now),
      db
        .select()
        .from(coupons)
        .where(and(eq(coupons.merchantId, merchant.id), isCouponInForce(now)))
        .orderBy(asc(coupons.expiresAt), asc(coupons.id)),
      db
        .select({ domain: merchantDomains.domain })
        .from(merchantDomains)
        .where(eq(merchantDomains.merchantId, merchant.id))
        .orderBy(desc(merchantDomains.isPrimary), asc(merchantDomains.domain)),
      db
        .select({ category: categories, isPrimary: merchantCategories.isPrimary })
        .from(merchantCategories)
        .innerJoin(categories, eq(categories.id, merchantCategories.categoryId))
        .where(eq(merchantCategories.merchantId, merchant.id)),
      db.select().from(categories),
    ]);

  const rateById = new Map(rates.map((r) => [r.id, r]));
  const applicable = boostViews.filter((b) => rateById.has(b.rateId));
  const active = activeBoostsOf(applicable);
  const activeByRate = bestBoostByRate(active);
  const lines = rates.map((rate) => {
    const boost = activeByRate.get(rate.id) ?? null;
    return { rate, usual: baseValue(rate), now: effectiveValue(rate, boost ?? undefined), boost };
  });
  const byId = new Map(allCategories.map((c) => [c.id, c]));

  return {
    merchant,
    domains: domainRows.map((d) => d.domain),
    categories: categoryRows
      .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary))
      .map(({ category }) => ({
        ...category,
        parent: category.parentId ? (byId.get(category.parentId) ?? null) : null,
      })),
    headline: deriveHeadline(rates, active),
    offers: offerRows.map((offer) => ({ ...offer, rates: lines.filter((l) => l.rate.offerId === offer.id) })),
    boosts: applicable
      .map((b) => {
        const rate = rateById.get(b.rateId)!;
        return { ...b, usual: baseValue(rate), boosted: effectiveValue(rate, b) };
      })
      .sort((a, b) => a.window.start.getTime() - b.window.start.getTime()),
    coupons: couponRows,
  };
}
