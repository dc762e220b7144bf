import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { validationError } from '@/lib/errors';
import { enqueueEmail } from '@/lib/notifications/enqueue-email';
import { requireUser } from './account-user';
import { writeAudit } from './audit';
import { type AccountsConfig, accountsConfig } from './config';
import { emailLinkToAccount } from './email-link-request';
import { accountLink } from './links';
import { hashPassword } from './password-hash';
import { newPasswordIssues } from './password-policy';
import { revokeAllSessions } from './sessions';
import { consumeToken, revokeTokens, TOKEN_TTL_MS, TokenError } from './tokens';

// "Forgot password". The request answers the same whether or not the address
// has an account (it returns nothing at all); the e-mail goes only to a live
// account, at most TOKENS_PER_HOUR_MAX an hour. Setting the new password signs
// the account out everywhere and voids every other reset or sign-in link:
// whoever else knew the old password, or held a link, is out.

export async function requestPasswordReset(
  db: DbOrTx,
  input: { email: string },
  config: AccountsConfig = accountsConfig(),
): Promise<void> {
  await emailLinkToAccount(db, { email: input.email, purpose: 'password_reset' }, (tx, user, token, email) =>
    enqueueEmail(tx, {
      template: 'password-reset',
      locale: user.locale,
      to: email,
      params: {
        name: user.name,
        link: accountLink(config.appUrl, 'resetPassword', token.token),
        expiresInMinutes: TOKEN_TTL_MS.password_reset / 60_000,
      },
      dedupeKey: `reset:${user.id}:${token.id}`,
      delivery: config.delivery,
    }),
  );
}

/**
 * Sets a new password with a reset link. A bad password (policy, confirmation)
 * is a 422 that leaves the link unused, so the member can try again with it.
 */
export async function resetPassword(
  db: DbOrTx,
  input: { token: string; password: string; passwordConfirmation: string; ip?: string | null },
): Promise<{ userId: string }> {
  return db.transaction(async (tx) => {
    const token = await consumeToken(tx, { purpose: 'password_reset', token: input.token });
    const user = await requireUser(tx, token.userId, { lock: true });
    if (user.email !== token.email) throw new TokenError('auth.token.invalid');
    const issues = newPasswordIssues({
      password: input.password,
      confirmation: input.passwordConfirmation,
      email: user.email,
    });
    if (issues.length > 0) throw validationError(issues, 'auth.invalidInput');

    await tx
      .update(users)
      .set({
        passwordHash: await hashPassword(input.password),
        // The link reached this inbox: the address is proven.
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
      })
      .where(eq(users.id, user.id));
    const sessionsRevoked = await revokeAllSessions(tx, user.id);
    await revokeTokens(tx, { userId: user.id, purposes: ['password_reset', 'magic_link'] });
    await writeAudit(tx, {
      actorUserId: user.id,
      action: 'password.reset',
      targetUserId: user.id,
      details: { sessionsRevoked },
      ip: input.ip,
    });
    return { userId: user.id };
  });
}
