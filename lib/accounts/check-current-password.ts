import type { Db } from '@/db/client';
import type { User } from '@/db/schema';
import type { AccountsConfig } from './config';
import { ipHash } from './ip-hash';
import { beginLoginAttempt, settleLoginAttempt } from './login-throttle';
import { verifyPassword } from './password-hash';

// Re-authentication before a sensitive change (password, e-mail). It counts
// toward the same lock-out as sign-in: a stolen session must not become a way
// to guess the password without limit.

export async function checkCurrentPassword(
  db: Db,
  input: { user: Pick<User, 'id' | 'email' | 'passwordHash'>; password: string; ip?: string | null },
  config: Pick<AccountsConfig, 'secret'>,
): Promise<boolean> {
  const { user } = input;
  if (!user.passwordHash) return false;
  const attemptId = await beginLoginAttempt(db, {
    email: user.email,
    ipHash: input.ip ? ipHash(input.ip, config.secret) : null,
  });
  let ok = false;
  try {
    ok = await verifyPassword(user.passwordHash, input.password);
  } finally {
    await settleLoginAttempt(db, attemptId, { outcome: ok ? 'success' : 'failure', userId: user.id });
  }
  return ok;
}
