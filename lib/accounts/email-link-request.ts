import type { DbOrTx, Tx } from '@/db/client';
import type { AuthTokenPurpose } from '@/db/schema';
import { type AccountUser, findUserByEmail } from './account-user';
import { EMAIL_MAX_LENGTH, normaliseEmail } from './email-address';
import { type IssuedToken, issueToken, mayIssueToken } from './tokens';

/**
 * The shared shape of "e-mail me a link" requests (forgotten password, magic
 * link): answer the same for any address, and only for a live account under
 * its hourly link limit issue a token and let `send` enqueue the e-mail in the
 * same transaction.
 */
export async function emailLinkToAccount(
  db: DbOrTx,
  input: { email: string; purpose: AuthTokenPurpose },
  send: (tx: Tx, user: AccountUser, token: IssuedToken, email: string) => Promise<unknown>,
): Promise<void> {
  const email = normaliseEmail(input.email);
  if (email.length > EMAIL_MAX_LENGTH) return;
  await db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, email);
    if (!user || !(await mayIssueToken(tx, { userId: user.id, purpose: input.purpose }))) return;
    const token = await issueToken(tx, { purpose: input.purpose, userId: user.id, email });
    await send(tx, user, token, email);
  });
}
