import { eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { type UserLocale, type UserRole, userSessions, users } from '@/db/schema';
import { isUuid } from '@/lib/accounts/account-user';
import { type AuditLogPage, listAuditLog } from './audit-log';

// /admin/users/[id]: one account as staff see it. Never the password hash
// (only whether one is set), never the session tokens (only counts).

export const USER_DETAIL_AUDIT_LIMIT = 20;

export type UserDetail = {
  user: {
    id: string;
    email: string;
    name: string;
    role: UserRole;
    locale: UserLocale;
    emailVerifiedAt: Date | null;
    hasPassword: boolean;
    createdAt: Date;
    deletedAt: Date | null;
  };
  /** `active`: neither revoked nor expired. */
  sessions: { active: number; total: number };
  /** The newest entries about this account; the audit log page has the rest. */
  audit: AuditLogPage;
};

const countWhere = (condition: SQL) =>
  sql<number>`(count(*) filter (where ${condition}))::int`.mapWith(Number);

/** The account with this id (deleted ones included), or null for an unknown or malformed id. */
export async function userDetail(db: DbOrTx, userId: string): Promise<UserDetail | null> {
  if (!isUuid(userId)) return null;
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      locale: users.locale,
      emailVerifiedAt: users.emailVerifiedAt,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      createdAt: users.createdAt,
      deletedAt: users.deletedAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return null;
  const [[sessions], audit] = await Promise.all([
    db
      .select({
        active: countWhere(sql`${userSessions.revokedAt} is null and ${userSessions.expiresAt} > now()`),
        total: countWhere(sql`true`),
      })
      .from(userSessions)
      .where(eq(userSessions.userId, user.id)),
    listAuditLog(db, { target: user.id, limit: USER_DETAIL_AUDIT_LIMIT }),
  ]);
  return { user, sessions: sessions ?? { active: 0, total: 0 }, audit };
}
