import type { Db } from '@/db/client';
import {
  type boostKind,
  boosts,
  cashbackRates,
  categories,
  coupons,
  events,
  type MerchantStatus,
  merchantCategories,
  merchantDomains,
  merchants,
  type NewBoost,
  type NewCashbackRate,
  offers,
} from '@/db/schema';
import { refreshMerchantDerived } from '@/lib/catalog/merchant-derived';

// Small, explicit catalog rows for integration tests: each test states the
// merchants, rates and boosts it relies on instead of depending on the seed.

export async function insertCategory(
  db: Db,
  values: { slug: string; nameFr: string; nameEn: string; parentId?: number | null; position?: number },
) {
  const [row] = await db.insert(categories).values(values).returning();
  return row!;
}

type RateSpec = Omit<NewCashbackRate, 'offerId' | 'kind'> & { kind?: 'percent' | 'fixed' };

export type MerchantSpec = {
  slug: string;
  name: string;
  status?: MerchantStatus;
  categoryIds?: number[];
  domains?: string[];
  rates?: RateSpec[];
  offer?: { startsAt?: Date; endsAt?: Date; isActive?: boolean };
  clickCount30d?: number;
  publishedAt?: Date;
  isFeatured?: boolean;
};

export async function insertMerchant(db: Db, spec: MerchantSpec, now = new Date()) {
  const [merchant] = await db
    .insert(merchants)
    .values({
      slug: spec.slug,
      name: spec.name,
      websiteUrl: `https://www.${spec.slug}.example/`,
      status: spec.status ?? 'live',
      clickCount30d: spec.clickCount30d ?? 0,
      publishedAt: spec.publishedAt ?? now,
      isFeatured: spec.isFeatured ?? false,
    })
    .returning();
  const m = merchant!;
  const domains = spec.domains ?? [`${spec.slug}.example`];
  if (domains.length) {
    await db
      .insert(merchantDomains)
      .values(domains.map((domain, i) => ({ merchantId: m.id, domain, isPrimary: i === 0 })));
  }
  if (spec.categoryIds?.length) {
    await db
      .insert(merchantCategories)
      .values(
        spec.categoryIds.map((categoryId, i) => ({ merchantId: m.id, categoryId, isPrimary: i === 0 })),
      );
  }
  const [offer] = await db
    .insert(offers)
    .values({ merchantId: m.id, titleFr: 'Cashback', titleEn: 'Cashback', ...spec.offer })
    .returning();
  const rates = spec.rates?.length
    ? await db
        .insert(cashbackRates)
        .values(
          spec.rates.map((r, position) => ({ kind: 'percent' as const, position, ...r, offerId: offer!.id })),
        )
        .returning()
    : [];
  await refreshMerchantDerived(db, { merchantIds: [m.id], now });
  return { merchant: m, offer: offer!, rates };
}

export async function insertBoost(
  db: Db,
  values: Omit<NewBoost, 'kind' | 'labelFr' | 'labelEn'> & {
    kind: (typeof boostKind.enumValues)[number];
    labelFr?: string;
    labelEn?: string;
  },
) {
  const [row] = await db
    .insert(boosts)
    .values({ labelFr: 'Boost', labelEn: 'Boost', ...values })
    .returning();
  return row!;
}

export async function insertCoupon(
  db: Db,
  values: { merchantId: number; code?: string | null; expiresAt?: Date | null; startsAt?: Date | null },
) {
  const [row] = await db
    .insert(coupons)
    .values({ titleFr: '-10 %', titleEn: '10% off', ...values })
    .returning();
  return row!;
}

export async function insertEvent(db: Db, values: { slug: string; startsAt: Date; endsAt: Date }) {
  const [row] = await db
    .insert(events)
    .values({ nameFr: values.slug, nameEn: values.slug, ...values })
    .returning();
  return row!;
}
