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
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { boosts, networkAccounts } from './catalog';
import { conversions } from './conversions';

// The member ledger (issue 6; DESIGN.md §4): double-entry and append-only.
// An entry's lines sum to zero per currency (a deferred constraint trigger in
// the migration checks it at commit) and neither entries nor lines are ever
// updated or deleted (triggers refuse it). Each entry has a unique source, so
// posting the same source twice is impossible. Line amounts are signed from
// the ledger's side: debit positive, credit negative. A member account's
// balance is a cache of the sum of its lines, updated by the same transaction
// that posts them (lib/ledger/post-entry.ts) and checked by `ledger:check`.

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

export const ledgerAccountKind = pgEnum('ledger_account_kind', [
  'network_receivable',
  'cash',
  'member_pending',
  'member_confirmed',
  'member_available',
  'member_withdrawing',
  'member_receivable',
  'platform_margin_pending',
  'platform_margin',
  'marketing_expense',
]);

export const ledgerSourceType = pgEnum('ledger_source_type', [
  'conversion_change',
  'adjustment',
  'bonus',
  'withdrawal',
]);

export const memberCashbackStatus = pgEnum('member_cashback_status', [
  'tracked',
  'pending',
  'confirmed',
  'payable',
  'paid',
  'cancelled',
]);

export const adjustmentStatus = pgEnum('ledger_adjustment_status', [
  'awaiting_approval',
  'posted',
  'rejected',
]);

export const ledgerAccounts = pgTable(
  'ledger_accounts',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: ledgerAccountKind().notNull(),
    userId: uuid().references(() => users.id, { onDelete: 'restrict' }),
    networkAccountId: integer().references(() => networkAccounts.id, { onDelete: 'restrict' }),
    currency: char({ length: 3 }).notNull(),
    /**
     * Member accounts only: the sum of the account's lines (debit positive; what we owe a member reads
     * negative here). Platform accounts keep 0: their balances are summed from their lines (lib/ledger/post-entry.ts).
     */
    balanceMinor: bigint({ mode: 'number' }).notNull().default(0),
    lineCount: bigint({ mode: 'number' }).notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    unique('ledger_accounts_owner_key')
      .on(t.kind, t.userId, t.networkAccountId, t.currency)
      .nullsNotDistinct(),
    index('ledger_accounts_user_idx').on(t.userId),
    check('ledger_accounts_currency_format', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check(
      'ledger_accounts_owner_shape',
      sql`(${t.kind}::text like 'member_%') = (${t.userId} is not null)
        and (${t.kind} = 'network_receivable') = (${t.networkAccountId} is not null)`,
    ),
    // No member balance is ever negative: what we owe a member is a credit balance here.
    check(
      'ledger_accounts_member_not_negative',
      sql`case when ${t.kind} in ('member_pending', 'member_confirmed', 'member_available', 'member_withdrawing')
        then ${t.balanceMinor} <= 0
        when ${t.kind} = 'member_receivable' then ${t.balanceMinor} >= 0 else true end`,
    ),
  ],
);

export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    sourceType: ledgerSourceType().notNull(),
    /** Unique per source type: a conversion change id, an adjustment id, a withdrawal step. */
    sourceKey: text().notNull(),
    /** What happened, as a message key suffix (`tracked`, `amended`, `confirmed`, `adjustment`…). */
    kind: text().notNull(),
    /** The member concerned, when one is: their statement lists the entry. */
    userId: uuid().references(() => users.id, { onDelete: 'restrict' }),
    conversionId: uuid().references(() => conversions.id, { onDelete: 'restrict' }),
    memo: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdBy: uuid().references(() => users.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('ledger_entries_source_key').on(t.sourceType, t.sourceKey),
    index('ledger_entries_user_idx').on(t.userId, t.id.desc()),
    index('ledger_entries_conversion_idx').on(t.conversionId, t.id),
  ],
);

export const ledgerLines = pgTable(
  'ledger_lines',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    entryId: bigint({ mode: 'number' })
      .notNull()
      .references(() => ledgerEntries.id, { onDelete: 'restrict' }),
    accountId: integer()
      .notNull()
      .references(() => ledgerAccounts.id, { onDelete: 'restrict' }),
    /** Signed: debit positive, credit negative; never zero. */
    amountMinor: bigint({ mode: 'number' }).notNull(),
    currency: char({ length: 3 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('ledger_lines_entry_idx').on(t.entryId),
    index('ledger_lines_account_idx').on(t.accountId, t.id.desc()),
    check('ledger_lines_not_zero', sql`${t.amountMinor} <> 0`),
  ],
);

/** The member's side of one conversion: the split in force, its status and the path it took. */
export const memberCashback = pgTable(
  'member_cashback',
  {
    conversionId: uuid()
      .primaryKey()
      .references(() => conversions.id, { onDelete: 'restrict' }),
    userId: uuid().references(() => users.id, { onDelete: 'restrict' }),
    status: memberCashbackStatus().notNull(),
    currency: char({ length: 3 }).notNull(),
    commissionMinor: bigint({ mode: 'number' }).notNull(),
    memberMinor: bigint({ mode: 'number' }).notNull(),
    platformMinor: bigint({ mode: 'number' }).notNull(),
    marketingMinor: bigint({ mode: 'number' }).notNull().default(0),
    boostId: integer().references(() => boosts.id, { onDelete: 'set null' }),
    boostExtraMinor: bigint({ mode: 'number' }).notNull().default(0),
    /** The split engine's result (rate applied, steps of the explanation). */
    split: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** The last conversion revision posted. */
    revision: integer().notNull(),
    payableAt: timestamp({ withTimezone: true }),
    flagged: text(),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    index('member_cashback_user_idx').on(t.userId, t.createdAt.desc()),
    // Ops' list of flagged purchases (lib/ledger/flagged-purchases.ts).
    index('member_cashback_flagged_idx').on(t.updatedAt.desc()).where(sql`${t.flagged} is not null`),
    index('member_cashback_boost_idx').on(t.boostId).where(sql`${t.boostId} is not null`),
    check(
      'member_cashback_parts_sum',
      sql`${t.memberMinor} + ${t.platformMinor} = ${t.commissionMinor} + ${t.marketingMinor}`,
    ),
  ],
);

/** The timeline a member reads for each purchase (member-side status changes with their reason). */
export const memberCashbackEvents = pgTable(
  'member_cashback_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    conversionId: uuid()
      .notNull()
      .references(() => conversions.id, { onDelete: 'restrict' }),
    userId: uuid().references(() => users.id, { onDelete: 'restrict' }),
    /** `tracked`, `pending`, `amended`, `confirmed`, `payable`, `paid`, `cancelled`, `clawback`, `assigned`. */
    kind: text().notNull(),
    status: memberCashbackStatus().notNull(),
    memberMinor: bigint({ mode: 'number' }).notNull(),
    currency: char({ length: 3 }).notNull(),
    reason: text(),
    entryId: bigint({ mode: 'number' }).references(() => ledgerEntries.id, { onDelete: 'restrict' }),
    /** When it happened at the network (the sale, the approval), never later than when we recorded it. */
    createdAt: createdAt(),
  },
  (t) => [index('member_cashback_events_conversion_idx').on(t.conversionId, t.id)],
);

/** Ops credits and debits; above a threshold a second staff member approves before it posts. */
export const ledgerAdjustments = pgTable(
  'ledger_adjustments',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** Positive credits the member, negative debits them. */
    amountMinor: bigint({ mode: 'number' }).notNull(),
    currency: char({ length: 3 }).notNull(),
    reason: text().notNull(),
    status: adjustmentStatus().notNull(),
    requestedBy: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    decidedBy: uuid().references(() => users.id, { onDelete: 'restrict' }),
    decidedAt: timestamp({ withTimezone: true }),
    entryId: bigint({ mode: 'number' }).references(() => ledgerEntries.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('ledger_adjustments_status_idx').on(t.status, t.createdAt.desc()),
    index('ledger_adjustments_user_idx').on(t.userId, t.createdAt.desc()),
    check('ledger_adjustments_not_zero', sql`${t.amountMinor} <> 0`),
    check('ledger_adjustments_reason', sql`length(${t.reason}) between 3 and 500`),
    check('ledger_adjustments_four_eyes', sql`${t.decidedBy} is null or ${t.decidedBy} <> ${t.requestedBy}`),
  ],
);

export type LedgerAccount = typeof ledgerAccounts.$inferSelect;
export type LedgerAccountKind = (typeof ledgerAccountKind.enumValues)[number];
export type LedgerEntry = typeof ledgerEntries.$inferSelect;
export type LedgerLine = typeof ledgerLines.$inferSelect;
export type MemberCashback = typeof memberCashback.$inferSelect;
export type MemberCashbackStatus = (typeof memberCashbackStatus.enumValues)[number];
export type LedgerAdjustment = typeof ledgerAdjustments.$inferSelect;
