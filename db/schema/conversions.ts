import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  check,
  index,
  inet,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { merchants, networkAccounts } from './catalog';
import { clicks } from './tracking';

// Conversion intake (issue 5; shared/networks.md §6). What a network sent is
// stored raw in the inbox before anything else; each normalised event it
// holds is recorded once (its idempotency key is unique), and applied to one
// conversion per network conversion: a current-state row, append-only signed
// lines whose sums are its amounts, and its status history. Every applied
// change also leaves a conversion change for the ledger to consume.

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const at = () => timestamp({ withTimezone: true });

export const inboxChannel = pgEnum('inbox_channel', ['postback', 'api', 'csv']);
export const inboxStatus = pgEnum('inbox_status', ['received', 'processed', 'parse_error']);
export const conversionStatus = pgEnum('conversion_status', [
  'pending',
  'approved',
  'declined',
  'paid',
  'void',
]);
export const conversionType = pgEnum('conversion_type', ['sale', 'lead', 'bonus', 'other']);
export const matchStatus = pgEnum('match_status', ['matched', 'orphan', 'unknown_click']);
export const conversionLineKind = pgEnum('conversion_line_kind', [
  'original',
  'amendment',
  'correction',
  'reversal',
  'bonus',
]);
export const eventOutcome = pgEnum('conversion_event_outcome', [
  'applied',
  'duplicate',
  'stale',
  'rejected_transition',
  'not_commissionable',
]);

export const inboxEvents = pgTable(
  'inbox_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    networkCode: text().notNull(),
    networkAccountId: integer()
      .notNull()
      .references(() => networkAccounts.id, { onDelete: 'restrict' }),
    channel: inboxChannel().notNull(),
    receivedAt: createdAt(),
    sourceIp: inet(),
    method: text(),
    path: text(),
    query: jsonb().$type<Record<string, string>>(),
    headers: jsonb().$type<Record<string, string>>(),
    body: text().notNull().default(''),
    /** sha256 hex of the raw payload (method, query, body). */
    payloadHash: text().notNull(),
    status: inboxStatus().notNull().default('received'),
    /** Why it could not be read (parse error), or the adapter's issues. */
    error: text(),
    eventCount: integer().notNull().default(0),
    processedAt: at(),
    replayCount: integer().notNull().default(0),
  },
  (t) => [
    index('inbox_events_received_idx').on(t.receivedAt.desc(), t.id.desc()),
    index('inbox_events_account_received_idx').on(t.networkAccountId, t.receivedAt.desc()),
    index('inbox_events_status_idx').on(t.status, t.receivedAt.desc()).where(sql`${t.status} <> 'processed'`),
    check('inbox_events_payload_hash_hex', sql`${t.payloadHash} ~ '^[0-9a-f]{64}$'`),
    check('inbox_events_body_size', sql`octet_length(${t.body}) <= 1048576`),
  ],
);

export const conversions = pgTable(
  'conversions',
  {
    id: uuid().primaryKey().defaultRandom(),
    networkCode: text().notNull(),
    networkAccountId: integer()
      .notNull()
      .references(() => networkAccounts.id, { onDelete: 'restrict' }),
    networkConversionId: text().notNull(),
    advertiserId: text(),
    orderRef: text(),
    type: conversionType().notNull().default('sale'),
    clickRef: text(),
    clickId: char({ length: 26 }).references(() => clicks.id, { onDelete: 'restrict' }),
    userId: uuid().references(() => users.id, { onDelete: 'restrict' }),
    merchantId: integer().references(() => merchants.id, { onDelete: 'restrict' }),
    matchStatus: matchStatus().notNull(),
    subIds: jsonb().$type<Record<string, string>>().notNull().default({}),
    /** New (true) or returning (false) customer when the network says so; null: unknown. The split's new-customer rates read it. */
    newCustomer: boolean(),
    status: conversionStatus().notNull(),
    networkStatus: text().notNull(),
    /** Sums of the lines, kept with them in the same transaction (checked by the invariants). */
    saleMinor: bigint({ mode: 'number' }),
    commissionMinor: bigint({ mode: 'number' }).notNull(),
    currency: char({ length: 3 }).notNull(),
    originalSaleMinor: bigint({ mode: 'number' }),
    originalCurrency: char({ length: 3 }),
    convertedAt: timestamp({ withTimezone: true }).notNull(),
    clickedAt: at(),
    validatedAt: at(),
    lockAt: at(),
    paidAt: at(),
    declineReason: text(),
    /** The network's time of the last applied event: older events are stale. */
    lastEffectiveAt: timestamp({ withTimezone: true }).notNull(),
    revision: integer().notNull().default(1),
    /** Something needs ops: a rejected transition, a clawback after payment. */
    flagged: boolean().notNull().default(false),
    assignedBy: uuid().references(() => users.id, { onDelete: 'restrict' }),
    firstSeenAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('conversions_account_network_id_key').on(t.networkAccountId, t.networkConversionId),
    index('conversions_user_converted_idx').on(t.userId, t.convertedAt.desc()),
    index('conversions_unmatched_idx')
      .on(t.matchStatus, t.firstSeenAt.desc())
      .where(sql`${t.matchStatus} <> 'matched'`),
    index('conversions_flagged_idx').on(t.updatedAt.desc()).where(sql`${t.flagged}`),
    index('conversions_click_idx').on(t.clickId),
    // Observed validation delays per merchant (lib/cashback/merchant-validation-delays.ts).
    index('conversions_merchant_validated_idx')
      .on(t.merchantId, t.validatedAt.desc())
      .where(sql`${t.status} in ('approved', 'paid')`),
    check('conversions_currency_format', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('conversions_matched_has_click', sql`(${t.matchStatus} = 'matched') = (${t.userId} is not null)`),
  ],
);

export const conversionEvents = pgTable(
  'conversion_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    networkAccountId: integer()
      .notNull()
      .references(() => networkAccounts.id, { onDelete: 'restrict' }),
    sourceRecordKey: text().notNull(),
    /** sha256 hex of the normalised event. */
    eventHash: text().notNull(),
    inboxEventId: bigint({ mode: 'number' })
      .notNull()
      .references(() => inboxEvents.id, { onDelete: 'restrict' }),
    conversionId: uuid().references(() => conversions.id, { onDelete: 'restrict' }),
    outcome: eventOutcome().notNull(),
    detail: text(),
    event: jsonb().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    // The idempotency key of networks.md §4: the same record in the same state is applied once.
    uniqueIndex('conversion_events_idempotency_key').on(t.networkAccountId, t.sourceRecordKey, t.eventHash),
    index('conversion_events_conversion_idx').on(t.conversionId, t.id),
    index('conversion_events_inbox_idx').on(t.inboxEventId),
    index('conversion_events_rejected_idx')
      .on(t.createdAt.desc())
      .where(sql`${t.outcome} = 'rejected_transition'`),
  ],
);

export const conversionLines = pgTable(
  'conversion_lines',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    conversionId: uuid()
      .notNull()
      .references(() => conversions.id, { onDelete: 'restrict' }),
    kind: conversionLineKind().notNull(),
    saleDeltaMinor: bigint({ mode: 'number' }),
    commissionDeltaMinor: bigint({ mode: 'number' }).notNull(),
    currency: char({ length: 3 }).notNull(),
    reason: text(),
    effectiveAt: timestamp({ withTimezone: true }).notNull(),
    /** For lines a network sends as such (CJ commission records): its record key, so a re-poll adds nothing. */
    sourceRecordKey: text(),
    eventId: bigint({ mode: 'number' })
      .notNull()
      .references(() => conversionEvents.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('conversion_lines_conversion_idx').on(t.conversionId, t.id),
    uniqueIndex('conversion_lines_event_key').on(t.eventId),
    uniqueIndex('conversion_lines_record_key')
      .on(t.conversionId, t.sourceRecordKey)
      .where(sql`${t.sourceRecordKey} is not null`),
  ],
);

export const conversionStatusChanges = pgTable(
  'conversion_status_changes',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    conversionId: uuid()
      .notNull()
      .references(() => conversions.id, { onDelete: 'restrict' }),
    fromStatus: conversionStatus(),
    toStatus: conversionStatus().notNull(),
    networkStatus: text().notNull(),
    effectiveAt: timestamp({ withTimezone: true }).notNull(),
    eventId: bigint({ mode: 'number' }).references(() => conversionEvents.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
  },
  (t) => [index('conversion_status_changes_conversion_idx').on(t.conversionId, t.id)],
);

/** What the ledger (issue 6) consumes: one row per applied change, written in the change's transaction. */
export const conversionChanges = pgTable(
  'conversion_changes',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    conversionId: uuid()
      .notNull()
      .references(() => conversions.id, { onDelete: 'restrict' }),
    revision: integer().notNull(),
    status: conversionStatus().notNull(),
    saleMinor: bigint({ mode: 'number' }),
    commissionMinor: bigint({ mode: 'number' }).notNull(),
    currency: char({ length: 3 }).notNull(),
    createdAt: createdAt(),
    consumedAt: at(),
  },
  (t) => [
    uniqueIndex('conversion_changes_revision_key').on(t.conversionId, t.revision),
    index('conversion_changes_pending_idx').on(t.id).where(sql`${t.consumedAt} is null`),
  ],
);

export type InboxEvent = typeof inboxEvents.$inferSelect;
export type Conversion = typeof conversions.$inferSelect;
export type ConversionLine = typeof conversionLines.$inferSelect;
export type ConversionEventRow = typeof conversionEvents.$inferSelect;
export type ConversionStatusValue = (typeof conversionStatus.enumValues)[number];
