import { and, asc, count, desc, eq, exists, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { categories, merchantCategories, merchants } from '@/db/schema';
import { type CategoryWithFamily, getCategoryBySlug } from './categories';
import { cardColumns, type MerchantCard, toMerchantCards } from './merchant-cards';
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

const foldedName = sql`lower(f_unaccent(${merchants.name}))`;

/** The search text with LIKE's metacharacters escaped, folded like search_text is. */
function foldedPattern(q: string): SQL {
  return sql`lower(f_unaccent(${q.replace(/[\\%_]/g, '\\$&')}::text))`;
}

function searchCondition(folded: SQL, pattern: SQL, threshold: number): SQL {
  // Substring for exact fragments (short queries included), word similarity for typos.
  return or(
    sql`${merchants.searchText} like '%' || ${pattern} || '%'`,
    sql`(${folded} <% ${merchants.searchText} and word_similarity(${folded}, ${merchants.searchText}) >= ${threshold})`,
  )!;
}

function orderFor(query: StoreQuery, folded: SQL | null, pattern: SQL | null): SQL[] {
  switch (query.sort) {
    case 'rate':
      return [
        sql`${merchants.bestRateBps} desc nulls last`,
        sql`${merchants.bestFixedMinor} desc nulls last`,
        desc(merchants.clickCount30d),
        asc(merchants.id),
      ];
    case 'newest':
      return [sql`${merchants.publishedAt} desc nulls last`, desc(merchants.id)];
    case 'az':
      return [asc(foldedName), asc(merchants.id)];
    case 'relevance':
      if (folded && pattern) {
        return [
          sql`(${foldedName} like ${pattern} || '%') desc`,
          sql`word_similarity(${folded}, ${foldedName}) desc`,
          sql`word_similarity(${folded}, ${merchants.searchText}) desc`,
          desc(merchants.clickCount30d),
          asc(merchants.id),
        ];
      }
      return [desc(merchants.clickCount30d), asc(merchants.id)];
    default:
      return [desc(merchants.clickCount30d), asc(merchants.id)];
  }
}

/**
 * Minimum word similarity for a typo-tolerant match. The `<%` operator uses
 * the session threshold (0.45, set per connection in db/client.ts) so the GIN
 * index can prefilter; short queries need a stricter match or "velo" would
 * find every word starting with "ve".
 */
export function similarityThreshold(q: string): number {
  return q.length >= 6 ? 0.45 : 0.6;
}

export async function listStores(
  db: DbOrTx,
  query: StoreQuery,
  options: { now?: Date; pageSize?: number } = {},
): Promise<StoreList> {
  const now = options.now ?? new Date();
  const pageSize = options.pageSize ?? STORE_PAGE_SIZE;
  const category = query.category ? await getCategoryBySlug(db, query.category) : null;
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
  if (folded && pattern && query.q)
    conditions.push(searchCondition(folded, pattern, similarityThreshold(query.q)));
  const where = and(...conditions);

  const [[{ total } = { total: 0 }], matchingCategories] = await Promise.all([
    db.select({ total: count() }).from(merchants).where(where),
    folded && pattern ? findMatchingCategories(db, folded, pattern) : Promise.resolve([]),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page, pageCount);
  const rows = await db
    .select(cardColumns)
    .from(merchants)
    .where(where)
    .orderBy(...orderFor(query, folded, pattern))
    .limit(pageSize)
    .offset((page - 1) * pageSize);

  return {
    items: await toMerchantCards(db, rows, now),
    total,
    page,
    pageCount,
    pageSize,
    category,
    matchingCategories,
  };
}

async function findMatchingCategories(db: DbOrTx, folded: SQL, pattern: SQL) {
  const names = sql`lower(f_unaccent(${categories.nameFr} || ' ' || ${categories.nameEn}))`;
  return db
    .select({ slug: categories.slug, nameFr: categories.nameFr, nameEn: categories.nameEn })
    .from(categories)
    .where(or(sql`${names} like '%' || ${pattern} || '%'`, sql`${folded} <% ${names}`))
    .orderBy(sql`word_similarity(${folded}, ${names}) desc`, asc(categories.position))
    .limit(6);
}
