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
          // Similarity to the short name only: scoring the long search text costs more than it sorts.
          sql`word_similarity(${folded}, ${foldedName}) desc`,
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

export type StorePage = { rows: CardBase[]; total: number; page: number; pageCount: number };

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
  if (folded && pattern && query.q) {
    conditions.push(searchCondition(folded, pattern, similarityThreshold(query.q)));
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
    return { rows, total, page, pageCount };
  }

  // Browsing: the page is an index range scan, the count runs beside it.
  const [total, requested] = await Promise.all([countAll(), pageOf(query.page)]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page, pageCount);
  const rows = page === query.page ? requested : await pageOf(page);
  return { rows, total, page, pageCount };
}

export async function listStores(
  db: DbOrTx,
  query: StoreQuery,
  options: { now?: Date; pageSize?: number; cardInputs?: CardInputsSource } = {},
): Promise<StoreList> {
  const now = options.now ?? new Date();
  const pageSize = options.pageSize ?? STORE_PAGE_SIZE;
  const category = query.category ? await getCategoryBySlug(db, query.category) : null;
  const [found, matchingCategories] = await Promise.all([
    findStorePage(db, query, { pageSize, category }),
    query.q ? findMatchingCategories(db, query.q) : Promise.resolve([]),
  ]);
  return {
    items: await toMerchantCards(db, found.rows, now, options.cardInputs),
    total: found.total,
    page: found.page,
    pageCount: found.pageCount,
    pageSize,
    category,
    matchingCategories,
  };
}

async function findMatchingCategories(db: DbOrTx, q: string) {
  const folded = sql`lower(f_unaccent(${q}::text))`;
  const pattern = foldedPattern(q);
  const names = sql`lower(f_unaccent(${categories.nameFr} || ' ' || ${categories.nameEn}))`;
  return db
    .select({ slug: categories.slug, nameFr: categories.nameFr, nameEn: categories.nameEn })
    .from(categories)
    .where(or(sql`${names} like '%' || ${pattern} || '%'`, sql`${folded} <% ${names}`))
    .orderBy(sql`word_similarity(${folded}, ${names}) desc`, asc(categories.position))
    .limit(6);
}
