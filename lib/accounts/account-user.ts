import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { type User, users } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';

// The user as the rest of the app sees it: never the password hash. Deleted
// (anonymised) accounts are invisible to every lookup here.

export type AccountUser = Pick<User, 'id' | 'email' | 'name' | 'role' | 'locale' | 'emailVerifiedAt'>;

export const accountUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  locale: users.locale,
  emailVerifiedAt: users.emailVerifiedAt,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from a cookie or a form is text; a malformed one must be "not found", not a SQL error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export const ACCOUNT_NOT_FOUND = 'auth.account.notFound' satisfies MessageKey;

/** The live account with this (normalised) address, with its hash for password checks. */
export async function findUserByEmail(
  db: DbOrTx,
  email: string,
): Promise<(AccountUser & { passwordHash: string | null }) | undefined> {
  const [row] = await db
    .select({ ...accountUserColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.deletedAt)));
  return row;
}

/**
 * The live account with this id, or `not_found`. `lock` takes a row lock for
 * the rest of the transaction, so two changes to one account run one by one.
 */
export async function requireUser(
  db: DbOrTx,
  userId: string,
  options: { lock?: boolean } = {},
): Promise<User> {
  if (!isUuid(userId)) throw new AppError('not_found', ACCOUNT_NOT_FOUND);
  const query = db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', ACCOUNT_NOT_FOUND);
  return row;
}
