import { sql } from 'drizzle-orm';
import {
  char,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

// Exit clicks: the evidence a sale is attributed with. The largest table, so
// its key is the click id itself, a lowercased ULID that sorts by time: rows
// arrive in key order (an append-only b-tree), and the table can later be
// range-partitioned by id (= by month) without changing any reference.

export const deviceType = pgEnum('device_type', ['desktop', 'mobile', 'tablet', 'unknown']);

/**
 * What the member was promised at the instant of the click (DESIGN.md §3.6):
 * the split of the conversion-intake issue reads this, never today's catalog.
 * Amounts in minor units with their currency, rates in basis points.
 */
export type ClickTermsSnapshot = {
  version: 1;
  capturedAt: string;
  merchant: {
    id: number;
    slug: string;
    name: string;
    validationDelayDays: number;
    /** The store-wide terms in force at the click (the offers below carry their own). */
    conditionsFr: string;
    conditionsEn: string;
    exclusionsFr: string;
    exclusionsEn: string;
  };
  /** The offer the member chose (`?offer=`), or null: every offer below was open to them. */
  selectedOfferId: number | null;
  offers: Array<{
    id: number;
    titleFr: string;
    titleEn: string;
    conditionsFr: string;
    conditionsEn: string;
    exclusionsFr: string;
    exclusionsEn: string;
    minBasketMinor: number | null;
    currency: string;
    endsAt: string | null;
    rates: Array<{
      id: number;
      kind: 'percent' | 'fixed';
      rateBps: number | null;
      amountMinor: number | null;
      currency: string;
      scope: 'all' | 'new_customers' | 'existing_customers' | 'category';
      productCategoryFr: string | null;
      productCategoryEn: string | null;
      minBasketMinor: number | null;
      labelFr: string;
      labelEn: string;
      /** Cap per conversion (absent in snapshots taken before caps existed: no cap). */
      capMinor?: number | null;
      /** Member share beyond the commission is funded by us (absent: false). */
      subsidised?: boolean;
      /** The boost in force at click time for this rate, if any: its value replaces the base value. */
      boost: {
        id: number;
        labelFr: string;
        labelEn: string;
        boostedRateBps: number | null;
        boostedAmountMinor: number | null;
        endsAt: string;
        /** The boost's total budget (absent or null: unlimited). */
        budgetMinor?: number | null;
      } | null;
    }>;
  }>;
  program: { id: number; networkCode: string; advertiserId: string; currency: string };
};

export const clicks = pgTable(
  'clicks',
  {
    id: char({ length: 26 }).primaryKey(),
    // No foreign keys on this table (db/migrations/0018): a key check is a query and a
    // KEY SHARE lock on the parent row per inserted click, all on the same few hot rows
    // (one member, one merchant), which was half of a click's database time. The writers
    // check instead, set-based, in the same statement: the member through an open
    // session, the programme as the merchant's, the offer as the merchant's (else null).
    // None of these parents is ever deleted: members are anonymised, merchants archived.
    userId: uuid().notNull(),
    merchantId: integer().notNull(),
    offerId: integer(),
    networkProgramId: integer().notNull(),
    networkCode: text().notNull(),
    termsSnapshot: jsonb().$type<ClickTermsSnapshot>().notNull(),
    /** The product page asked for (`?url=`), already checked against the shop's domains. */
    deepLink: text(),
    /** Where the member was sent: the network link with our click id in it. */
    trackingUrl: text().notNull(),
    // Keyed hash, never the address itself (lib/accounts/ip-hash.ts).
    ipHash: text(),
    userAgent: text(),
    /** The page of ours the click came from (path only: never a foreign URL or a query). */
    referrerPath: text(),
    deviceType: deviceType().notNull().default('unknown'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // "My clicks", newest first.
    index('clicks_user_created_idx').on(t.userId, t.createdAt.desc()),
    // Rapid repeat clicks reuse the last click with the same member, merchant and deep link
    // (record_click and record_clicks, db/migrations/0017, look it up by this exact expression:
    // one 64-bit key for the three, so no other index can serve that lookup).
    index('clicks_repeat_idx').on(
      sql`hashtextextended(coalesce(${t.deepLink}, ''), uuid_hash_extended(${t.userId}, ${t.merchantId}))`,
      t.createdAt.desc(),
    ),
    check('clicks_id_format', sql`${t.id} ~ '^[0-9a-hjkmnp-tv-z]{26}$'`),
    check('clicks_user_agent_length', sql`char_length(${t.userAgent}) <= 300`),
    check('clicks_deep_link_length', sql`char_length(${t.deepLink}) <= 2000`),
    check('clicks_tracking_url_length', sql`char_length(${t.trackingUrl}) <= 4000`),
    check('clicks_referrer_path_length', sql`char_length(${t.referrerPath}) <= 500`),
  ],
);

export type Click = typeof clicks.$inferSelect;
export type NewClick = typeof clicks.$inferInsert;
export type DeviceType = (typeof deviceType.enumValues)[number];
