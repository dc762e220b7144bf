import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  check,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

// The public catalog: categories, merchants and their shop domains, the
// network programs that route clicks, offers with their cashback rates, boosts,
// seasonal events and coupons. Money columns are integer minor units with a
// currency column beside them; rates are basis points.

const money = (name: string) => bigint(name, { mode: 'number' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const merchantStatus = pgEnum('merchant_status', [
  'draft',
  'pending_review',
  'approved',
  'live',
  'paused',
  'archived',
]);
export const rateKind = pgEnum('rate_kind', ['percent', 'fixed']);
export const rateScope = pgEnum('rate_scope', ['all', 'new_customers', 'existing_customers', 'category']);
export const boostKind = pgEnum('boost_kind', ['window', 'weekly']);

export const categories = pgTable(
  'categories',
  {
    id: serial().primaryKey(),
    slug: text().notNull(),
    parentId: integer(),
    nameFr: text().notNull(),
    nameEn: text().notNull(),
    descriptionFr: text().notNull().default(''),
    descriptionEn: text().notNull().default(''),
    icon: text().notNull().default('tag'),
    position: smallint().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('categories_slug_key').on(t.slug),
    index('categories_parent_idx').on(t.parentId),
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id], name: 'categories_parent_fk' }).onDelete(
      'restrict',
    ),
  ],
);

export const merchants = pgTable(
  'merchants',
  {
    id: serial().primaryKey(),
    slug: text().notNull(),
    name: text().notNull(),
    logoUrl: text(),
    brandColor: char({ length: 7 }).notNull().default('#0f766e'),
    websiteUrl: text().notNull(),
    descriptionFr: text().notNull().default(''),
    descriptionEn: text().notNull().default(''),
    conditionsFr: text().notNull().default(''),
    conditionsEn: text().notNull().default(''),
    exclusionsFr: text().notNull().default(''),
    exclusionsEn: text().notNull().default(''),
    status: merchantStatus().notNull().default('draft'),
    validationDelayDays: smallint().notNull().default(60),
    clickCount30d: integer().notNull().default(0),
    favoriteCount: integer().notNull().default(0),
    isFeatured: boolean().notNull().default(false),
    // Derived from the active rates by lib/catalog/merchant-rate-summary.ts, never typed by hand;
    // kept here so /stores can sort 10 000 merchants by rate with an index.
    bestRateBps: integer(),
    bestFixedMinor: money('best_fixed_minor'),
    bestFixedCurrency: char({ length: 3 }),
    // Extra words that should find this merchant: category names, domains. Maintained in code.
    searchKeywords: text().notNull().default(''),
    searchText: text().generatedAlwaysAs(sql`lower(f_unaccent(name || ' ' || search_keywords))`),
    // The name folded like searchText: A–Z order and name-first relevance without a per-row function call.
    nameFolded: text().generatedAlwaysAs(sql`lower(f_unaccent(name))`),
    publishedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('merchants_slug_key').on(t.slug),
    // One index per /stores sort order, tie-breakers included, so a page is an index range scan.
    index('merchants_status_popularity_idx').on(t.status, t.clickCount30d.desc(), t.id),
    index('merchants_status_rate_idx').on(
      t.status,
      t.bestRateBps.desc().nullsLast(),
      t.bestFixedMinor.desc().nullsLast(),
      t.clickCount30d.desc(),
      t.id,
    ),
    index('merchants_status_published_idx').on(t.status, t.publishedAt.desc().nullsLast(), t.id.desc()),
    index('merchants_status_name_idx').on(t.status, t.nameFolded, t.id),
    index('merchants_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check('merchants_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('merchants_brand_color_format', sql`${t.brandColor} ~ '^#[0-9a-f]{6}$'`),
    check('merchants_validation_delay_range', sql`${t.validationDelayDays} between 0 and 730`),
  ],
);

export const merchantDomains = pgTable(
  'merchant_domains',
  {
    id: serial().primaryKey(),
    merchantId: integer()
      .notNull()
      .references(() => merchants.id, { onDelete: 'cascade' }),
    // Lower-case host without "www.", e.g. "maison-lavande.example"; subdomains match too.
    domain: text().notNull(),
    isPrimary: boolean().notNull().default(false),
  },
  (t) => [
    uniqueIndex('merchant_domains_domain_key').on(t.domain),
    index('merchant_domains_merchant_idx').on(t.merchantId),
    check('merchant_domains_domain_format', sql`${t.domain} ~ '^[a-z0-9-]+(\\.[a-z0-9-]+)+$'`),
  ],
);

export const merchantCategories = pgTable(
  'merchant_categories',
  {
    merchantId: integer()
      .notNull()
      .references(() => merchants.id, { onDelete: 'cascade' }),
    categoryId: integer()
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
    isPrimary: boolean().notNull().default(false),
    /**
     * Whether the merchant is live, kept by triggers (migration 0019): a search reads the live
     * members of the categories it names from the partial index below alone, instead of
     * subtracting every hidden merchant each time (lib/catalog/store-search.ts).
     */
    merchantLive: boolean().notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.merchantId, t.categoryId] }),
    index('merchant_categories_category_idx').on(t.categoryId, t.merchantId),
    index('merchant_categories_live_idx').on(t.categoryId, t.merchantId).where(sql`merchant_live`),
  ],
);

export const merchantStatusChanges = pgTable(
  'merchant_status_changes',
  {
    id: serial().primaryKey(),
    merchantId: integer()
      .notNull()
      .references(() => merchants.id, { onDelete: 'cascade' }),
    fromStatus: merchantStatus(),
    toStatus: merchantStatus().notNull(),
    reason: text().notNull().default(''),
    changedBy: text().notNull().default('system'),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('merchant_status_changes_merchant_idx').on(t.merchantId, t.changedAt)],
);

// A network account: our publisher account on one affiliate network. The
// conversion-intake issue adds credentials and postback tokens.
export const networkAccounts = pgTable(
  'network_accounts',
  {
    id: serial().primaryKey(),
    networkCode: text().notNull(),
    name: text().notNull(),
    publisherId: text().notNull(),
    defaultCurrency: char({ length: 3 }).notNull().default('EUR'),
    isActive: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('network_accounts_network_publisher_key').on(t.networkCode, t.publisherId)],
);

export const networkPrograms = pgTable(
  'network_programs',
  {
    id: serial().primaryKey(),
    merchantId: integer()
      .notNull()
      .references(() => merchants.id, { onDelete: 'cascade' }),
    networkAccountId: integer()
      .notNull()
      .references(() => networkAccounts.id, { onDelete: 'restrict' }),
    networkCode: text().notNull(),
    advertiserId: text().notNull(),
    // The network's tracking link; placeholders are filled at click time (see the click-out issue).
    trackingTemplate: text().notNull(),
    currency: char({ length: 3 }).notNull().default('EUR'),
    isActiveRoute: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('network_programs_account_advertiser_key').on(t.networkAccountId, t.advertiserId),
    // At most one active route per merchant.
    uniqueIndex('network_programs_one_active_route').on(t.merchantId).where(sql`${t.isActiveRoute}`),
    index('network_programs_merchant_idx').on(t.merchantId),
  ],
);

export const offers = pgTable(
  'offers',
  {
    id: serial().primaryKey(),
    merchantId: integer()
      .notNull()
      .references(() => merchants.id, { onDelete: 'cascade' }),
    titleFr: text().notNull(),
    titleEn: text().notNull(),
    conditionsFr: text().notNull().default(''),
    conditionsEn: text().notNull().default(''),
    exclusionsFr: text().notNull().default(''),
    exclusionsEn: text().notNull().default(''),
    minBasketMinor: money('min_basket_minor'),
    currency: char({ length: 3 }).notNull().default('EUR'),
    startsAt: timestamp({ withTimezone: true }),
    endsAt: timestamp({ withTimezone: true }),
    isActive: boolean().notNull().default(true),
    position: smallint().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index('offers_merchant_idx').on(t.merchantId),
    check(
      'offers_window_order',
      sql`${t.endsAt} is null or ${t.startsAt} is null or ${t.endsAt} > ${t.startsAt}`,
    ),
    check('offers_min_basket_positive', sql`${t.minBasketMinor} is null or ${t.minBasketMinor} > 0`),
  ],
);

export const cashbackRates = pgTable(
  'cashback_rates',
  {
    id: serial().primaryKey(),
    offerId: integer()
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    kind: rateKind().notNull(),
    rateBps: integer(),
    amountMinor: money('amount_minor'),
    currency: char({ length: 3 }).notNull().default('EUR'),
    scope: rateScope().notNull().default('all'),
    // For scope 'category': the product category this rate applies to (e.g. "Smartphones").
    productCategoryFr: text(),
    productCategoryEn: text(),
    // Basket tier: the rate applies from this basket amount upward.
    minBasketMinor: money('min_basket_minor'),
    labelFr: text().notNull().default(''),
    labelEn: text().notNull().default(''),
    position: smallint().notNull().default(0),
    // The most a member earns on one conversion at this rate (null: no cap but the commission).
    capMinor: money('cap_minor'),
    // We fund what the member earns beyond the commission (posted to marketing expense).
    subsidised: boolean().notNull().default(false),
  },
  (t) => [
    index('cashback_rates_offer_idx').on(t.offerId),
    check('cashback_rates_cap_positive', sql`${t.capMinor} is null or ${t.capMinor} > 0`),
    check(
      'cashback_rates_kind_value',
      sql`(${t.kind} = 'percent' and ${t.rateBps} is not null and ${t.rateBps} > 0 and ${t.rateBps} <= 10000 and ${t.amountMinor} is null)
       or (${t.kind} = 'fixed' and ${t.amountMinor} is not null and ${t.amountMinor} > 0 and ${t.rateBps} is null)`,
    ),
    check(
      'cashback_rates_category_scope',
      sql`(${t.scope} = 'category') = (${t.productCategoryFr} is not null and ${t.productCategoryEn} is not null)`,
    ),
  ],
);

export const events = pgTable(
  'events',
  {
    id: serial().primaryKey(),
    slug: text().notNull(),
    nameFr: text().notNull(),
    nameEn: text().notNull(),
    taglineFr: text().notNull().default(''),
    taglineEn: text().notNull().default(''),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('events_slug_key').on(t.slug),
    check('events_window_order', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export const boosts = pgTable(
  'boosts',
  {
    id: serial().primaryKey(),
    // The rate this boost overrides; its merchant is the rate's offer's merchant.
    rateId: integer()
      .notNull()
      .references(() => cashbackRates.id, { onDelete: 'cascade' }),
    merchantId: integer()
      .notNull()
      .references(() => merchants.id, { onDelete: 'cascade' }),
    eventId: integer().references(() => events.id, { onDelete: 'set null' }),
    kind: boostKind().notNull(),
    labelFr: text().notNull(),
    labelEn: text().notNull(),
    boostedRateBps: integer(),
    boostedAmountMinor: money('boosted_amount_minor'),
    // kind 'window': an absolute window.
    startsAt: timestamp({ withTimezone: true }),
    endsAt: timestamp({ withTimezone: true }),
    // kind 'weekly': ISO weekday (1 = Monday) and local wall-clock times in timeZone,
    // recurring between validFrom and validUntil.
    weekday: smallint(),
    startMinute: smallint(),
    endMinute: smallint(),
    timeZone: text().notNull().default('Europe/Paris'),
    validFrom: timestamp({ withTimezone: true }),
    validUntil: timestamp({ withTimezone: true }),
    // What the boost may add over the base rate across all conversions, in the rate's currency (null: unlimited).
    budgetMinor: money('budget_minor'),
    createdAt: createdAt(),
  },
  (t) => [
    index('boosts_merchant_idx').on(t.merchantId),
    check('boosts_budget_positive', sql`${t.budgetMinor} is null or ${t.budgetMinor} > 0`),
    index('boosts_rate_idx').on(t.rateId),
    check('boosts_value', sql`(${t.boostedRateBps} is null) <> (${t.boostedAmountMinor} is null)`),
    check(
      'boosts_window_shape',
      sql`(${t.kind} = 'window' and ${t.startsAt} is not null and ${t.endsAt} > ${t.startsAt})
       or (${t.kind} = 'weekly' and ${t.weekday} between 1 and 7 and ${t.startMinute} between 0 and 1439
           and ${t.endMinute} between 1 and 1440 and ${t.endMinute} > ${t.startMinute})`,
    ),
  ],
);

export const coupons = pgTable(
  'coupons',
  {
    id: serial().primaryKey(),
    merchantId: integer()
      .notNull()
      .references(() => merchants.id, { onDelete: 'cascade' }),
    // Null for a deal that needs no code.
    code: text(),
    titleFr: text().notNull(),
    titleEn: text().notNull(),
    descriptionFr: text().notNull().default(''),
    descriptionEn: text().notNull().default(''),
    isExclusive: boolean().notNull().default(false),
    startsAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('coupons_merchant_idx').on(t.merchantId, t.expiresAt)],
);

export type Category = typeof categories.$inferSelect;
export type NewCategory = typeof categories.$inferInsert;
export type Merchant = typeof merchants.$inferSelect;
export type NewMerchant = typeof merchants.$inferInsert;
export type MerchantStatus = (typeof merchantStatus.enumValues)[number];
export type MerchantDomain = typeof merchantDomains.$inferSelect;
export type NetworkAccount = typeof networkAccounts.$inferSelect;
export type NetworkProgram = typeof networkPrograms.$inferSelect;
export type Offer = typeof offers.$inferSelect;
export type CashbackRate = typeof cashbackRates.$inferSelect;
export type NewCashbackRate = typeof cashbackRates.$inferInsert;
export type RateScope = (typeof rateScope.enumValues)[number];
export type Boost = typeof boosts.$inferSelect;
export type NewBoost = typeof boosts.$inferInsert;
export type CatalogEvent = typeof events.$inferSelect;
export type Coupon = typeof coupons.$inferSelect;
