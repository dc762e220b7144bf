import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { type UserSession, userSessions, users } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { type AccountUser, accountUserColumns, isUuid } from './account-user';
import { type AccountsConfig, accountsConfig } from './config';
import { ipHash } from './ip-hash';

// A row per signed-in browser. The session JWT carries only this row's id, so
// a session can be listed, signed out from elsewhere, or ended by a password
// reset, on every server at once. Expiry slides with use: 30 days for
// "remember me", 12 hours otherwise.

const HOUR_MS = 60 * 60 * 1000;
export const SESSION_TTL_MS = { remembered: 30 * 24 * HOUR_MS, default: 12 * HOUR_MS } as const;
/** `last_seen_at` is written at most this often: not one write per page view. */
export const SESSION_TOUCH_INTERVAL_MS = 5 * 60 * 1000;
export const USER_AGENT_MAX_LENGTH = 300;

export const SESSION_NOT_FOUND = 'auth.session.notFound' satisfies MessageKey;

export type SessionSummary = Pick<
  UserSession,
  'id' | 'createdAt' | 'lastSeenAt' | 'expiresAt' | 'rememberMe' | 'userAgent'
>;

const ttl = sql`case when ${userSessions.rememberMe} then ${SESSION_TTL_MS.remembered}::bigint
  else ${SESSION_TTL_MS.default}::bigint end * interval '1 millisecond'`;

const active = (sessionId: string) =>
  and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, sql`now()`));

export async function createSession(
  db: DbOrTx,
  input: { userId: string; rememberMe: boolean; userAgent?: string | null; ip?: string | null },
  config: Pick<AccountsConfig, 'secret'> = accountsConfig(),
): Promise<{ id: string; expiresAt: Date }> {
  const ttlMs = input.rememberMe ? SESSION_TTL_MS.remembered : SESSION_TTL_MS.default;
  const [row] = await db
    .insert(userSessions)
    .values({
      userId: input.userId,
      rememberMe: input.rememberMe,
      userAgent: input.userAgent?.trim().slice(0, USER_AGENT_MAX_LENGTH) || null,
      ipHash: input.ip ? ipHash(input.ip, config.secret) : null,
      expiresAt: sql`now() + ${ttlMs}::bigint * interval '1 millisecond'`,
    })
    .returning({ id: userSessions.id, expiresAt: userSessions.expiresAt });
  return row!;
}

/**
 * The per-request check: the session's user with their current role (a role
 * change or sign-out elsewhere applies at the next request), or null when the
 * session is unknown, revoked, expired or its account deleted. Slides the
 * expiry, at most every SESSION_TOUCH_INTERVAL_MS.
 */
export async function touchSession(db: DbOrTx, sessionId: string): Promise<AccountUser | null> {
  if (!isUuid(sessionId)) return null;
  const [row] = await db
    .select({ user: accountUserColumns, lastSeenAt: userSessions.lastSeenAt })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(and(active(sessionId), isNull(users.deletedAt)));
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
    await db
      .update(userSessions)
      .set({ lastSeenAt: sql`now()`, expiresAt: sql`now() + ${ttl}` })
      .where(active(sessionId));
  }
  return row.user;
}

/** Like touchSession, without writing: for checks that must not extend a session. */
export async function isSessionActive(db: DbOrTx, sessionId: string): Promise<boolean> {
  return (await activeSessionRole(db, sessionId)) !== null;
}

/** The role of an active session's user, or null; no write (the proxy's check before /account and /admin). */
export async function activeSessionRole(db: DbOrTx, sessionId: string): Promise<AccountUser['role'] | null> {
  if (!isUuid(sessionId)) return null;
  const [row] = await db
    .select({ role: users.role })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(and(active(sessionId), isNull(users.deletedAt)));
  return row?.role ?? null;
}

/** A user's live sessions, most recently used first (for "active sessions" on the security page). */
export async function listSessions(db: DbOrTx, userId: string): Promise<SessionSummary[]> {
  if (!isUuid(userId)) return [];
  return db
    .select({
      id: userSessions.id,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      expiresAt: userSessions.expiresAt,
      rememberMe: userSessions.rememberMe,
      userAgent: userSessions.userAgent,
    })
    .from(userSessions)
    .where(
      and(
        eq(userSessions.userId, userId),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, sql`now()`),
      ),
    )
    .orderBy(desc(userSessions.lastSeenAt), desc(userSessions.createdAt));
}

/**
 * Signs one session out. Someone else's session id is `not_found`, exactly
 * like an id that does not exist: ownership is checked, and not disclosed.
 * Revoking an already revoked session of one's own is a no-op.
 */
export async function revokeSession(db: DbOrTx, userId: string, sessionId: string): Promise<void> {
  if (!isUuid(userId) || !isUuid(sessionId)) throw new AppError('not_found', SESSION_NOT_FOUND);
  const [owned] = await db
    .update(userSessions)
    .set({ revokedAt: sql`coalesce(${userSessions.revokedAt}, now())` })
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId)))
    .returning({ id: userSessions.id });
  if (!owned) throw new AppError('not_found', SESSION_NOT_FOUND);
}

/** Signs a user out everywhere, or everywhere but `except` (the session making the request). */
export async function revokeAllSessions(
  db: DbOrTx,
  userId: string,
  options: { except?: string } = {},
): Promise<number> {
  if (!isUuid(userId)) return 0;
  const keep = options.except && isUuid(options.except) ? ne(userSessions.id, options.except) : undefined;
  const result = await db
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt), keep));
  return result.rowCount ?? 0;
}
