import type { MerchantStatus, RateScope } from '@/db/schema';

// The seed's pure output: plain rows that reference each other by natural keys
// (slugs, network codes, list positions). insert.ts turns keys into ids.

export type CategoryPlan = {
  slug: string;
  parentSlug: string | null;
  nameFr: string;
  nameEn: string;
  descriptionFr: string;
  descriptionEn: string;
  icon: string;
  position: number;
  createdAt: Date;
};

export type NetworkAccountPlan = {
  networkCode: string;
  name: string;
  publisherId: string;
  defaultCurrency: string;
  isActive: boolean;
  createdAt: Date;
};

export type EventPlan = {
  slug: string;
  nameFr: string;
  nameEn: string;
  taglineFr: string;
  taglineEn: string;
  startsAt: Date;
  endsAt: Date;
};

export type RatePlan = {
  kind: 'percent' | 'fixed';
  rateBps: number | null;
  amountMinor: number | null;
  currency: string;
  scope: RateScope;
  productCategoryFr: string | null;
  productCategoryEn: string | null;
  minBasketMinor: number | null;
  labelFr: string;
  labelEn: string;
  position: number;
};

export type OfferPlan = {
  titleFr: string;
  titleEn: string;
  conditionsFr: string;
  conditionsEn: string;
  exclusionsFr: string;
  exclusionsEn: string;
  minBasketMinor: number | null;
  currency: string;
  startsAt: Date | null;
  endsAt: Date | null;
  isActive: boolean;
  position: number;
  createdAt: Date;
  rates: RatePlan[];
};

export type StatusChangePlan = {
  fromStatus: MerchantStatus | null;
  toStatus: MerchantStatus;
  reason: string;
  changedBy: string;
  changedAt: Date;
};

export type ProgramPlan = {
  networkCode: string;
  advertiserId: string;
  trackingTemplate: string;
  currency: string;
  isActiveRoute: boolean;
  createdAt: Date;
};

export type MerchantPlan = {
  slug: string;
  name: string;
  logoUrl: string | null;
  brandColor: string;
  websiteUrl: string;
  descriptionFr: string;
  descriptionEn: string;
  conditionsFr: string;
  conditionsEn: string;
  exclusionsFr: string;
  exclusionsEn: string;
  status: MerchantStatus;
  validationDelayDays: number;
  clickCount30d: number;
  favoriteCount: number;
  isFeatured: boolean;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** The top-level category slug, for generators that vary by category. */
  topCategorySlug: string;
  categories: { slug: string; isPrimary: boolean }[];
  domains: { domain: string; isPrimary: boolean }[];
  statusChanges: StatusChangePlan[];
  programs: ProgramPlan[];
  offers: OfferPlan[];
};

/** A boost targets one rate: merchants[slug].offers[offerIndex].rates[rateIndex]. */
export type BoostPlan = {
  merchantSlug: string;
  offerIndex: number;
  rateIndex: number;
  eventSlug: string | null;
  kind: 'window' | 'weekly';
  labelFr: string;
  labelEn: string;
  boostedRateBps: number | null;
  boostedAmountMinor: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  weekday: number | null;
  startMinute: number | null;
  endMinute: number | null;
  timeZone: string;
  validFrom: Date | null;
  validUntil: Date | null;
  createdAt: Date;
};

export type CouponPlan = {
  merchantSlug: string;
  code: string | null;
  titleFr: string;
  titleEn: string;
  descriptionFr: string;
  descriptionEn: string;
  isExclusive: boolean;
  startsAt: Date | null;
  expiresAt: Date | null;
  createdAt: Date;
};

export type CatalogPlan = {
  categories: CategoryPlan[];
  networkAccounts: NetworkAccountPlan[];
  events: EventPlan[];
  merchants: MerchantPlan[];
  boosts: BoostPlan[];
  coupons: CouponPlan[];
};
