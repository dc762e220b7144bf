import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { type UserRole, users } from '@/db/schema';
import { isUuid } from '@/lib/accounts/account-user';
import {
  clampLimit,
  cursorCondition,
  type KeysetPage,
  keysetOrder,
  keysetPage,
  type PageCursor,
} from './keyset';

// /admin/users: every account, newest first, deleted (anonymised) ones
// included and marked, so staff can tell "never existed" from "was deleted".
// Search folds case and accents (unaccent) over the e-mail and the name; a
// full uuid also finds the account by id. No index serves the substring
// search: the page size bound keeps each request to one pass over `users`.

export const USER_PAGE_SIZE = 25;
export const USER_PAGE_SIZE_MAX = 100;

export type UserDirectoryInput = {
  query?: string | null;
  role?: UserRole | null;
  cursor?: PageCursor | null;
  limit?: number;
};

export type DirectoryUser = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  verified: boolean;
  createdAt: Date;
  deletedAt: Date | null;
};

/** Case- and accent-insensitive substring match on "e-mail name" (LIKE metacharacters taken literally). */
function matches(query: string): SQL {
  const pattern = sql`lower(f_unaccent(${query.replace(/[\\%_]/g, '\\$&')}::text))`;
  const text = sql`lower(f_unaccent(${users.email} || ' ' || ${users.name}))`;
  const condition = sql`${text} like '%' || ${pattern} || '%'`;
  return isUuid(query) ? or(condition, eq(users.id, query.toLowerCase()))! : condition;
}

export async function listUsers(db: DbOrTx, input: UserDirectoryInput): Promise<KeysetPage<DirectoryUser>> {
  const limit = clampLimit(input.limit, USER_PAGE_SIZE, USER_PAGE_SIZE_MAX);
  const cursor = input.cursor && isUuid(input.cursor.id) ? input.cursor : null;
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      verified: sql<boolean>`${users.emailVerifiedAt} is not null`,
      createdAt: users.createdAt,
      deletedAt: users.deletedAt,
    })
    .from(users)
    .where(
      and(
        input.role ? eq(users.role, input.role) : undefined,
        input.query ? matches(input.query) : undefined,
        cursor ? cursorCondition(users, cursor) : undefined,
      ),
    )
    .orderBy(...keysetOrder(users, cursor))
    .limit(limit + 1);
  return keysetPage(rows, limit, cursor);
}
