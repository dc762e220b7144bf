import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import {
  boosts,
  cashbackRates,
  categories,
  coupons,
  events,
  merchantCategories,
  merchantDomains,
  merchantStatusChanges,
  merchants,
  networkAccounts,
  networkPrograms,
  offers,
} from '@/db/schema';
import type { CatalogPlan } from './types';

// Writes a catalog plan: ids come from each table's own sequence (allocated up
// front, so children can point at parents without RETURNING order guarantees),
// rows go in batches of at most 1000 per statement.

export const BATCH_ROWS = 1000;

export type InsertCounts = {
  categories: number;
  networkAccounts: number;
  events: number;
  merchants: number;
  domains: number;
  merchantCategories: number;
  statusChanges: number;
  networkPrograms: number;
  offers: number;
  rates: number;
  boosts: number;
  coupons: number;
};

async function allocateIds(db: DbOrTx, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const result = await db.execute<{ id: number }>(
    sql`select nextval(pg_get_serial_sequence(${table}, 'id'))::int as id from generate_series(1, ${count})`,
  );
  return result.rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

// drizzle's naming for a column declared without a name, under `casing: 'snake_case'` (drizzle-orm/casing).
function snakeCase(key: string): string {
  const words = key.replace(/['\u2019]/g, '').match(/[\da-z]+|[A-Z]+(?![a-z])|[A-Z][\da-z]+/g) ?? [];
  return words.map((w) => w.toLowerCase()).join('_');
}

/**
 * Rows travel as one JSON parameter per batch, expanded by
 * json_populate_recordset: building a 1000-row VALUES list through the query
 * builder cost more than Postgres spent inserting it (10 000 merchants: about
 * 12 s → 7 s). Columns no row sets keep their defaults; a column that some
 * rows set and others leave undefined is NULL in the latter.
 */
async function insertRows<T extends PgTable>(
  db: DbOrTx,
  table: T,
  rows: T['$inferInsert'][],
): Promise<number> {
  if (rows.length === 0) return 0;
  const tableColumns = getTableColumns(table);
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const names = keys.map((key) => {
    const column = tableColumns[key];
    if (!column) throw new Error(`seed: ${getTableName(table)} has no column "${key}"`);
    return column.keyAsName ? snakeCase(column.name) : column.name;
  });
  const columns = sql.join(
    names.map((n) => sql.identifier(n)),
    sql`, `,
  );
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    const batch = rows.slice(i, i + BATCH_ROWS).map((row) => {
      const record = row as Record<string, unknown>;
      return Object.fromEntries(keys.map((k, j) => [names[j], record[k] ?? null]));
    });
    await db.execute(
      sql`insert into ${table} (${columns}) select ${columns} from json_populate_recordset(null::${table}, ${JSON.stringify(batch)}::json)`,
    );
  }
  return rows.length;
}

function lookup(map: Map<string, number>, key: string, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`seed: unknown ${what} "${key}"`);
  return id;
}

export async function insertCatalog(
  db: DbOrTx,
  plan: CatalogPlan,
  log: (m: string) => void,
): Promise<InsertCounts> {
  const categoryIds = new Map<string, number>();
  for (const [i, id] of (await allocateIds(db, 'categories', plan.categories.length)).entries()) {
    categoryIds.set(plan.categories[i]!.slug, id);
  }
  const counts = {} as InsertCounts;
  counts.categories = await insertRows(
    db,
    categories,
    plan.categories.map(({ parentSlug, ...c }) => ({
      ...c,
      id: lookup(categoryIds, c.slug, 'category'),
      parentId: parentSlug ? lookup(categoryIds, parentSlug, 'category') : null,
    })),
  );

  const accountIds = await allocateIds(db, 'network_accounts', plan.networkAccounts.length);
  const accountByCode = new Map(plan.networkAccounts.map((a, i) => [a.networkCode, accountIds[i]!]));
  counts.networkAccounts = await insertRows(
    db,
    networkAccounts,
    plan.networkAccounts.map((a, i) => ({ ...a, id: accountIds[i]! })),
  );

  const eventIds = await allocateIds(db, 'events', plan.events.length);
  const eventBySlug = new Map(plan.events.map((e, i) => [e.slug, eventIds[i]!]));
  counts.events = await insertRows(
    db,
    events,
    plan.events.map((e, i) => ({ ...e, id: eventIds[i]! })),
  );

  const merchantIds = await allocateIds(db, 'merchants', plan.merchants.length);
  const merchantBySlug = new Map(plan.merchants.map((m, i) => [m.slug, merchantIds[i]!]));
  counts.merchants = await insertRows(
    db,
    merchants,
    plan.merchants.map(
      (
        { topCategorySlug, categories: _c, domains: _d, statusChanges: _s, programs: _p, offers: _o, ...m },
        i,
      ) => ({
        ...m,
        id: merchantIds[i]!,
      }),
    ),
  );
  log(`seed: ${counts.merchants} merchants`);

  const withId = plan.merchants.map((m, i) => ({ m, merchantId: merchantIds[i]! }));
  counts.domains = await insertRows(
    db,
    merchantDomains,
    withId.flatMap(({ m, merchantId }) => m.domains.map((d) => ({ ...d, merchantId }))),
  );
  counts.merchantCategories = await insertRows(
    db,
    merchantCategories,
    withId.flatMap(({ m, merchantId }) =>
      m.categories.map((c) => ({
        merchantId,
        categoryId: lookup(categoryIds, c.slug, 'category'),
        isPrimary: c.isPrimary,
      })),
    ),
  );
  counts.statusChanges = await insertRows(
    db,
    merchantStatusChanges,
    withId.flatMap(({ m, merchantId }) => m.statusChanges.map((s) => ({ ...s, merchantId }))),
  );
  counts.networkPrograms = await insertRows(
    db,
    networkPrograms,
    withId.flatMap(({ m, merchantId }) =>
      m.programs.map((p) => ({
        ...p,
        merchantId,
        networkAccountId: lookup(accountByCode, p.networkCode, 'network'),
      })),
    ),
  );

  const offerPlans = withId.flatMap(({ m, merchantId }) => m.offers.map((o) => ({ o, merchantId })));
  const offerIds = await allocateIds(db, 'offers', offerPlans.length);
  counts.offers = await insertRows(
    db,
    offers,
    offerPlans.map(({ o: { rates: _r, ...o }, merchantId }, i) => ({ ...o, id: offerIds[i]!, merchantId })),
  );
  const ratePlans = offerPlans.flatMap(({ o }, i) => o.rates.map((r) => ({ r, offerId: offerIds[i]! })));
  const rateIds = await allocateIds(db, 'cashback_rates', ratePlans.length);
  counts.rates = await insertRows(
    db,
    cashbackRates,
    ratePlans.map(({ r, offerId }, i) => ({ ...r, id: rateIds[i]!, offerId })),
  );
  log(`seed: ${counts.offers} offers, ${counts.rates} rates`);

  // A boost names its rate by (merchant, offer position in the plan, rate position).
  const rateIdOf = new Map<string, number>();
  let r = 0;
  for (const { m } of withId) {
    m.offers.forEach((o, oi) => {
      o.rates.forEach((_rate, ri) => {
        rateIdOf.set(`${m.slug}/${oi}/${ri}`, rateIds[r++]!);
      });
    });
  }
  counts.boosts = await insertRows(
    db,
    boosts,
    plan.boosts.map(({ merchantSlug, offerIndex, rateIndex, eventSlug, ...b }) => ({
      ...b,
      rateId: lookup(rateIdOf, `${merchantSlug}/${offerIndex}/${rateIndex}`, 'rate'),
      merchantId: lookup(merchantBySlug, merchantSlug, 'merchant'),
      eventId: eventSlug ? lookup(eventBySlug, eventSlug, 'event') : null,
    })),
  );
  counts.coupons = await insertRows(
    db,
    coupons,
    plan.coupons.map(({ merchantSlug, ...c }) => ({
      ...c,
      merchantId: lookup(merchantBySlug, merchantSlug, 'merchant'),
    })),
  );
  log(`seed: ${counts.boosts} boosts, ${counts.coupons} coupons, ${counts.events} events`);
  return counts;
}
