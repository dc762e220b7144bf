import { and, asc, count, eq, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import type { Category } from '@/db/schema';
import { categories, merchantCategories, merchants } from '@/db/schema';
import { ttlMemo } from '@/lib/cache/ttl-memo';
import { isPublicMerchant } from './visibility';

// The two-level category tree with the number of live merchants in each.

export type CountedCategory = Category & { merchantCount: number };
export type CategoryNode = CountedCategory & { children: CountedCategory[] };

export async function listCategoryTree(db: DbOrTx): Promise<CategoryNode[]> {
  const [rows, direct, tops] = await Promise.all([
    db.select().from(categories).orderBy(asc(categories.position), asc(categories.nameFr)),
    liveMerchantCountsByCategory(db),
    liveMerchantCountsByTopCategory(db),
  ]);
  return rows
    .filter((c) => c.parentId === null)
    .map((top) => ({
      ...top,
      merchantCount: tops.get(top.id) ?? 0,
      children: rows
        .filter((c) => c.parentId === top.id)
        .map((c) => ({ ...c, merchantCount: direct.get(c.id) ?? 0 })),
    }));
}

const trees = new WeakMap<object, () => Promise<CategoryNode[]>>();

/**
 * The tree for pages: counts every live merchant, so it is kept for a minute
 * per process (per database handle) rather than recounted on every request.
 */
export function cachedCategoryTree(db: DbOrTx): Promise<CategoryNode[]> {
  let get = trees.get(db);
  if (!get) {
    get = ttlMemo(60_000, () => listCategoryTree(db));
    trees.set(db, get);
  }
  return get();
}

export type CategoryWithFamily = Category & { parent: Category | null; children: Category[] };

/** The category with its parent and children, read in one query. */
export async function getCategoryBySlug(db: DbOrTx, slug: string): Promise<CategoryWithFamily | null> {
  const family = await db
    .select()
    .from(categories)
    .where(
      or(
        eq(categories.slug, slug),
        eq(categories.parentId, sql`(select id from categories where slug = ${slug})`),
        eq(categories.id, sql`(select parent_id from categories where slug = ${slug})`),
      ),
    )
    .orderBy(asc(categories.position), asc(categories.nameFr));
  const category = family.find((c) => c.slug === slug);
  if (!category) return null;
  return {
    ...category,
    parent: family.find((c) => c.id === category.parentId) ?? null,
    children: family.filter((c) => c.parentId === category.id),
  };
}

async function liveMerchantCountsByCategory(db: DbOrTx): Promise<Map<number, number>> {
  const rows = await db
    .select({ categoryId: merchantCategories.categoryId, n: count() })
    .from(merchantCategories)
    .innerJoin(merchants, and(eq(merchants.id, merchantCategories.merchantId), isPublicMerchant()))
    .groupBy(merchantCategories.categoryId);
  return new Map(rows.map((r) => [r.categoryId, r.n]));
}

/** Distinct live merchants per top-level category (a merchant in two subcategories counts once). */
async function liveMerchantCountsByTopCategory(db: DbOrTx): Promise<Map<number, number>> {
  const top = sql<number>`coalesce(${categories.parentId}, ${categories.id})`;
  const rows = await db
    .select({ topId: top, n: sql<number>`count(distinct ${merchantCategories.merchantId})::int` })
    .from(merchantCategories)
    .innerJoin(categories, eq(categories.id, merchantCategories.categoryId))
    .innerJoin(merchants, and(eq(merchants.id, merchantCategories.merchantId), isPublicMerchant()))
    .groupBy(top);
  return new Map(rows.map((r) => [Number(r.topId), Number(r.n)]));
}
