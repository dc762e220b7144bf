import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { enqueueEmail } from '@/lib/notifications/enqueue-email';
import { type AccountUser, requireUser } from './account-user';
import { type AccountsConfig, accountsConfig } from './config';
import { emailLinkToAccount } from './email-link-request';
import { accountLink } from './links';
import { consumeToken, TOKEN_TTL_MS, TokenError } from './tokens';

// Password-less sign-in by e-mail, for existing accounts only (sign-up stays
// the one way to create an account, with its consents). The request answers
// the same for any address; the link works once, for 15 minutes.

export async function requestMagicLink(
  db: DbOrTx,
  input: { email: string },
  config: AccountsConfig = accountsConfig(),
): Promise<void> {
  await emailLinkToAccount(db, { email: input.email, purpose: 'magic_link' }, (tx, user, token, email) =>
    enqueueEmail(tx, {
      template: 'magic-link',
      locale: user.locale,
      to: email,
      params: {
        link: accountLink(config.appUrl, 'magicLink', token.token),
        expiresInMinutes: TOKEN_TTL_MS.magic_link / 60_000,
      },
      dedupeKey: `magic:${user.id}:${token.id}`,
      delivery: config.delivery,
    }),
  );
}

/** The account the link signs in (the caller then creates a session). Opening it proves the address. */
export async function consumeMagicLink(db: DbOrTx, input: { token: string }): Promise<AccountUser> {
  return db.transaction(async (tx) => {
    const token = await consumeToken(tx, { purpose: 'magic_link', token: input.token });
    const user = await requireUser(tx, token.userId, { lock: true });
    if (user.email !== token.email) throw new TokenError('auth.token.invalid');
    const [verified] = await tx
      .update(users)
      .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(eq(users.id, user.id))
      .returning({ emailVerifiedAt: users.emailVerifiedAt });
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      locale: user.locale,
      emailVerifiedAt: verified!.emailVerifiedAt,
    };
  });
}
