import { sql } from 'drizzle-orm';
import {
  bigint,
  char,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

// The built-in sandbox network (DESIGN.md §3.9). It plays an outside network,
// so nothing here references our own tables: a sale knows its advertiser and
// the click ref by the values the network received, garbage included, exactly
// as Awin would. The postbacks are the network's outgoing queue: each row is
// one Awin-shaped transaction notification, written in the same transaction
// as the sale event that causes it and sent later by a worker.

const minor = (name: string) => bigint(name, { mode: 'number' });

export const sandboxCustomerType = pgEnum('sandbox_customer_type', ['new', 'existing']);
export const sandboxSaleStatus = pgEnum('sandbox_sale_status', ['pending', 'approved', 'declined']);
export const sandboxPostbackEvent = pgEnum('sandbox_postback_event', [
  'created',
  'amended',
  'approved',
  'declined',
]);
export const sandboxPostbackStatus = pgEnum('sandbox_postback_status', ['queued', 'sent', 'failed']);

/** Longest click ref the sandbox keeps; Awin reports only the first 50 characters anyway. */
export const SANDBOX_CLICK_REF_MAX_CHARS = 500;

export const sandboxSales = pgTable(
  'sandbox_sales',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** The shop's order number, "SBX-" and six characters: Awin's `orderRef`. */
    orderRef: text().notNull(),
    /** network_programs.advertiser_id of a `sandbox` program ("sbx-<merchant slug>"). */
    advertiserId: text().notNull(),
    /** Whose click it was: network_accounts.publisher_id of the sandbox account ("ristourne-demo"). */
    publisherId: text().notNull(),
    /** The `clickref` as the tracking hop received it; null when there was none. */
    clickRef: text(),
    saleAmountMinor: minor('sale_amount_minor').notNull(),
    saleCurrency: char({ length: 3 }).notNull(),
    commissionAmountMinor: minor('commission_amount_minor').notNull(),
    commissionCurrency: char({ length: 3 }).notNull(),
    customerType: sandboxCustomerType().notNull(),
    status: sandboxSaleStatus().notNull().default('pending'),
    // The amounts just before the latest amendment (Awin's oldSaleAmount /
    // oldCommissionAmount), in the sale's and the commission's currencies: an
    // amendment never changes a currency.
    amendedFromSaleMinor: minor('amended_from_sale_minor'),
    amendedFromCommissionMinor: minor('amended_from_commission_minor'),
    amendedAt: timestamp({ withTimezone: true }),
    /** When the advertiser approved or declined the sale (Awin's validationDate). */
    validatedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sandbox_sales_order_ref_key').on(t.orderRef),
    // The console lists by id (insertion order, the primary key); ops looking
    // into a member's missing sale search by the click id they were given.
    index('sandbox_sales_click_ref_idx').on(t.clickRef),
    check('sandbox_sales_order_ref_format', sql`${t.orderRef} ~ '^SBX-[0-9A-Z]{6}$'`),
    check('sandbox_sales_advertiser_length', sql`char_length(${t.advertiserId}) between 1 and 100`),
    check('sandbox_sales_publisher_length', sql`char_length(${t.publisherId}) between 1 and 100`),
    check('sandbox_sales_click_ref_length', sql`char_length(${t.clickRef}) <= 500`), // SANDBOX_CLICK_REF_MAX_CHARS
    check('sandbox_sales_sale_positive', sql`${t.saleAmountMinor} > 0`),
    check('sandbox_sales_commission_non_negative', sql`${t.commissionAmountMinor} >= 0`),
    check('sandbox_sales_sale_currency_format', sql`${t.saleCurrency} ~ '^[A-Z]{3}$'`),
    // Awin reports one transactionCurrency for both amounts.
    check('sandbox_sales_one_currency', sql`${t.commissionCurrency} = ${t.saleCurrency}`),
    check(
      'sandbox_sales_amendment_shape',
      sql`(${t.amendedAt} is null) = (${t.amendedFromSaleMinor} is null)
       and (${t.amendedAt} is null) = (${t.amendedFromCommissionMinor} is null)`,
    ),
    check(
      'sandbox_sales_amended_from_positive',
      sql`${t.amendedFromSaleMinor} is null or (${t.amendedFromSaleMinor} > 0 and ${t.amendedFromCommissionMinor} >= 0)`,
    ),
    check('sandbox_sales_validated_when_final', sql`(${t.status} = 'pending') = (${t.validatedAt} is null)`),
  ],
);

/**
 * One Awin transaction notification, every value a string as Awin sends them
 * (networks.md §1.1). The sender puts each field in the query string of a GET
 * under its own name. Fields beyond Awin's push (status, amendment, customer
 * type) carry the names Awin's Transactions API and conversion tag use,
 * because the sandbox also pushes the updates a real network only offers by
 * API (networks.md §0.3).
 */
export type AwinTransactionNotification = {
  transactionId: string;
  /** `%Y-%m-%d %H:%i:%s`, UTC. */
  transactionDate: string;
  transactionCurrency: string;
  /** A decimal string in the currency's minor-unit precision: "84.50". */
  transactionAmount: string;
  commission: string;
  /** Our publisher id on the network (Awin's notification name). */
  affiliateId: string;
  /** The advertiser's id on the network (Awin's notification name). */
  merchantId: string;
  /** The same two ids under the Transactions API's names. */
  publisherId: string;
  advertiserId: string;
  groupId: string;
  bannerId: string;
  /** Empty when the click carried none: an orphan (networks.md §1.1). */
  clickRef: string;
  orderRef: string;
  commissionStatus: 'pending' | 'approved' | 'declined';
  customerAcquisition: 'NEW' | 'EXISTING';
  /** Set once approved or declined, same format as transactionDate. */
  validationDate?: string;
  amended: 'true' | 'false';
  amendReason?: string;
  /** Same format as transactionDate; distinguishes two amendments to the same amount. */
  amendmentDate?: string;
  oldSaleAmount?: string;
  oldCommissionAmount?: string;
};

export const sandboxPostbacks = pgTable(
  'sandbox_postbacks',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    saleId: bigint({ mode: 'number' })
      .notNull()
      .references(() => sandboxSales.id, { onDelete: 'cascade' }),
    event: sandboxPostbackEvent().notNull(),
    /** Exactly what is (or was) sent: frozen when the event happens. */
    payload: jsonb().$type<AwinTransactionNotification>().notNull(),
    status: sandboxPostbackStatus().notNull().default('queued'),
    attempts: integer().notNull().default(0),
    /** Next time the sender may take the row: the configured delay, a back-off, or a claim's lease. */
    dueAt: timestamp({ withTimezone: true }).notNull(),
    lastError: text(),
    /** The HTTP status of the last answer, if one came. */
    responseStatus: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // The sender's pick: queued rows in due order; sent rows never enter the index.
    index('sandbox_postbacks_queued_due_idx').on(t.dueAt, t.id).where(sql`${t.status} = 'queued'`),
    // A sale's postbacks, in event order (console, and the in-order rule of the sender).
    index('sandbox_postbacks_sale_idx').on(t.saleId, t.id),
    check('sandbox_postbacks_attempts_non_negative', sql`${t.attempts} >= 0`),
    check('sandbox_postbacks_sent_at_when_sent', sql`(${t.status} = 'sent') = (${t.sentAt} is not null)`),
    check(
      'sandbox_postbacks_response_status_range',
      sql`${t.responseStatus} is null or ${t.responseStatus} between 100 and 599`,
    ),
    check('sandbox_postbacks_last_error_length', sql`char_length(${t.lastError}) <= 2000`),
  ],
);

export type SandboxSale = typeof sandboxSales.$inferSelect;
export type NewSandboxSale = typeof sandboxSales.$inferInsert;
export type SandboxPostback = typeof sandboxPostbacks.$inferSelect;
export type NewSandboxPostback = typeof sandboxPostbacks.$inferInsert;
export type SandboxCustomerType = (typeof sandboxCustomerType.enumValues)[number];
export type SandboxSaleStatus = (typeof sandboxSaleStatus.enumValues)[number];
export type SandboxPostbackEvent = (typeof sandboxPostbackEvent.enumValues)[number];
export type SandboxPostbackStatus = (typeof sandboxPostbackStatus.enumValues)[number];
