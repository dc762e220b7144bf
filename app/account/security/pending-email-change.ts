import 'server-only';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { authTokens } from '@/db/schema';

// The address a change is waiting on: the latest change_email link that is
// neither used nor expired (a new request revokes the older ones). Shown on
// the security page so a member who reloads still sees what is pending.
// (Better home: lib/accounts/change-email.ts, beside requestEmailChange.)

export async function pendingEmailChange(
  db: DbOrTx,
  userId: string,
): Promise<{ email: string; expiresAt: Date } | null> {
  const [row] = await db
    .select({ email: authTokens.email, expiresAt: authTokens.expiresAt })
    .from(authTokens)
    .where(
      and(
        eq(authTokens.userId, userId),
        eq(authTokens.purpose, 'change_email'),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, sql`now()`),
      ),
    )
    .orderBy(desc(authTokens.createdAt))
    .limit(1);
  return row ?? null;
}
