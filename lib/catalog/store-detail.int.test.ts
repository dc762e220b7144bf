import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertBoost,
  insertCategory,
  insertCoupon,
  insertEvent,
  insertMerchant,
} from '@/tests/helpers/catalog-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { getHomeCatalog } from './home';
import { getStoreBySlug } from './store-detail';

let t: TestDb;
// A Wednesday, 16:30 in Paris (winter time): inside a Wednesday 16:00–19:00 happy hour.
const now = new Date('2026-12-02T15:30:00Z');
const day = 86_400_000;
let lavandeNewRateId = 0;

beforeAll(async () => {
  t = await createTestDb();
  const fashion = await insertCategory(t.db, { slug: 'mode', nameFr: 'Mode', nameEn: 'Fashion' });
  const women = await insertCategory(t.db, {
    slug: 'vetements-femme',
    nameFr: 'Vêtements femme',
    nameEn: "Women's clothing",
    parentId: fashion.id,
  });
  const lavande = await insertMerchant(
    t.db,
    {
      slug: 'maison-lavande',
      name: 'Maison Lavande',
      categoryIds: [women.id, fashion.id],
      domains: ['maison-lavande.example', 'shop.maison-lavande.example'],
      rates: [
        { rateBps: 800, scope: 'new_customers' },
        { rateBps: 500, scope: 'existing_customers' },
      ],
      isFeatured: true,
    },
    now,
  );
  lavandeNewRateId = lavande.rates[0]!.id;
  await insertBoost(t.db, {
    kind: 'weekly',
    rateId: lavandeNewRateId,
    merchantId: lavande.merchant.id,
    boostedRateBps: 1200,
    weekday: 3,
    startMinute: 960,
    endMinute: 1140,
    labelFr: 'Happy hour',
    labelEn: 'Happy hour',
  });
  const bf = await insertEvent(t.db, {
    slug: 'black-friday',
    startsAt: new Date(now.getTime() - 2 * day),
    endsAt: new Date(now.getTime() + 2 * day),
  });
  await insertEvent(t.db, {
    slug: 'soldes-hiver',
    startsAt: new Date(now.getTime() + 40 * day),
    endsAt: new Date(now.getTime() + 68 * day),
  });
  await insertEvent(t.db, {
    slug: 'ete-dernier',
    startsAt: new Date(now.getTime() - 200 * day),
    endsAt: new Date(now.getTime() - 170 * day),
  });
  // An upcoming window boost on the existing-customer rate, and an expired one.
  await insertBoost(t.db, {
    kind: 'window',
    rateId: lavande.rates[1]!.id,
    merchantId: lavande.merchant.id,
    boostedRateBps: 700,
    eventId: bf.id,
    startsAt: new Date(now.getTime() + 10 * day),
    endsAt: new Date(now.getTime() + 12 * day),
  });
  await insertBoost(t.db, {
    kind: 'window',
    rateId: lavande.rates[1]!.id,
    merchantId: lavande.merchant.id,
    boostedRateBps: 900,
    startsAt: new Date(now.getTime() - 12 * day),
    endsAt: new Date(now.getTime() - 10 * day),
  });
  await insertCoupon(t.db, {
    merchantId: lavande.merchant.id,
    code: 'LAVANDE10',
    expiresAt: new Date(now.getTime() + 30 * day),
  });
  await insertCoupon(t.db, {
    merchantId: lavande.merchant.id,
    code: 'OLD5',
    expiresAt: new Date(now.getTime() - day),
  });
  await insertCoupon(t.db, {
    merchantId: lavande.merchant.id,
    code: 'SOON',
    startsAt: new Date(now.getTime() + day),
  });

  await insertMerchant(
    t.db,
    { slug: 'atelier-brume', name: 'Atelier Brume', status: 'paused', rates: [{ rateBps: 500 }] },
    now,
  );
  await insertMerchant(
    t.db,
    { slug: 'pixel-etoile', name: 'Pixel Étoile', rates: [{ rateBps: 200 }], clickCount30d: 10 },
    now,
  );
});
afterAll(() => t.close());

describe('getStoreBySlug', () => {
  it('is null for unknown and non-live merchants', async () => {
    expect(await getStoreBySlug(t.db, 'nope', now)).toBeNull();
    expect(await getStoreBySlug(t.db, 'atelier-brume', now)).toBeNull();
  });

  it('returns rates with the boost in force, coupons in force and categories', async () => {
    const store = (await getStoreBySlug(t.db, 'maison-lavande', now))!;
    expect(store.domains).toEqual(['maison-lavande.example', 'shop.maison-lavande.example']);
    expect(store.categories.map((c) => [c.slug, c.parent?.slug ?? null])).toEqual([
      ['vetements-femme', 'mode'],
      ['mode', null],
    ]);
    expect(store.headline).toEqual({
      value: { kind: 'percent', rateBps: 1200 },
      upTo: true,
      usual: { kind: 'percent', rateBps: 800 },
    });
    const lines = store.offers[0]!.rates;
    expect(lines.map((l) => [l.rate.scope, l.usual, l.now, l.boost?.labelFr ?? null])).toEqual([
      ['new_customers', { kind: 'percent', rateBps: 800 }, { kind: 'percent', rateBps: 1200 }, 'Happy hour'],
      ['existing_customers', { kind: 'percent', rateBps: 500 }, { kind: 'percent', rateBps: 500 }, null],
    ]);
    expect(store.coupons.map((c) => c.code)).toEqual(['LAVANDE10']);
    // The happy hour now, the upcoming window later; the expired window is gone.
    expect(store.boosts.map((b) => [b.kind, b.active, b.boosted])).toEqual([
      ['weekly', true, { kind: 'percent', rateBps: 1200 }],
      ['window', false, { kind: 'percent', rateBps: 700 }],
    ]);
  });

  it('shows the usual rate outside the happy hour', async () => {
    const thursday = new Date('2026-12-03T15:30:00Z');
    const store = (await getStoreBySlug(t.db, 'maison-lavande', thursday))!;
    expect(store.headline).toEqual({ value: { kind: 'percent', rateBps: 800 }, upTo: true, usual: null });
    expect(store.boosts[0]).toMatchObject({ kind: 'weekly', active: false });
    expect(store.boosts[0]!.window.start.toISOString()).toBe('2026-12-09T15:00:00.000Z');
  });
});

describe('getHomeCatalog', () => {
  it('lists featured, boosted and popular merchants with current and upcoming events', async () => {
    const home = await getHomeCatalog(t.db, now);
    expect(home.featured.map((m) => m.slug)).toEqual(['maison-lavande']);
    expect(home.boosted.map((m) => [m.slug, m.boost?.labelFr])).toEqual([['maison-lavande', 'Happy hour']]);
    expect(home.popular.map((m) => m.slug)).toEqual(['pixel-etoile', 'maison-lavande']);
    expect(home.currentEvents.map((e) => e.slug)).toEqual(['black-friday']);
    expect(home.upcomingEvents.map((e) => e.slug)).toEqual(['soldes-hiver']);
    expect(
      home.categories.map((c) => [c.slug, c.merchantCount, c.children.map((k) => [k.slug, k.merchantCount])]),
    ).toEqual([['mode', 1, [['vetements-femme', 1]]]]);
  });

  it('has no boosted merchant outside the happy hour', async () => {
    const home = await getHomeCatalog(t.db, new Date('2026-12-03T15:30:00Z'));
    expect(home.boosted).toEqual([]);
  });
});
