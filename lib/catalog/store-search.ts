import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import type { CardBase } from './merchant-cards';
import type { StoreSort } from './store-query';
import { PUBLIC_STATUS } from './visibility';

// The /stores search as one statement: one page of live merchants matching a
// search (by name or shop domain, accent- and typo-tolerant, or by being in a
// matching category), in the requested order, with the total. Accents and case
// are folded by unaccent; typos are tolerated by pg_trgm word similarity,
// served by the GIN index on merchants.search_text.
//
// Relevance order is (name starts with the search, word similarity, popularity,
// id). Scoring a merchant costs a word_similarity call, and a category match
// can bring in hundreds of members, so the page is built from two ordered
// parts and Postgres stops reading as soon as the page is full:
//   1. text matches whose name starts with the search or whose similarity is
//      above the threshold: nothing else can rank before them;
//   2. everything else (weaker text matches, members of matching categories),
//      scored only when a page reaches that far.
// Every member that is not a text match scores at most the threshold (the
// `<%` operator and the explicit check both failed), which is what makes the
// split exact: the order is the one a single ORDER BY over all rows gives.

/**
 * pg_trgm.word_similarity_threshold as set on every connection by
 * db/client.ts: the `<%` operator uses it, so the GIN index can prefilter.
 */
export const SESSION_SIMILARITY_THRESHOLD = 0.45;

/**
 * Minimum word similarity for a typo-tolerant match. Short queries need a
 * stricter match or "velo" would find every word starting with "ve".
 */
export function similarityThreshold(q: string): number {
  return q.length >= 6 ? SESSION_SIMILARITY_THRESHOLD : 0.6;
}

/** The search text with LIKE's metacharacters escaped (it is folded in SQL). */
export function likeEscaped(q: string): string {
  return q.replace(/[\\%_]/g, '\\$&');
}

export type StoreSearch = {
  q: string;
  sort: StoreSort;
  /** Categories whose live members all match (matching categories and the children of matching tops). */
  memberOf: readonly number[];
  /** The category filter (a category and its children), or null for all categories. */
  within: readonly number[] | null;
  offset: number;
  limit: number;
};

export type StoreSearchResult = { rows: CardBase[]; total: number };

type Row = {
  total: number;
  id: number | null;
  slug: string | null;
  name: string | null;
  logo_url: string | null;
  brand_color: string | null;
};

/** Each sort's keys, as in a plain /stores listing (NULLS placement included). */
const sortKeys: Record<StoreSort, string[]> = {
  relevance: ['part', 'prefix desc', 'ws desc', 'pop desc', 'id'],
  popular: ['pop desc', 'id'],
  rate: ['rate desc nulls last', 'fixed desc nulls last', 'pop desc', 'id'],
  newest: ['published desc nulls last', 'id desc'],
  az: ['name', 'id'],
};
const orderBy = (sort: StoreSort, alias = '') => sql.raw(sortKeys[sort].map((k) => alias + k).join(', '));

const dialect = new PgDialect();
// A literal, not a parameter: the named statement's generic plan then knows nearly every
// merchant is live, instead of AND-ing in a bitmap of the status index (measured: 9 495 rows
// read for nothing on each search).
const LIVE = sql.raw(`'${PUBLIC_STATUS}'`);

export async function searchStores(db: DbOrTx, search: StoreSearch): Promise<StoreSearchResult> {
  const threshold = similarityThreshold(search.q);
  // The category filter, on merchants (m) or on member ids (k).
  const within = (keyword: 'and' | 'where', alias: 'm' | 'k') =>
    search.within
      ? sql`${sql.raw(keyword)} exists (select 1 from merchant_categories f where f.merchant_id = ${sql.raw(alias)}.id
          and f.category_id = any(${sql.param([...search.within])}::int[]))`
      : sql``;
  const end = search.offset + search.limit;
  const page =
    search.sort === 'relevance'
      ? sql`(select id, 1 as part, prefix, ws, pop from t where prefix or ws > ${threshold}::real
            order by prefix desc, ws desc, pop desc, id limit ${end})
          union all
          (select id, 2, false, ws, pop from (
              select id, ws, pop from t where not (prefix or ws > ${threshold}::real)
              union all
              select m.id, word_similarity(q.folded, m.search_text), m.click_count30d
              from c join merchants m on m.id = c.id, q
            ) weaker
            order by ws desc, pop desc, id limit ${end})
          offset ${search.offset} limit ${search.limit}`
      : sql`select * from (
              select id, pop, rate, fixed, published, name from t
              union all
              select m.id, m.click_count30d, m.best_rate_bps, m.best_fixed_minor, m.published_at, m.name_folded
              from c join merchants m on m.id = c.id
            ) hits
          order by ${orderBy(search.sort)} offset ${search.offset} limit ${search.limit}`;

  const statement = sql`
    with q as materialized (
      select lower(f_unaccent(${search.q}::text)) as folded,
        lower(f_unaccent(${likeEscaped(search.q)}::text)) as pat
    ),
    t as materialized (
      -- Text matches, each scored once (offset 0 keeps the planner from repeating the call).
      select * from (
        select m.id, m.click_count30d as pop, m.best_rate_bps as rate, m.best_fixed_minor as fixed,
          m.published_at as published, m.name_folded as name,
          m.name_folded like q.pat || '%' as prefix,
          m.search_text like '%' || q.pat || '%' as sub,
          word_similarity(q.folded, m.search_text) as ws
        from merchants m, q
        where m.status = ${LIVE} ${within('and', 'm')}
          -- search_text %> folded is folded <% search_text written as the index condition is,
          -- so the planner knows the bitmap recheck already tested it: written the other way,
          -- it tested it again in a filter (a second word_similarity call per candidate).
          and (m.search_text like '%' || q.pat || '%' or m.search_text %> q.folded)
        offset 0
      ) scored
      where sub or ws >= ${threshold}::real
    ),
    c as materialized (
      -- Live members of matching categories that are not text matches: set operations on ids
      -- from the partial index of live memberships, no merchant row read until scored.
      select id from (
        select merchant_id as id from merchant_categories
        where merchant_live and category_id = any(${sql.param([...search.memberOf])}::int[])
        except select id from t
      ) k
      ${within('where', 'k')}
    ),
    page as (${page})
    select totals.total, m.id, m.slug, m.name, m.logo_url, m.brand_color
    from (select ((select count(*) from t) + (select count(*) from c))::int as total) totals
    left join (page join merchants m on m.id = page.id) on true
    order by ${orderBy(search.sort, 'page.')}`;

  // On the pool, a named statement: parsed once per connection, not on every search. Its
  // text depends only on the sort and on whether a category filter applies.
  let rows: Row[];
  if ('$client' in db) {
    const { sql: text, params } = dialect.sqlToQuery(statement);
    const name = `store_search_v2_${search.sort}${search.within ? '_within' : ''}`;
    rows = (await db.$client.query<Row>({ name, text, values: params })).rows;
  } else {
    rows = (await db.execute<Row>(statement)).rows;
  }
  return {
    total: rows[0]?.total ?? 0,
    rows: rows
      .filter((r) => r.id !== null)
      .map((r) => ({
        id: r.id!,
        slug: r.slug!,
        name: r.name!,
        logoUrl: r.logo_url,
        brandColor: r.brand_color!,
      })),
  };
}
