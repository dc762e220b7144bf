import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { ledgerEntries } from './ledger';

// Withdrawals and payouts (issue 7; DESIGN.md §4–5). A member saves payout
// methods (details encrypted at rest, shown masked, verified by an e-mailed
// link before first use), requests withdrawals from their available balance
// (the request moves the money to member_withdrawing in the ledger, in the
// same transaction), ops approve them and pay them in batches. Every status
// change is a row in withdrawal_events; every money move a ledger entry with
// source `withdrawal`. Idempotency lives here: a member's client key, a
// batch's key derived from its selection (lib/payouts/batch-key.ts), one
// batch item per withdrawal, one member per gift card code.

const at = () => timestamp({ withTimezone: true });
const createdAt = () => at().notNull().defaultNow();
const money = () => bigint({ mode: 'number' });

export const payoutMethodKind = pgEnum('payout_method_kind', ['paypal', 'sepa', 'charity', 'gift_card']);

export const withdrawalStatus = pgEnum('withdrawal_status', [
  'requested',
  'on_hold',
  'approved',
  'in_batch',
  'paid',
  'returned',
  'rejected',
  'cancelled',
]);

/**
 * Why a withdrawal is on hold: the member has not yet confirmed it by e-mail
 * (their first withdrawal, or payout details changed in the last 72 hours),
 * or ops hold it (their note says why).
 */
export const withdrawalHoldReason = pgEnum('withdrawal_hold_reason', [
  'awaiting_confirmation',
  'security_hold',
  'ops_review',
]);

export const payoutBatchStatus = pgEnum('payout_batch_status', [
  /** Items selected, no file or API call yet. */
  'created',
  /** The file (pain.001, PayPal CSV) was produced. */
  'exported',
  /** Sent to the provider's API (PayPal Payouts), awaiting its outcome. */
  'submitted',
  /** Every item is paid or returned. */
  'settled',
  /** The provider refused the whole batch; its items go back to approved. */
  'failed',
]);

export const payoutBatchItemStatus = pgEnum('payout_batch_item_status', ['pending', 'paid', 'returned']);

export const dormantNoticeKind = pgEnum('dormant_notice_kind', [
  /** At 11 months of inactivity. */
  'warning',
  /** At 12 months, when the balance is kept (no method, no consent): sent again each period. */
  'reminder',
  'paid_out',
  'donated',
]);

/** Ops-configured charities a member can donate their cashback to. */
export const charities = pgTable(
  'charities',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    name: text().notNull(),
    descriptionFr: text().notNull().default(''),
    descriptionEn: text().notNull().default(''),
    websiteUrl: text(),
    active: boolean().notNull().default(true),
    /** Where a dormant balance goes when its member consented in advance (at most one). */
    isDefault: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('charities_slug_key').on(t.slug),
    uniqueIndex('charities_one_default').on(t.isDefault).where(sql`${t.isDefault}`),
    check('charities_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('charities_name_length', sql`char_length(${t.name}) between 1 and 120`),
    check('charities_default_is_active', sql`not ${t.isDefault} or ${t.active}`),
  ],
);

/** A gift card brand ops upload codes for (stock per value in gift_cards). */
export const giftCardBrands = pgTable(
  'gift_card_brands',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    name: text().notNull(),
    currency: char({ length: 3 }).notNull(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('gift_card_brands_slug_key').on(t.slug),
    check('gift_card_brands_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('gift_card_brands_name_length', sql`char_length(${t.name}) between 1 and 120`),
    check('gift_card_brands_currency_format', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

/** A member's saved payout destination. Details never change in place: a change is a new row (the old one archived). */
export const payoutMethods = pgTable(
  'payout_methods',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    kind: payoutMethodKind().notNull(),
    /** PayPal e-mail or SEPA holder/IBAN/BIC as AES-256-GCM `v1.iv.tag.ciphertext` (lib/withdrawals/payout-secrets.ts). */
    detailsEncrypted: text(),
    /** `j•••@example.com`, `FR76 •••• •••• 1234`: what members and ops see. */
    maskedDetail: text(),
    /** HMAC of the normalised destination: spots the same account on several members without decrypting. */
    detailsFingerprint: text(),
    charityId: integer().references(() => charities.id, { onDelete: 'restrict' }),
    giftCardBrandId: integer().references(() => giftCardBrands.id, { onDelete: 'restrict' }),
    verifiedAt: at(),
    /** sha-256 hex of the e-mailed verification token (256 bits): a database leak yields no usable link. */
    verificationTokenHash: text(),
    verificationExpiresAt: at(),
    /** When this destination was set on the member's account: withdrawals to it within 72 hours need an e-mailed confirmation. */
    detailsChangedAt: createdAt(),
    archivedAt: at(),
    createdAt: createdAt(),
  },
  (t) => [
    index('payout_methods_user_idx').on(t.userId, t.createdAt.desc()),
    // One live method per kind: saving another archives the previous one in the same transaction.
    uniqueIndex('payout_methods_one_live_per_kind').on(t.userId, t.kind).where(sql`${t.archivedAt} is null`),
    uniqueIndex('payout_methods_verification_token_key').on(t.verificationTokenHash),
    index('payout_methods_fingerprint_idx')
      .on(t.detailsFingerprint)
      .where(sql`${t.detailsFingerprint} is not null`),
    check(
      'payout_methods_details_shape',
      sql`(${t.kind} in ('paypal', 'sepa')) = (${t.detailsEncrypted} is not null)
        and (${t.detailsEncrypted} is null) = (${t.maskedDetail} is null)
        and (${t.detailsEncrypted} is null) = (${t.detailsFingerprint} is null)
        and (${t.kind} = 'charity') = (${t.charityId} is not null)
        and (${t.kind} = 'gift_card') = (${t.giftCardBrandId} is not null)`,
    ),
    check(
      'payout_methods_token_hash_hex',
      sql`${t.verificationTokenHash} is null or ${t.verificationTokenHash} ~ '^[0-9a-f]{64}$'`,
    ),
    check(
      'payout_methods_token_pair',
      sql`(${t.verificationTokenHash} is null) = (${t.verificationExpiresAt} is null)`,
    ),
    check(
      'payout_methods_verified_has_no_token',
      sql`${t.verifiedAt} is null or ${t.verificationTokenHash} is null`,
    ),
  ],
);

/** A payout batch: approved withdrawals of one method paid together (one file or one API call). */
export const payoutBatches = pgTable(
  'payout_batches',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    method: payoutMethodKind().notNull(),
    /** lib/payouts/batch-key.ts: derived from the selection, so one selection is batched once. */
    idempotencyKey: text().notNull(),
    status: payoutBatchStatus().notNull().default('created'),
    currency: char({ length: 3 }).notNull(),
    itemCount: integer().notNull(),
    totalMinor: money().notNull(),
    /** NULL: the system (the CLI, the dormant-balance job). */
    createdBy: uuid().references(() => users.id, { onDelete: 'restrict' }),
    fileName: text(),
    exportedAt: at(),
    /** PayPal's payout_batch_id once submitted. */
    providerBatchId: text(),
    providerStatus: text(),
    submittedAt: at(),
    settledAt: at(),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('payout_batches_idempotency_key').on(t.idempotencyKey),
    uniqueIndex('payout_batches_provider_batch_key')
      .on(t.method, t.providerBatchId)
      .where(sql`${t.providerBatchId} is not null`),
    index('payout_batches_created_idx').on(t.createdAt.desc(), t.id.desc()),
    check('payout_batches_key_format', sql`${t.idempotencyKey} ~ '^[a-z_]+-[0-9A-Z]{26}$'`),
    check('payout_batches_key_method', sql`starts_with(${t.idempotencyKey}, ${t.method}::text || '-')`),
    check('payout_batches_currency_format', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('payout_batches_items_positive', sql`${t.itemCount} > 0 and ${t.totalMinor} > 0`),
    check('payout_batches_exported_shape', sql`(${t.fileName} is null) = (${t.exportedAt} is null)`),
  ],
);

/** A member's request to be paid part or all of their available balance. */
export const withdrawals = pgTable(
  'withdrawals',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    payoutMethodId: uuid()
      .notNull()
      .references(() => payoutMethods.id, { onDelete: 'restrict' }),
    /** The method's kind, copied so the ops queue and batches filter without a join. */
    method: payoutMethodKind().notNull(),
    /** The method's masked destination (or charity / brand name) when requested, as the member and ops see it. */
    destinationLabel: text().notNull(),
    amountMinor: money().notNull(),
    currency: char({ length: 3 }).notNull(),
    status: withdrawalStatus().notNull(),
    /** The request form's key (a UUID made when the form was shown): a double submit is one withdrawal. */
    idempotencyKey: text().notNull(),
    confirmationRequired: boolean().notNull().default(false),
    /** sha-256 hex of the e-mailed confirmation token. */
    confirmationTokenHash: text(),
    confirmationExpiresAt: at(),
    confirmedAt: at(),
    holdReason: withdrawalHoldReason(),
    /** Ops' words for an ops_review hold, shown to the member. */
    holdNote: text(),
    rejectReason: text(),
    /** Why a payment came back (bank reject reason code, unclaimed PayPal payment…). */
    returnReason: text(),
    approvedBy: uuid().references(() => users.id, { onDelete: 'restrict' }),
    approvedAt: at(),
    /** Above the four-eyes amount a second staff member approves too. */
    secondApprovedBy: uuid().references(() => users.id, { onDelete: 'restrict' }),
    secondApprovedAt: at(),
    /** Set by a first approval at or above the four-eyes amount: the row cannot be approved without a second approver. */
    secondApprovalRequired: boolean().notNull().default(false),
    batchId: integer().references(() => payoutBatches.id, { onDelete: 'restrict' }),
    paidAt: at(),
    /** When it reached a final status (paid, returned, rejected, cancelled). */
    closedAt: at(),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    unique('withdrawals_user_idempotency_key').on(t.userId, t.idempotencyKey),
    // Partial: most rows hold no token, and a batch of 100 000 then skips this index.
    uniqueIndex('withdrawals_confirmation_token_key')
      .on(t.confirmationTokenHash)
      .where(sql`${t.confirmationTokenHash} is not null`),
    index('withdrawals_user_idx').on(t.userId, t.createdAt.desc()),
    index('withdrawals_status_idx').on(t.status, t.method, t.createdAt),
    index('withdrawals_method_idx').on(t.payoutMethodId),
    index('withdrawals_batch_idx').on(t.batchId).where(sql`${t.batchId} is not null`),
    check('withdrawals_amount_positive', sql`${t.amountMinor} > 0`),
    check('withdrawals_currency_format', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check(
      'withdrawals_idempotency_key_format',
      sql`${t.idempotencyKey} ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`,
    ),
    check(
      'withdrawals_token_hash_hex',
      sql`${t.confirmationTokenHash} is null or ${t.confirmationTokenHash} ~ '^[0-9a-f]{64}$'`,
    ),
    check(
      'withdrawals_token_pair',
      sql`(${t.confirmationTokenHash} is null) = (${t.confirmationExpiresAt} is null)`,
    ),
    check('withdrawals_confirmed_was_required', sql`${t.confirmedAt} is null or ${t.confirmationRequired}`),
    check('withdrawals_on_hold_has_reason', sql`(${t.status} = 'on_hold') = (${t.holdReason} is not null)`),
    check(
      'withdrawals_ops_hold_has_note',
      sql`coalesce(${t.holdReason} = 'ops_review', false) = (${t.holdNote} is not null)`,
    ),
    check('withdrawals_rejected_has_reason', sql`${t.status} <> 'rejected' or ${t.rejectReason} is not null`),
    check('withdrawals_returned_has_reason', sql`${t.status} <> 'returned' or ${t.returnReason} is not null`),
    check(
      'withdrawals_approved_shape',
      sql`(${t.approvedBy} is null) = (${t.approvedAt} is null)
        and (${t.secondApprovedBy} is null) = (${t.secondApprovedAt} is null)
        and (${t.secondApprovedBy} is null or ${t.approvedBy} is not null)
        and (${t.status} not in ('approved', 'in_batch', 'paid', 'returned') or ${t.approvedBy} is not null)`,
    ),
    // Four eyes: the second approval is another staff member's, never the member's own.
    check(
      'withdrawals_second_approver_differs',
      sql`${t.secondApprovedBy} is null or ${t.secondApprovedBy} <> ${t.approvedBy}`,
    ),
    check(
      'withdrawals_four_eyes',
      sql`not ${t.secondApprovalRequired} or ${t.secondApprovedBy} is not null
        or ${t.status} not in ('approved', 'in_batch', 'paid', 'returned')`,
    ),
    check(
      'withdrawals_not_self_approved',
      sql`(${t.approvedBy} is null or ${t.approvedBy} <> ${t.userId})
        and (${t.secondApprovedBy} is null or ${t.secondApprovedBy} <> ${t.userId})`,
    ),
    check(
      'withdrawals_batch_shape',
      sql`${t.status} not in ('in_batch', 'paid', 'returned') or ${t.batchId} is not null`,
    ),
    check('withdrawals_paid_shape', sql`${t.status} <> 'paid' or ${t.paidAt} is not null`),
    check(
      'withdrawals_closed_shape',
      sql`(${t.status} in ('paid', 'returned', 'rejected', 'cancelled')) = (${t.closedAt} is not null)`,
    ),
  ],
);

/** The timeline a member and ops read for each withdrawal (append-only). */
export const withdrawalEvents = pgTable(
  'withdrawal_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    withdrawalId: uuid()
      .notNull()
      .references(() => withdrawals.id, { onDelete: 'restrict' }),
    /** NULL for the request itself. */
    fromStatus: withdrawalStatus(),
    toStatus: withdrawalStatus().notNull(),
    holdReason: withdrawalHoldReason(),
    /** Free text shown to the member (a hold note, a reject or return reason). */
    reason: text(),
    /** NULL: the system (a job, the CLI, a provider's answer). */
    actorUserId: uuid().references(() => users.id, { onDelete: 'restrict' }),
    entryId: bigint({ mode: 'number' }).references(() => ledgerEntries.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('withdrawal_events_withdrawal_idx').on(t.withdrawalId, t.id),
    check('withdrawal_events_reason_length', sql`char_length(${t.reason}) <= 500`),
  ],
);

/** One withdrawal in one batch. A withdrawal is batched at most once (a returned one is closed, not re-batched). */
export const payoutBatchItems = pgTable(
  'payout_batch_items',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    batchId: integer()
      .notNull()
      .references(() => payoutBatches.id, { onDelete: 'restrict' }),
    withdrawalId: uuid()
      .notNull()
      .references(() => withdrawals.id, { onDelete: 'restrict' }),
    amountMinor: money().notNull(),
    currency: char({ length: 3 }).notNull(),
    /** SEPA EndToEndId or PayPal sender_item_id: unique, carried back by the provider's answer. */
    reference: text().notNull(),
    /** PayPal's payout_item_id. */
    providerItemId: text(),
    status: payoutBatchItemStatus().notNull().default('pending'),
    failureReason: text(),
    settledAt: at(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('payout_batch_items_withdrawal_key').on(t.withdrawalId),
    uniqueIndex('payout_batch_items_reference_key').on(t.reference),
    index('payout_batch_items_batch_idx').on(t.batchId, t.id),
    check('payout_batch_items_amount_positive', sql`${t.amountMinor} > 0`),
    check('payout_batch_items_reference_length', sql`char_length(${t.reference}) between 1 and 35`),
    check('payout_batch_items_settled_shape', sql`(${t.status} = 'pending') = (${t.settledAt} is null)`),
    check(
      'payout_batch_items_returned_reason',
      sql`${t.status} <> 'returned' or ${t.failureReason} is not null`,
    ),
  ],
);

/** Gift card e-codes ops upload; a code is handed to exactly one member (the withdrawal that received it). */
export const giftCards = pgTable(
  'gift_cards',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    brandId: integer()
      .notNull()
      .references(() => giftCardBrands.id, { onDelete: 'restrict' }),
    valueMinor: money().notNull(),
    currency: char({ length: 3 }).notNull(),
    /** The code, encrypted like payout details. */
    codeEncrypted: text().notNull(),
    /** HMAC of the code: the same code uploaded twice is refused. */
    codeFingerprint: text().notNull(),
    expiresOn: date({ mode: 'string' }),
    uploadedBy: uuid().references(() => users.id, { onDelete: 'restrict' }),
    withdrawalId: uuid().references(() => withdrawals.id, { onDelete: 'restrict' }),
    assignedAt: at(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('gift_cards_code_key').on(t.codeFingerprint),
    uniqueIndex('gift_cards_withdrawal_key').on(t.withdrawalId),
    // The stock a member can pick from: unassigned cards per brand and value.
    index('gift_cards_stock_idx').on(t.brandId, t.valueMinor, t.id).where(sql`${t.withdrawalId} is null`),
    check('gift_cards_value_positive', sql`${t.valueMinor} > 0`),
    check('gift_cards_currency_format', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('gift_cards_assigned_shape', sql`(${t.withdrawalId} is null) = (${t.assignedAt} is null)`),
  ],
);

/** What a member chose in advance for their balance should their account go dormant. */
export const payoutPreferences = pgTable('payout_preferences', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** Donate a dormant balance to the default charity when no payout method is saved. */
  dormantDonate: boolean().notNull().default(false),
  updatedAt: createdAt(),
});

/** Dormant-balance steps per member and inactivity period: each is taken once. */
export const dormantBalanceNotices = pgTable(
  'dormant_balance_notices',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    kind: dormantNoticeKind().notNull(),
    /** The member's last activity this period is counted from. */
    inactiveSince: at().notNull(),
    balanceMinor: money().notNull(),
    currency: char({ length: 3 }).notNull(),
    withdrawalId: uuid().references(() => withdrawals.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('dormant_balance_notices_once').on(t.userId, t.kind, t.inactiveSince, t.currency),
    index('dormant_balance_notices_created_idx').on(t.createdAt),
    check('dormant_balance_notices_balance', sql`${t.balanceMinor} >= 0`),
    check(
      'dormant_balance_notices_withdrawal_shape',
      sql`(${t.kind} in ('paid_out', 'donated')) = (${t.withdrawalId} is not null)`,
    ),
  ],
);

export type PayoutMethodKind = (typeof payoutMethodKind.enumValues)[number];
export type WithdrawalStatus = (typeof withdrawalStatus.enumValues)[number];
export type WithdrawalHoldReason = (typeof withdrawalHoldReason.enumValues)[number];
export type PayoutBatchStatus = (typeof payoutBatchStatus.enumValues)[number];
export type PayoutBatchItemStatus = (typeof payoutBatchItemStatus.enumValues)[number];
export type Charity = typeof charities.$inferSelect;
export type GiftCardBrand = typeof giftCardBrands.$inferSelect;
export type GiftCard = typeof giftCards.$inferSelect;
export type PayoutMethod = typeof payoutMethods.$inferSelect;
export type Withdrawal = typeof withdrawals.$inferSelect;
export type WithdrawalEvent = typeof withdrawalEvents.$inferSelect;
export type PayoutBatch = typeof payoutBatches.$inferSelect;
export type PayoutBatchItem = typeof payoutBatchItems.$inferSelect;
export type DormantBalanceNotice = typeof dormantBalanceNotices.$inferSelect;
