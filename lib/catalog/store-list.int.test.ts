import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCategory, insertMerchant } from '@/tests/helpers/catalog-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { listStores } from './store-list';
import { parseStoreQuery } from './store-query';

let t: TestDb;
const now = new Date('2026-11-29T12:00:00Z');
const day = 86_400_000;

beforeAll(async () => {
  t = await createTestDb();
  const home = await insertCategory(t.db, { slug: 'maison', nameFr: 'Maison', nameEn: 'Home', position: 1 });
  const appliances = await insertCategory(t.db, {
    slug: 'electromenager',
    nameFr: 'Électroménager',
    nameEn: 'Home appliances',
    parentId: home.id,
  });
  const fashion = await insertCategory(t.db, {
    slug: 'mode',
    nameFr: 'Mode',
    nameEn: 'Fashion',
    position: 2,
  });
  const beauty = await insertCategory(t.db, {
    slug: 'beaute',
    nameFr: 'Beauté',
    nameEn: 'Beauty',
    position: 3,
  });

  const m = (spec: Parameters<typeof insertMerchant>[1]) => insertMerchant(t.db, spec, now);
  await m({
    slug: 'volt-menager',
    name: 'Volt Ménager',
    categoryIds: [appliances.id],
    rates: [{ rateBps: 300 }],
    clickCount30d: 50,
    publishedAt: new Date(now.getTime() - 400 * day),
  });
  await m({
    slug: 'maison-lavande',
    name: 'Maison Lavande',
    categoryIds: [fashion.id],
    rates: [
      { rateBps: 800, scope: 'new_customers' },
      { rateBps: 500, scope: 'existing_customers' },
    ],
    clickCount30d: 900,
    publishedAt: new Date(now.getTime() - 30 * day),
  });
  await m({
    slug: 'creme-celeste',
    name: 'Crème Céleste',
    categoryIds: [beauty.id],
    rates: [{ rateBps: 500 }, { rateBps: 1500, minBasketMinor: 30_000 }],
    clickCount30d: 300,
    publishedAt: new Date(now.getTime() - 2 * day),
  });
  await m({
    slug: 'banque-horizon',
    name: 'Banque Horizon',
    rates: [{ kind: 'fixed', amountMinor: 8000, scope: 'new_customers' }],
    clickCount30d: 10,
    publishedAt: new Date(now.getTime() - 100 * day),
  });
  await m({
    slug: 'atelier-brume',
    name: 'Atelier Brume',
    status: 'paused',
    categoryIds: [fashion.id],
    rates: [{ rateBps: 1200 }],
    clickCount30d: 5000,
  });
  await m({
    slug: 'studio-nuage',
    name: 'Studio Nuage',
    status: 'draft',
    categoryIds: [home.id],
    rates: [{ rateBps: 1000 }],
  });
  await m({ slug: 'cafe-minuit', name: 'Café Minuit', status: 'approved', rates: [{ rateBps: 1000 }] });
  await m({
    slug: 'jardin-oublie',
    name: 'Jardin Oublié',
    status: 'archived',
    categoryIds: [home.id],
    rates: [{ rateBps: 1000 }],
  });
  await m({
    slug: 'ancienne-offre',
    name: 'Ancienne Offre',
    rates: [{ rateBps: 1400 }],
    offer: { endsAt: new Date(now.getTime() - day), startsAt: new Date(now.getTime() - 30 * day) },
  });
});
afterAll(() => t.close());

const list = (params: Record<string, string>, pageSize?: number) =>
  listStores(t.db, parseStoreQuery(params), { now, pageSize });
const slugs = async (params: Record<string, string>) => (await list(params)).items.map((i) => i.slug);

describe('listStores', () => {
  it('shows only live merchants', async () => {
    const result = await list({});
    expect(result.items.map((i) => i.slug).sort()).toEqual(
      ['ancienne-offre', 'banque-horizon', 'creme-celeste', 'maison-lavande', 'volt-menager'].sort(),
    );
    expect(result.total).toBe(5);
  });

  it.each([
    ['popular', ['maison-lavande', 'creme-celeste', 'volt-menager', 'banque-horizon', 'ancienne-offre']],
    // 15 % tier, 8 %, 3 %, then fixed-only, then no rate in force (the expired offer).
    ['rate', ['creme-celeste', 'maison-lavande', 'volt-menager', 'banque-horizon', 'ancienne-offre']],
    ['newest', ['ancienne-offre', 'creme-celeste', 'maison-lavande', 'banque-horizon', 'volt-menager']],
    ['az', ['ancienne-offre', 'banque-horizon', 'creme-celeste', 'maison-lavande', 'volt-menager']],
  ])('sorts by %s', async (sort, expected) => {
    expect(await slugs({ sort })).toEqual(expected);
  });

  it.each([
    ['a category name typed without accents', 'electromenager', 'volt-menager'],
    ['a category name in capitals', 'ÉLECTROMÉNAGER', 'volt-menager'],
    ['a name without accents', 'creme celeste', 'creme-celeste'],
    ['a name with a typo', 'lavnde', 'maison-lavande'],
    ['a name with another typo', 'maison lavende', 'maison-lavande'],
    ['a shop domain', 'banque-horizon.example', 'banque-horizon'],
    ['a prefix', 'crè', 'creme-celeste'],
    ['the English category name', 'appliances', 'volt-menager'],
  ])('finds %s', async (_label, q, expected) => {
    expect((await slugs({ q }))[0]).toBe(expected);
  });

  it('does not find non-live merchants by search', async () => {
    expect(await slugs({ q: 'atelier brume' })).toEqual([]);
    expect(await slugs({ q: 'studio nuage' })).toEqual([]);
  });

  it('lists categories matching the search', async () => {
    const result = await list({ q: 'electromenager' });
    expect(result.matchingCategories.map((c) => c.slug)).toContain('electromenager');
  });

  it('filters by a top category including its subcategories', async () => {
    expect(await slugs({ category: 'maison' })).toEqual(['volt-menager']);
    expect(await slugs({ category: 'electromenager' })).toEqual(['volt-menager']);
    expect((await list({ category: 'maison' })).category?.children.map((c) => c.slug)).toEqual([
      'electromenager',
    ]);
  });

  it('ignores an unknown category', async () => {
    const result = await list({ category: 'nope' });
    expect(result.category).toBeNull();
    expect(result.total).toBe(5);
  });

  it('pages and clamps a page past the end', async () => {
    const second = await list({ sort: 'az', page: '2' }, 2);
    expect(second.items.map((i) => i.slug)).toEqual(['creme-celeste', 'maison-lavande']);
    expect(second.pageCount).toBe(3);
    const beyond = await list({ sort: 'az', page: '40' }, 2);
    expect(beyond.page).toBe(3);
    expect(beyond.items.map((i) => i.slug)).toEqual(['volt-menager']);
  });

  it('builds each card with its headline and category', async () => {
    const [lavande] = (await list({ q: 'maison lavande' })).items;
    expect(lavande).toMatchObject({
      slug: 'maison-lavande',
      primaryCategory: { slug: 'mode', nameFr: 'Mode', nameEn: 'Fashion' },
      headline: { value: { kind: 'percent', rateBps: 800 }, upTo: true, usual: null },
      couponCount: 0,
      boost: null,
    });
    const [expired] = (await list({ q: 'ancienne offre' })).items;
    expect(expired?.headline).toBeNull();
  });

  it('treats SQL and LIKE metacharacters in a search as text', async () => {
    expect(await slugs({ q: "%' or 1=1 --" })).toEqual([]);
    expect(await slugs({ q: '%' })).toEqual([]);
    expect(await slugs({ q: '_' })).toEqual([]);
  });
});
