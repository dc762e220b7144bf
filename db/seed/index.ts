import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import {
  boosts,
  cashbackRates,
  categories,
  coupons,
  events,
  type MerchantStatus,
  merchantCategories,
  merchantDomains,
  merchantStatus,
  merchantStatusChanges,
  merchants,
  networkAccounts,
  networkPrograms,
  offers,
} from '@/db/schema';
import { refreshMerchantDerived } from '@/lib/catalog/merchant-derived';
import { AppError } from '@/lib/errors';
import { seedDemoAccounts } from './demo-accounts';
import { generateCatalog, type Scale } from './generate';
import { insertCatalog } from './insert';

// The demo catalog (`seed`, and `npm start` on an empty database) and the
// 10 000-merchant one for benchmarks (`seed --scale large`), each with the
// demo logins (db/seed/demo-accounts.ts).

export { generateCatalog, type Scale } from './generate';
export type { CatalogPlan } from './types';

export type SeedOptions = {
  scale: Scale;
  now?: Date;
  log?: (m: string) => void;
  /** Total merchants including anchors; overrides the scale's count. For tests. */
  merchantCount?: number;
};

export type SeedSummary = {
  scale: Scale;
  categories: number;
  topCategories: number;
  merchants: number;
  merchantsByStatus: Record<MerchantStatus, number>;
  domains: number;
  networkAccounts: number;
  networkPrograms: number;
  statusChanges: number;
  offers: number;
  rates: number;
  boosts: number;
  events: number;
  coupons: number;
  /** Demo logins created (0 when they already existed). */
  demoAccounts: number;
};

const CATALOG_TABLES = [
  boosts,
  coupons,
  cashbackRates,
  offers,
  networkPrograms,
  networkAccounts,
  merchantStatusChanges,
  merchantCategories,
  merchantDomains,
  merchants,
  events,
  categories,
];

export async function isCatalogEmpty(db: DbOrTx): Promise<boolean> {
  const result = await db.execute<{ empty: boolean }>(
    sql`select not exists (select 1 from ${merchants}) and not exists (select 1 from ${categories}) as empty`,
  );
  return result.rows[0]?.empty === true;
}

/** Deletes every catalog row and restarts the ids (and anything that references them, by CASCADE). */
export async function resetCatalog(db: DbOrTx): Promise<void> {
  await db.execute(
    sql`truncate ${sql.join(
      CATALOG_TABLES.map((t) => sql`${t}`),
      sql`, `,
    )} restart identity cascade`,
  );
}

/** Inserts the whole catalog in one transaction. Refuses a database that already has one. */
export async function seedDatabase(db: Db, options: SeedOptions): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const started = Date.now();
  const plan = generateCatalog({ now, scale: options.scale, merchantCount: options.merchantCount });
  log(`seed: generated ${plan.merchants.length} merchants (${options.scale}) in ${Date.now() - started} ms`);
  const counts = await db.transaction(async (tx) => {
    if (!(await isCatalogEmpty(tx))) {
      throw new AppError('conflict', 'The catalog is not empty: reset it first (seed --reset)');
    }
    const inserted = await insertCatalog(tx, plan, log);
    await refreshMerchantDerived(tx, { now });
    const demoAccounts = await seedDemoAccounts(tx, { now });
    return { ...inserted, demoAccounts };
  });
  log(`seed: done in ${Date.now() - started} ms`);
  const merchantsByStatus = Object.fromEntries(merchantStatus.enumValues.map((s) => [s, 0])) as Record<
    MerchantStatus,
    number
  >;
  for (const m of plan.merchants) merchantsByStatus[m.status]++;
  return {
    scale: options.scale,
    categories: counts.categories,
    topCategories: plan.categories.filter((c) => c.parentSlug === null).length,
    merchants: counts.merchants,
    merchantsByStatus,
    domains: counts.domains,
    networkAccounts: counts.networkAccounts,
    networkPrograms: counts.networkPrograms,
    statusChanges: counts.statusChanges,
    offers: counts.offers,
    rates: counts.rates,
    boosts: counts.boosts,
    events: counts.events,
    coupons: counts.coupons,
    demoAccounts: counts.demoAccounts,
  };
}
