import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

// Outgoing e-mail. A row is written in the same transaction as the event that
// causes it (sign-up, reset request…), so the e-mail exists iff that change
// commits; a separate worker sends it. Bodies are rendered at enqueue time, so
// the row is exactly what was (or will be) sent.

export const emailStatus = pgEnum('email_status', ['pending', 'sending', 'sent', 'failed', 'held']);
export const emailLocale = pgEnum('email_locale', ['fr', 'en']);

export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    template: text().notNull(),
    locale: emailLocale().notNull(),
    toAddress: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    htmlBody: text().notNull(),
    // Lets a caller make an enqueue idempotent ("verify:<user>:<token id>"); NULLs never collide.
    dedupeKey: text(),
    // `held`: no SMTP configured, kept for the dev mailbox and never sent.
    status: emailStatus().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('email_outbox_dedupe_key').on(t.dedupeKey),
    // The sender's pick: due rows of one status in time order.
    index('email_outbox_status_next_attempt_idx').on(t.status, t.nextAttemptAt),
    // The dev mailbox lists newest first.
    index('email_outbox_created_idx').on(t.createdAt.desc(), t.id.desc()),
    check('email_outbox_attempts_non_negative', sql`${t.attempts} >= 0`),
    check('email_outbox_sent_at_when_sent', sql`(${t.status} = 'sent') = (${t.sentAt} is not null)`),
  ],
);

export type OutboxEmail = typeof emailOutbox.$inferSelect;
export type NewOutboxEmail = typeof emailOutbox.$inferInsert;
export type EmailStatus = (typeof emailStatus.enumValues)[number];
