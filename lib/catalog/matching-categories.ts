import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { likeEscaped, similarityThreshold } from './store-search';

// The categories a search names ("electromenager" → Électroménager and its
// subcategories): shown as links above the results, and their live merchants
// all count as matches. About 75 rows, compared in one query; pages keep the
// answer for a minute per process, like the category tree.

export type CategoryMatch = {
  id: number;
  parentId: number | null;
  slug: string;
  nameFr: string;
  nameEn: string;
};

export type MatchingCategories = {
  /** Best match first. */
  categories: CategoryMatch[];
  /** The matching categories and every child of a matching top category. */
  memberOf: number[];
};

export type MatchingCategoriesSource = (db: DbOrTx, q: string) => Promise<MatchingCategories>;

type Row = {
  id: number;
  parent_id: number | null;
  slug: string;
  name_fr: string;
  name_en: string;
  child_ids: number[];
};

export async function findMatchingCategories(db: DbOrTx, q: string): Promise<MatchingCategories> {
  const { rows } = await db.execute<Row>(sql`
    with q as materialized (
      select lower(f_unaccent(${q}::text)) as folded, lower(f_unaccent(${likeEscaped(q)}::text)) as pat
    )
    select c.id, c.parent_id, c.slug, c.name_fr, c.name_en,
      case when c.parent_id is null
        then array(select k.id from categories k where k.parent_id = c.id order by k.id)
        else '{}'::int[] end as child_ids
    from (
      -- Folded once per row (offset 0 keeps the planner from repeating it in each test).
      select c.*, lower(f_unaccent(c.name_fr || ' ' || c.name_en)) as names from categories c offset 0
    ) c, q
    where c.names like '%' || q.pat || '%'
      or (q.folded <% c.names and word_similarity(q.folded, c.names) >= ${similarityThreshold(q)}::real)
    order by word_similarity(q.folded, c.names) desc, c.position`);
  return {
    categories: rows.map((r) => ({
      id: r.id,
      parentId: r.parent_id,
      slug: r.slug,
      nameFr: r.name_fr,
      nameEn: r.name_en,
    })),
    memberOf: [...new Set(rows.flatMap((r) => [r.id, ...r.child_ids]))],
  };
}

const TTL_MS = 60_000;
const MAX_ENTRIES = 1_000;

type Entry = { value: Promise<MatchingCategories>; expiresAtMs: number };

/** A per-process copy of `load`, kept a minute per search text; a failed load is not kept. */
export function createMatchingCategoriesCache(
  load: MatchingCategoriesSource = findMatchingCategories,
  clock: () => number = Date.now,
): MatchingCategoriesSource {
  const entries = new Map<string, Entry>();
  return (db, q) => {
    const now = clock();
    const entry = entries.get(q);
    if (entry && entry.expiresAtMs > now) return entry.value;
    if (entries.size >= MAX_ENTRIES) entries.clear();
    const value = load(db, q);
    const current: Entry = { value, expiresAtMs: now + TTL_MS };
    entries.set(q, current);
    value.catch(() => {
      if (entries.get(q) === current) entries.delete(q);
    });
    return value;
  };
}

const perDb = new WeakMap<object, MatchingCategoriesSource>();

/** The process-wide cache for one database handle (pages use this). */
export function cachedMatchingCategories(db: DbOrTx, q: string): Promise<MatchingCategories> {
  let source = perDb.get(db);
  if (!source) {
    source = createMatchingCategoriesCache();
    perDb.set(db, source);
  }
  return source(db, q);
}
