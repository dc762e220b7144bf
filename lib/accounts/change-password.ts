import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { AppError, validationError } from '@/lib/errors';
import { requireUser } from './account-user';
import { writeAudit } from './audit';
import { checkCurrentPassword } from './check-current-password';
import { type AccountsConfig, accountsConfig } from './config';
import { hashPassword } from './password-hash';
import { type FieldIssue, newPasswordIssues } from './password-policy';
import { revokeAllSessions } from './sessions';
import { revokeTokens } from './tokens';

// Change password from the security page: the current password is required,
// and every other session is signed out (the one making the change stays).

export type ChangePasswordInput = {
  userId: string;
  currentPassword: string;
  newPassword: string;
  newPasswordConfirmation: string;
  /** The session making the change, kept signed in. */
  sessionId?: string;
  ip?: string | null;
};

export async function changePassword(
  db: Db,
  input: ChangePasswordInput,
  config: AccountsConfig = accountsConfig(),
): Promise<{ sessionsRevoked: number }> {
  const user = await requireUser(db, input.userId);
  const issues: FieldIssue[] = newPasswordIssues({
    password: input.newPassword,
    confirmation: input.newPasswordConfirmation,
    email: user.email,
    fields: { password: 'newPassword', confirmation: 'newPasswordConfirmation' },
  });
  if (!user.passwordHash) {
    issues.unshift({ path: ['currentPassword'], message: 'auth.password.noneSet' });
  } else if (
    !(await checkCurrentPassword(db, { user, password: input.currentPassword, ip: input.ip }, config))
  ) {
    issues.unshift({ path: ['currentPassword'], message: 'auth.password.currentWrong' });
  }
  if (issues.length > 0) throw validationError(issues, 'auth.invalidInput');

  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    // Only over the hash we checked: a concurrent reset or change wins, this one stops.
    const [changed] = await tx
      .update(users)
      .set({ passwordHash })
      .where(and(eq(users.id, user.id), eq(users.passwordHash, user.passwordHash!)))
      .returning({ id: users.id });
    if (!changed) throw new AppError('conflict', 'auth.password.currentWrong');
    const sessionsRevoked = await revokeAllSessions(tx, user.id, { except: input.sessionId });
    await revokeTokens(tx, { userId: user.id, purposes: ['password_reset', 'magic_link'] });
    await writeAudit(tx, {
      actorUserId: user.id,
      action: 'password.changed',
      targetUserId: user.id,
      details: { sessionsRevoked },
      ip: input.ip,
    });
    return { sessionsRevoked };
  });
}
