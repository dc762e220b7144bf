import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { type AccountUser, findUserByEmail } from './account-user';
import { type AccountsConfig, accountsConfig } from './config';
import { EMAIL_MAX_LENGTH, normaliseEmail } from './email-address';
import { ipHash } from './ip-hash';
import { beginLoginAttempt, settleLoginAttempt } from './login-throttle';
import { dummyVerify, hashPassword, needsRehash, verifyPassword } from './password-hash';

// Password sign-in. Every failure is the same `unauthorized` with the same
// message, after the same work (an unknown address still costs one argon2
// verification), so neither the answer nor its timing tells whether an address
// has an account. Lock-out (login-throttle.ts) counts unknown addresses too.

export const SIGN_IN_FAILED = 'auth.signIn.invalid' satisfies MessageKey;

// No password we ever accepted is longer (policy: 200); this bounds the work a request can cause.
const PASSWORD_INPUT_MAX = 1_000;

export type AuthenticateInput = { email: string; password: string; ip: string | null };

/** Takes the pool, not a transaction (see beginLoginAttempt). */
export async function authenticate(
  db: Db,
  input: AuthenticateInput,
  config: AccountsConfig = accountsConfig(),
): Promise<AccountUser> {
  const email = normaliseEmail(input.email);
  if (email.length === 0 || email.length > EMAIL_MAX_LENGTH || input.password.length > PASSWORD_INPUT_MAX) {
    await dummyVerify('');
    throw new AppError('unauthorized', SIGN_IN_FAILED);
  }

  const attemptId = await beginLoginAttempt(db, {
    email,
    ipHash: input.ip ? ipHash(input.ip, config.secret) : null,
  });
  let user: Awaited<ReturnType<typeof findUserByEmail>>;
  let ok = false;
  try {
    user = await findUserByEmail(db, email);
    ok = user?.passwordHash
      ? await verifyPassword(user.passwordHash, input.password)
      : await dummyVerify(input.password);
  } finally {
    // Settled even when the lookup throws: no attempt stays `pending`.
    await settleLoginAttempt(db, attemptId, {
      outcome: ok ? 'success' : 'failure',
      userId: ok ? user?.id : null,
    });
  }
  if (!ok || !user) throw new AppError('unauthorized', SIGN_IN_FAILED);

  if (user.passwordHash && needsRehash(user.passwordHash)) {
    // Stronger parameters apply at the next sign-in, the only time we hold the
    // plain password; a password changed meanwhile is left alone.
    await db
      .update(users)
      .set({ passwordHash: await hashPassword(input.password) })
      .where(and(eq(users.id, user.id), eq(users.passwordHash, user.passwordHash)));
  }
  const { passwordHash: _hash, ...account } = user;
  return account;
}
