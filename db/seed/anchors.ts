import { ANCHOR_SPECS } from './anchor-specs';
import { eventBoost, weeklyBoost } from './boosts';
import type { Clock } from './calendar';
import { topCategoryOf } from './categories';
import { statusHistory } from './history';
import { merchantPrograms, type ProgramIds } from './networks';
import type { Rng } from './random';
import { merchantTerms } from './terms';
import type { BoostPlan, CouponPlan, EventPlan, MerchantPlan } from './types';

// Hand-written merchants that tests and the demo rely on: exact slugs, names,
// categories, rates and boosts. Always present, at every scale.

export const ANCHOR_SLUGS: readonly string[] = ANCHOR_SPECS.map((s) => s.slug);

export function buildAnchors(
  rng: Rng,
  clock: Clock,
  current: EventPlan,
  programIds: ProgramIds,
): { merchants: MerchantPlan[]; boosts: BoostPlan[]; coupons: CouponPlan[] } {
  const merchants = ANCHOR_SPECS.map((spec): MerchantPlan => {
    const top = topCategoryOf(spec.categories[0]!).slug;
    const history = statusHistory(rng, clock, spec.status, spec.publishedDay);
    const approvedAt =
      history.statusChanges.find((c) => c.toStatus === 'approved')?.changedAt ?? history.createdAt;
    return {
      slug: spec.slug,
      name: spec.name,
      logoUrl: null,
      brandColor: spec.brandColor,
      websiteUrl: `https://www.${spec.domains[0]}/`,
      descriptionFr: spec.fr,
      descriptionEn: spec.en,
      ...(spec.terms ?? merchantTerms(rng, top)),
      status: spec.status,
      validationDelayDays: spec.validationDelayDays,
      clickCount30d: spec.clicks,
      favoriteCount: spec.favorites,
      isFeatured: spec.featured ?? false,
      publishedAt: history.publishedAt,
      createdAt: history.createdAt,
      updatedAt: history.updatedAt,
      topCategorySlug: top,
      categories: spec.categories.map((slug, i) => ({ slug, isPrimary: i === 0 })),
      domains: spec.domains.map((domain, i) => ({ domain, isPrimary: i === 0 })),
      statusChanges: history.statusChanges,
      programs: merchantPrograms(
        rng,
        { slug: spec.slug, createdAt: approvedAt, withRealNetwork: !!spec.realNetwork },
        programIds,
      ),
      offers: spec.offers(history.createdAt),
    };
  });
  const bySlug = new Map(merchants.map((m) => [m.slug, m]));
  const lavande = bySlug.get('maison-lavande')!;
  const boosts: BoostPlan[] = [
    // Wednesdays 16:00–19:00 Paris: the 8 % new-customer rate becomes 12 %.
    weeklyBoost(
      lavande,
      { weekday: 3, startMinute: 960, endMinute: 1140, boostedRateBps: 1200 },
      { validFrom: clock.at(-60), validUntil: null, createdAt: clock.at(-61, 10) },
    ),
    // 2 % → 6 % for the current event.
    { ...eventBoost(rng, bySlug.get('pixel-etoile')!, current, clock.at(-3, 10)), boostedRateBps: 600 },
  ];
  const coupons: CouponPlan[] = [
    {
      merchantSlug: 'maison-lavande',
      code: 'LAVANDE10',
      titleFr: '-10 % sur la nouvelle collection',
      titleEn: '10% off the new collection',
      descriptionFr: 'Code valable une fois par client, cumulable avec le cashback.',
      descriptionEn: 'Valid once per customer, works together with cashback.',
      isExclusive: true,
      startsAt: clock.at(-5),
      expiresAt: clock.at(30),
      createdAt: clock.at(-6, 9),
    },
  ];
  return { merchants, boosts, coupons };
}
