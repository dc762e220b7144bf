import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// Member accounts and what guards them: single-use e-mailed tokens, sign-in
// attempts (rate limiting that holds across server processes), server-side
// sessions (the JWT carries a session id, so sessions can be listed and
// revoked) and an append-only audit log of security-relevant changes.

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const timestampTz = () => timestamp({ withTimezone: true });

export const userRole = pgEnum('user_role', ['member', 'ops', 'admin']);
export const userLocale = pgEnum('user_locale', ['fr', 'en']);
export const authTokenPurpose = pgEnum('auth_token_purpose', [
  'verify_email',
  'password_reset',
  'change_email',
  'magic_link',
]);
// `pending`: the password is being checked right now. It counts as a failure
// until settled, so a burst of parallel guesses cannot slip past the limit.
export const loginOutcome = pgEnum('login_outcome', ['pending', 'failure', 'success', 'refused']);

export type NotificationPrefs = { cashbackUpdates: boolean; newsletter: boolean; withdrawals: boolean };
// Opt-in for marketing (newsletter), opt-out for service messages.
export const defaultNotificationPrefs: NotificationPrefs = {
  cashbackUpdates: true,
  newsletter: false,
  withdrawals: true,
};

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    // Lower-cased and trimmed by the domain; the check makes a miss loud.
    email: text().notNull(),
    emailVerifiedAt: timestampTz(),
    name: text().notNull(),
    // NULL: the member signs in by magic link only (or the account is deleted).
    passwordHash: text(),
    locale: userLocale().notNull().default('fr'),
    role: userRole().notNull().default('member'),
    // Kept as typed at sign-up; the referral programme (a later issue) resolves it.
    referralCodeInput: text(),
    termsAcceptedAt: timestampTz().notNull(),
    privacyAcceptedAt: timestampTz().notNull(),
    notificationPrefs: jsonb().$type<NotificationPrefs>().notNull().default(defaultNotificationPrefs),
    createdAt: createdAt(),
    updatedAt: timestampTz()
      .notNull()
      .defaultNow()
      .$onUpdate(() => sql`now()`),
    // Deleted accounts keep their row (financial records point at it), anonymised.
    deletedAt: timestampTz(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    // Admin counting (the last admin cannot step down) and staff lists.
    index('users_staff_idx').on(t.role).where(sql`${t.role} <> 'member'`),
    // The back office's user list, newest first (keyset pages).
    index('users_created_idx').on(t.createdAt.desc(), t.id.desc()),
    check('users_email_normalised', sql`${t.email} = lower(btrim(${t.email}))`),
    check('users_email_length', sql`char_length(${t.email}) between 3 and 254`),
    check('users_name_length', sql`char_length(${t.name}) <= 100`),
    check('users_referral_code_length', sql`char_length(${t.referralCodeInput}) <= 32`),
    check('users_deleted_has_no_password', sql`${t.deletedAt} is null or ${t.passwordHash} is null`),
  ],
);

export const authTokens = pgTable(
  'auth_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    purpose: authTokenPurpose().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // sha-256 hex of the random token: a database leak yields no usable link.
    tokenHash: text().notNull(),
    // Where the link was sent; for change_email the NEW address.
    email: text().notNull(),
    expiresAt: timestampTz().notNull(),
    usedAt: timestampTz(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('auth_tokens_token_hash_key').on(t.tokenHash),
    index('auth_tokens_user_purpose_idx').on(t.userId, t.purpose, t.createdAt),
    check('auth_tokens_token_hash_hex', sql`${t.tokenHash} ~ '^[0-9a-f]{64}$'`),
    check('auth_tokens_expires_after_created', sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    // Lower-cased; recorded whether or not an account has this address, so
    // lock-out behaves the same for both and reveals nothing.
    email: text().notNull(),
    ipHash: text(),
    outcome: loginOutcome().notNull().default('pending'),
    userId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    // The lock-out queries read recent failures only, per address and per IP.
    index('login_attempts_email_failures_idx')
      .on(t.email, t.createdAt)
      .where(sql`${t.outcome} in ('pending', 'failure')`),
    index('login_attempts_ip_failures_idx')
      .on(t.ipHash, t.createdAt)
      .where(sql`${t.outcome} in ('pending', 'failure')`),
    index('login_attempts_created_idx').on(t.createdAt),
    check('login_attempts_email_length', sql`char_length(${t.email}) <= 254`),
  ],
);

export const userSessions = pgTable(
  'user_sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestampTz().notNull().defaultNow(),
    expiresAt: timestampTz().notNull(),
    rememberMe: boolean().notNull().default(false),
    userAgent: text(),
    ipHash: text(),
    revokedAt: timestampTz(),
  },
  (t) => [
    index('user_sessions_user_idx').on(t.userId, t.lastSeenAt),
    check('user_sessions_user_agent_length', sql`char_length(${t.userAgent}) <= 300`),
    check('user_sessions_expires_after_created', sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);

// Append-only by convention: no code path updates or deletes a row.
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    // NULL: the system (a job, the CLI).
    actorUserId: uuid().references(() => users.id, { onDelete: 'restrict' }),
    action: text().notNull(),
    targetUserId: uuid().references(() => users.id, { onDelete: 'restrict' }),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    // As given by the edge ("from where" for a security review).
    ip: text(),
    createdAt: createdAt(),
  },
  (t) => [
    // The back office's log, newest first (keyset pages), optionally by action.
    index('audit_log_created_idx').on(t.createdAt.desc(), t.id.desc()),
    index('audit_log_action_created_idx').on(t.action, t.createdAt.desc(), t.id.desc()),
    index('audit_log_target_idx').on(t.targetUserId, t.createdAt),
    index('audit_log_actor_idx').on(t.actorUserId, t.createdAt),
    check('audit_log_action_format', sql`${t.action} ~ '^[a-z_]+(\\.[a-z_]+)+$'`),
    check('audit_log_ip_length', sql`char_length(${t.ip}) <= 100`),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserRole = (typeof userRole.enumValues)[number];
export type UserLocale = (typeof userLocale.enumValues)[number];
export type AuthToken = typeof authTokens.$inferSelect;
export type AuthTokenPurpose = (typeof authTokenPurpose.enumValues)[number];
export type LoginAttempt = typeof loginAttempts.$inferSelect;
export type LoginOutcome = (typeof loginOutcome.enumValues)[number];
export type UserSession = typeof userSessions.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type NewAuditEntry = typeof auditLog.$inferInsert;
