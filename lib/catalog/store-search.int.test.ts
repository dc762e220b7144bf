import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCategory, insertMerchant } from '@/tests/helpers/catalog-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { getCategoryBySlug } from './categories';
import { findStorePage } from './store-list';
import { parseStoreQuery, STORE_SORTS, type StoreSort } from './store-query';
import { similarityThreshold } from './store-search';

// The one-statement search (store-search.ts) against an oracle: the plain
// definition of a search as a single WHERE and a single ORDER BY over every
// live merchant. Small pages walk through both parts of the relevance order
// (strong text matches, then weaker matches and category members).

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
  const kitchen = await insertCategory(t.db, {
    slug: 'cuisine',
    nameFr: 'Cuisine',
    nameEn: 'Kitchen',
    parentId: home.id,
  });
  const fashion = await insertCategory(t.db, {
    slug: 'mode',
    nameFr: 'Mode',
    nameEn: 'Fashion',
    position: 2,
  });
  const merchants: [string, string, number[], number, number?, ('paused' | 'draft')?][] = [
    ['electro-ville', 'Électro Ville', [appliances.id], 40, 900],
    ['volt-menager', 'Volt Ménager', [appliances.id], 50, 300],
    ['rivage-electromenager', 'Rivage Électroménager', [fashion.id], 10, 500],
    ['elektro-shop', 'Elektro Shop', [fashion.id], 10, 200],
    ['electra', 'Electra', [fashion.id], 70, 1100],
    ['casa-blanca', 'Casa Blanca', [home.id], 10, 400],
    ['lampe-nord', 'Lampe Nord', [appliances.id, kitchen.id], 90, 600],
    ['tapis-sud', 'Tapis Sud', [kitchen.id], 90, 600],
    ['four-est', 'Four Est', [appliances.id], 5],
    ['frigo-ouest', 'Frigo Ouest', [appliances.id], 5, 700],
    ['maison-lavande', 'Maison Lavande', [fashion.id], 900, 800],
    ['maisonnette', 'Maisonnette', [fashion.id], 20, 150],
    ['la-maison-bleue', 'La Maison Bleue', [kitchen.id], 20, 350],
    ['menagerie', 'Ménagerie', [fashion.id], 30],
    ['cuisine-club', 'Cuisine Club', [fashion.id], 60, 1200],
    ['electro-fantome', 'Électro Fantôme', [appliances.id], 5000, 1500, 'paused'],
    ['maison-secrete', 'Maison Secrète', [home.id], 5000, 1500, 'draft'],
  ];
  for (const [slug, name, categoryIds, clickCount30d, rateBps, status] of merchants) {
    await insertMerchant(
      t.db,
      {
        slug,
        name,
        categoryIds,
        clickCount30d,
        status,
        rates: rateBps ? [{ rateBps }] : [],
        publishedAt: new Date(now.getTime() - (clickCount30d % 17) * day),
      },
      now,
    );
  }
});
afterAll(() => t.close());

const oracleOrder: Record<StoreSort, string> = {
  relevance:
    '(m.name_folded like p.pat || $$%$$) desc, word_similarity(p.folded, m.search_text) desc, m.click_count30d desc, m.id',
  popular: 'm.click_count30d desc, m.id',
  rate: 'm.best_rate_bps desc nulls last, m.best_fixed_minor desc nulls last, m.click_count30d desc, m.id',
  newest: 'm.published_at desc nulls last, m.id desc',
  az: 'm.name_folded, m.id',
};

/** Every matching live merchant's slug, in order: one WHERE, one ORDER BY. */
async function oracle(q: string, sort: StoreSort, within: number[] | null): Promise<string[]> {
  const { rows } = await t.db.execute<{ slug: string }>(sql`
    with p as (select lower(f_unaccent(${q}::text)) as folded,
                      lower(f_unaccent(${q.replace(/[\\%_]/g, '\\$&')}::text)) as pat),
    named as (
      select c.id, c.parent_id from categories c, p
      where lower(f_unaccent(c.name_fr || ' ' || c.name_en)) like '%' || p.pat || '%'
        or (p.folded <% lower(f_unaccent(c.name_fr || ' ' || c.name_en))
            and word_similarity(p.folded, lower(f_unaccent(c.name_fr || ' ' || c.name_en))) >= ${similarityThreshold(q)}::real)
    ),
    member_of as (
      select id from named
      union select k.id from categories k join named on k.parent_id = named.id and named.parent_id is null
    )
    select m.slug from merchants m, p
    where m.status = 'live'
      and (m.search_text like '%' || p.pat || '%'
        or (p.folded <% m.search_text and word_similarity(p.folded, m.search_text) >= ${similarityThreshold(q)}::real)
        or exists (select 1 from merchant_categories mc
                   where mc.merchant_id = m.id and mc.category_id in (select id from member_of)))
      ${within ? sql`and exists (select 1 from merchant_categories f where f.merchant_id = m.id and f.category_id = any(${sql.param(within)}::int[]))` : sql``}
    order by ${sql.raw(oracleOrder[sort])}`);
  return rows.map((r) => r.slug);
}

async function allPages(q: string, sort: StoreSort, category: string | null, pageSize: number) {
  const family = category ? await getCategoryBySlug(t.db, category) : null;
  const slugs: string[] = [];
  let total = -1;
  for (let page = 1; page <= 50; page++) {
    const found = await findStorePage(t.db, parseStoreQuery({ q, sort, page: String(page) }), {
      pageSize,
      category: family,
    });
    total = found.total;
    if (found.page < page) break;
    slugs.push(...found.rows.map((r) => r.slug));
  }
  const within = family ? [family.id, ...family.children.map((c) => c.id)] : null;
  return { slugs, total, within };
}

describe('searchStores', () => {
  const queries = [
    'electromenager',
    'maison',
    'electro',
    'menager',
    'cuisine',
    'elektro',
    'lampe',
    'ma',
    'e',
  ];
  it.each(queries.flatMap((q) => STORE_SORTS.map((sort) => [q, sort] as const)))(
    '"%s" sorted by %s matches the single-ORDER-BY oracle, page by page',
    async (q, sort) => {
      for (const pageSize of [2, 3]) {
        const { slugs, total } = await allPages(q, sort, null, pageSize);
        const expected = await oracle(q, sort, null);
        expect(slugs).toEqual(expected);
        expect(total).toBe(expected.length);
      }
    },
  );

  it.each([
    ['lampe', 'maison'],
    ['maison', 'mode'],
    ['electromenager', 'cuisine'],
    ['electro', 'electromenager'],
  ])('"%s" within %s matches the oracle', async (q, category) => {
    for (const sort of STORE_SORTS) {
      const { slugs, total, within } = await allPages(q, sort, category, 2);
      const expected = await oracle(q, sort, within);
      expect(slugs).toEqual(expected);
      expect(total).toBe(expected.length);
    }
  });

  it('counts category members once and never counts hidden merchants', async () => {
    const found = await findStorePage(t.db, parseStoreQuery({ q: 'maison' }), { pageSize: 50 });
    const slugs = found.rows.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toContain('lampe-nord');
    expect(slugs).not.toContain('maison-secrete');
    expect(slugs).not.toContain('electro-fantome');
    expect(found.total).toBe(slugs.length);
  });

  it('clamps a page past the end to the last page, total included', async () => {
    const found = await findStorePage(t.db, parseStoreQuery({ q: 'maison', page: '40' }), { pageSize: 4 });
    expect(found.page).toBe(found.pageCount);
    expect(found.rows.length).toBeGreaterThan(0);
    expect(found.total).toBe((await oracle('maison', 'relevance', null)).length);
  });

  it('finds nothing, with a total of 0, for text that matches nothing', async () => {
    const found = await findStorePage(t.db, parseStoreQuery({ q: 'zzqxw' }));
    expect(found).toMatchObject({ rows: [], total: 0, page: 1, pageCount: 1, matchingCategories: [] });
  });
});
