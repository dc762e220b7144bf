import { and, asc, count, eq, exists, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { categories, merchantCategories, merchants } from '@/db/schema';
import { type CategoryWithFamily, getCategoryBySlug } from './categories';
import {
  type CardBase,
  type CardInputsSource,
  cardColumns,
  type MerchantCard,
  toMerchantCards,
} from './merchant-cards';
import { STORE_PAGE_SIZE, type StoreQuery } from './store-query';
import { isPublicMerchant } from './visibility';

// /stores: live merchants filtered by category and search, sorted and paged.
// Search folds accents and case in Postgres (unaccent) and tolerates typos
// with trigram word similarity (pg_trgm), served by a GIN index.

export type StoreList = {
  items: MerchantCard[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  category: CategoryWithFamily | null;
  matchingCategories: { slug: string; nameFr: string; nameEn: string }[];
};

const foldedName = merchants.nameFolded;
export const byPopularity = [sql`${merchants.clickCount30d} desc nulls last`, asc(merchants.id)];

/** The search text with LIKE's metacharacters escaped, folded like search_text is. */
function foldedPattern(q: string): SQL {
  return sql`lower(f_unaccent(${q.replace(/[\\%_]/g, '\\$&')}::text))`;
}

function searchCondition(folded: SQL, pattern: SQL, threshold: number): SQL {
  // Substring for exact fragments (short queries included), word similarity for typos.
  // At the session threshold `<%` alone decides; a stricter one needs an explicit check.
  const similar =
    threshold > SESSION_SIMILARITY_THRESHOLD
      ? sql`(${folded} <% ${merchants.searchText} and word_similarity(${folded}, ${merchants.searchText}) >= ${threshold})`
      : sql`${folded} <% ${merchants.searchText}`;
  return or(sql`${merchants.searchText} like '%' || ${pattern} || '%'`, similar)!;
}

function orderFor(query: StoreQuery, folded: SQL | null, pattern: SQL | null): SQL[] {
  // Each order matches an index in db/schema/catalog.ts exactly, NULLS placement included.
  switch (query.sort) {
    case 'rate':
      return [
        sql`${merchants.bestRateBps} desc nulls last`,
        sql`${merchants.bestFixedMinor} desc nulls last`,
        ...byPopularity,
      ];
    case 'newest':
      return [sql`${merchants.publishedAt} desc nulls last`, sql`${merchants.id} desc nulls last`];
    case 'az':
      return [asc(merchants.nameFolded), asc(merchants.id)];
    case 'relevance':
      if (folded && pattern) {
        return [
          sql`(${foldedName} like ${pattern} || '%') desc`,
          sql`word_similarity(${folded}, ${merchants.searchText}) desc`,
          ...byPopularity,
        ];
      }
      return byPopularity;
    default:
      return byPopularity;
  }
}

/**
 * Minimum word similarity for a typo-tolerant match. The `<%` operator uses
 * the session threshold (0.45, set per connection in db/client.ts) so the GIN
 * index can prefilter; short queries need a stricter match or "velo" would
 * find every word starting with "ve".
 */
export function similarityThreshold(q: string): number {
  return q.length >= 6 ? SESSION_SIMILARITY_THRESHOLD : 0.6;
}

/** pg_trgm.word_similarity_threshold as set on every connection by db/client.ts. */
const SESSION_SIMILARITY_THRESHOLD = 0.45;

export type CategoryMatch = {
  id: number;
  parentId: number | null;
  slug: string;
  nameFr: string;
  nameEn: string;
};
export type StorePage = {
  rows: CardBase[];
  total: number;
  page: number;
  pageCount: number;
  matchingCategories: CategoryMatch[];
};

/**
 * The search itself: one page of matching live merchants (ids and card
 * columns, in order) and the total. The count and the page run in parallel;
 * a page past the end is fetched again as the last page.
 */
export async function findStorePage(
  db: DbOrTx,
  query: StoreQuery,
  options: { pageSize?: number; category?: CategoryWithFamily | null } = {},
): Promise<StorePage> {
  const pageSize = options.pageSize ?? STORE_PAGE_SIZE;
  const category = options.category ?? null;
  const folded = query.q ? sql`lower(f_unaccent(${query.q}::text))` : null;
  const pattern = query.q ? foldedPattern(query.q) : null;

  const conditions: SQL[] = [isPublicMerchant()];
  if (category) {
    const ids = [category.id, ...category.children.map((c) => c.id)];
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(merchantCategories)
          .where(
            and(eq(merchantCategories.merchantId, merchants.id), inArray(merchantCategories.categoryId, ids)),
          ),
      ),
    );
  }
  let matchingCategories: CategoryMatch[] = [];
  if (folded && pattern && query.q) {
    // A search finds merchants by name or shop domain (trigrams on a short text), and every
    // merchant of a category whose name matches (75 categories: cheap to compare).
    matchingCategories = await findMatchingCategories(db, query.q);
    const tops = new Set(matchingCategories.filter((c) => c.parentId === null).map((c) => c.id));
    const memberOf = [
      ...new Set([
        ...matchingCategories.map((c) => c.id),
        ...(tops.size > 0 ? await childIds(db, [...tops]) : []),
      ]),
    ];
    const byText = searchCondition(folded, pattern, similarityThreshold(query.q));
    // A union of two index lookups (trigram GIN, category membership); an OR of the two
    // in one WHERE would make Postgres score the trigram condition on every merchant.
    conditions.push(
      memberOf.length === 0
        ? byText
        : sql`${merchants.id} in (
            select ${merchants.id} from ${merchants} where ${byText}
            union
            select ${merchantCategories.merchantId} from ${merchantCategories}
            where ${merchantCategories.categoryId} = any(${sql.param(memberOf)}::int[]))`,
    );
  }
  const where = and(...conditions);
  const pageOf = (page: number) =>
    db
      .select(cardColumns)
      .from(merchants)
      .where(where)
      .orderBy(...orderFor(query, folded, pattern))
      .limit(pageSize)
      .offset((page - 1) * pageSize);

  const countAll = async () =>
    (await db.select({ total: count() }).from(merchants).where(where))[0]?.total ?? 0;

  if (query.q) {
    // A relevance sort reads every match anyway: count them in the same pass.
    const withTotal = await db
      .select({ ...cardColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(merchants)
      .where(where)
      .orderBy(...orderFor(query, folded, pattern))
      .limit(pageSize)
      .offset((query.page - 1) * pageSize);
    const total = withTotal[0]?.total ?? (await countAll());
    const pageCount = Math.max(1, Math.ceil(total / pageSize));
    const page = Math.min(query.page, pageCount);
    const rows = page === query.page ? withTotal.map(({ total: _, ...row }) => row) : await pageOf(page);
    return { rows, total, page, pageCount, matchingCategories };
  }

  // Browsing: the page is an index range scan, the count runs beside it.
  const [total, requested] = await Promise.all([countAll(), pageOf(query.page)]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page, pageCount);
  const rows = page === query.page ? requested : await pageOf(page);
  return { rows, total, page, pageCount, matchingCategories };
}

export async function listStores(
  db: DbOrTx,
  query: StoreQuery,
  options: { now?: Date; pageSize?: number; cardInputs?: CardInputsSource } = {},
): Promise<StoreList> {
  const now = options.now ?? new Date();
  const pageSize = options.pageSize ?? STORE_PAGE_SIZE;
  const category = query.category ? await getCategoryBySlug(db, query.category) : null;
  const found = await findStorePage(db, query, { pageSize, category });
  return {
    items: await toMerchantCards(db, found.rows, now, options.cardInputs),
    total: found.total,
    page: found.page,
    pageCount: found.pageCount,
    pageSize,
    category,
    matchingCategories: found.matchingCategories.slice(0, 6),
  };
}

async function findMatchingCategories(db: DbOrTx, q: string): Promise<CategoryMatch[]> {
  const folded = sql`lower(f_unaccent(${q}::text))`;
  const pattern = foldedPattern(q);
  const names = sql`lower(f_unaccent(${categories.nameFr} || ' ' || ${categories.nameEn}))`;
  return db
    .select({
      id: categories.id,
      parentId: categories.parentId,
      slug: categories.slug,
      nameFr: categories.nameFr,
      nameEn: categories.nameEn,
    })
    .from(categories)
    .where(
      or(
        sql`${names} like '%' || ${pattern} || '%'`,
        sql`(${folded} <% ${names} and word_similarity(${folded}, ${names}) >= ${similarityThreshold(q)})`,
      ),
    )
    .orderBy(sql`word_similarity(${folded}, ${names}) desc`, asc(categories.position));
}

async function childIds(db: DbOrTx, parentIds: number[]): Promise<number[]> {
  const rows = await db
    .select({ id: categories.id })
    .from(categories)
    .where(inArray(categories.parentId, parentIds));
  return rows.map((r) => r.id);
}
