import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { authTokens, users } from '@/db/schema';
import { AppError, validationError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { enqueueEmail } from '@/lib/notifications/enqueue-email';
import { requireUser } from './account-user';
import { writeAudit } from './audit';
import { checkCurrentPassword } from './check-current-password';
import { type AccountsConfig, accountsConfig } from './config';
import { emailField } from './email-address';
import { accountLink } from './links';
import type { FieldIssue } from './password-policy';
import { consumeToken, issueToken, mayIssueToken, revokeTokens, TokenError } from './tokens';

// Change of e-mail address, in two steps. The request sends a link to the NEW
// address and changes nothing; the account moves only when that link is
// opened, and then the OLD address is told (a hijacker cannot move an account
// silently). An address that another account uses is refused: unlike sign-up,
// the person asking is signed in and has just re-entered their password.

const EMAIL_TAKEN = 'auth.email.taken' satisfies MessageKey;

export type RequestEmailChangeInput = {
  userId: string;
  newEmail: string;
  /** Required when the account has a password; magic-link-only accounts have none to give. */
  currentPassword?: string;
  ip?: string | null;
};

export async function requestEmailChange(
  db: Db,
  input: RequestEmailChangeInput,
  config: AccountsConfig = accountsConfig(),
): Promise<void> {
  const user = await requireUser(db, input.userId);
  const parsed = emailField.safeParse(input.newEmail);
  const issues: FieldIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: ['newEmail'], message: issue.message as MessageKey }));
  const newEmail = parsed.data;
  if (newEmail === user.email) issues.push({ path: ['newEmail'], message: 'auth.email.unchanged' });
  else if (newEmail && (await emailTaken(db, newEmail, user.id))) {
    issues.push({ path: ['newEmail'], message: EMAIL_TAKEN });
  }
  if (
    user.passwordHash &&
    !(await checkCurrentPassword(db, { user, password: input.currentPassword ?? '', ip: input.ip }, config))
  ) {
    issues.push({ path: ['currentPassword'], message: 'auth.password.currentWrong' });
  }
  if (issues.length > 0 || !newEmail) throw validationError(issues, 'auth.invalidInput');

  await db.transaction(async (tx) => {
    if (!(await mayIssueToken(tx, { userId: user.id, purpose: 'change_email' }))) {
      throw new AppError('rate_limited', 'auth.signIn.rateLimited', { retryAfterS: 3600 });
    }
    // Only the latest request's link works.
    await revokeTokens(tx, { userId: user.id, purposes: ['change_email'] });
    const token = await issueToken(tx, { purpose: 'change_email', userId: user.id, email: newEmail });
    await enqueueEmail(tx, {
      template: 'email-change-verify',
      locale: user.locale,
      to: newEmail,
      params: { name: user.name, link: accountLink(config.appUrl, 'confirmEmailChange', token.token) },
      dedupeKey: `change-email:${user.id}:${token.id}`,
      delivery: config.delivery,
    });
  });
}

/**
 * The address a change is waiting on: the latest change_email link that is
 * neither used nor expired (a new request revokes the older ones), so a
 * member who reloads the security page still sees what is pending.
 */
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

/** Opens the link sent to the new address: the account moves to it, and the old address is told. */
export async function confirmEmailChange(
  db: DbOrTx,
  input: { token: string; ip?: string | null },
  config: AccountsConfig = accountsConfig(),
): Promise<{ userId: string; email: string }> {
  return db.transaction(async (tx) => {
    const token = await consumeToken(tx, { purpose: 'change_email', token: input.token });
    const user = await requireUser(tx, token.userId, { lock: true });
    if (user.email === token.email) throw new TokenError('auth.token.invalid');
    if (await emailTaken(tx, token.email, user.id)) throw new AppError('conflict', EMAIL_TAKEN);
    try {
      await tx
        .update(users)
        .set({ email: token.email, emailVerifiedAt: sql`now()` })
        .where(eq(users.id, user.id));
    } catch (error) {
      // Taken between the check and the update, by a sign-up running at the same instant.
      if (isUniqueViolation(error)) throw new AppError('conflict', EMAIL_TAKEN);
      throw error;
    }
    // Links that went to the old inbox must not act on the account any more.
    await revokeTokens(tx, {
      userId: user.id,
      purposes: ['verify_email', 'password_reset', 'magic_link', 'change_email'],
    });
    await enqueueEmail(tx, {
      template: 'email-changed-notice',
      locale: user.locale,
      to: user.email,
      params: {
        name: user.name,
        newAddress: token.email,
        helpLink: accountLink(config.appUrl, 'securityHelp'),
      },
      dedupeKey: `email-changed:${user.id}:${token.id}`,
      delivery: config.delivery,
    });
    await writeAudit(tx, {
      actorUserId: user.id,
      action: 'email.changed',
      targetUserId: user.id,
      ip: input.ip,
    });
    return { userId: user.id, email: token.email };
  });
}

async function emailTaken(db: DbOrTx, email: string, exceptUserId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), ne(users.id, exceptUserId)));
  return row !== undefined;
}

/** Postgres' unique_violation, which drizzle wraps in its own error as `cause`. */
function isUniqueViolation(error: unknown): boolean {
  let current = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    if ((current as { code?: unknown }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
