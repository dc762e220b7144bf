import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { enqueueEmail } from '@/lib/notifications/enqueue-email';
import { requireUser } from './account-user';
import { writeAudit } from './audit';
import { type AccountsConfig, accountsConfig } from './config';
import { accountLink } from './links';
import { consumeToken, issueToken, mayIssueToken, TokenError } from './tokens';

// E-mail verification. A link proves the address it was sent to: if the
// account's address changed since, the old link proves nothing and is refused.

export async function verifyEmail(
  db: DbOrTx,
  input: { token: string; ip?: string | null },
): Promise<{ userId: string }> {
  return db.transaction(async (tx) => {
    const token = await consumeToken(tx, { purpose: 'verify_email', token: input.token });
    const user = await requireUser(tx, token.userId, { lock: true });
    if (user.email !== token.email) throw new TokenError('auth.token.invalid');
    if (!user.emailVerifiedAt) {
      await tx.update(users).set({ emailVerifiedAt: sql`now()` }).where(eq(users.id, user.id));
      await writeAudit(tx, {
        actorUserId: user.id,
        action: 'email.verified',
        targetUserId: user.id,
        ip: input.ip,
      });
    }
    return { userId: user.id };
  });
}

/**
 * Sends a fresh verification link to an unverified member. False when there
 * is nothing to send (already verified) or too many links went out this hour.
 */
export async function resendVerification(
  db: DbOrTx,
  input: { userId: string },
  config: AccountsConfig = accountsConfig(),
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const user = await requireUser(tx, input.userId, { lock: true });
    if (user.emailVerifiedAt) return false;
    if (!(await mayIssueToken(tx, { userId: user.id, purpose: 'verify_email' }))) return false;
    const token = await issueToken(tx, { purpose: 'verify_email', userId: user.id, email: user.email });
    await enqueueEmail(tx, {
      template: 'verify-email',
      locale: user.locale,
      to: user.email,
      params: { name: user.name, link: accountLink(config.appUrl, 'verifyEmail', token.token) },
      dedupeKey: `verify:${user.id}:${token.id}`,
      delivery: config.delivery,
    });
    return true;
  });
}
