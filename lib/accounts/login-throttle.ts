import { eq, lt, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { loginAttempts } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';

// Rate limiting and lock-out for password checks, kept in Postgres so every
// server process sees the same counts. An attempt is written as `pending`
// BEFORE the password is checked and counts as a failure until settled: a
// burst of parallel guesses each sees the others' rows, so at most
// `maxFailures` of them reach the hash whatever the number of processes.
//
// A source is locked for `lockMs` after any failure that was its
// `maxFailures`-th within `windowMs`. Refused attempts are not failures, so
// hammering a locked account does not extend its lock. A success clears
// nothing: it is recorded, and older failures age out on their own.

const MINUTE_MS = 60_000;

export const LOGIN_LIMITS = {
  email: { maxFailures: 5, windowMs: 15 * MINUTE_MS, lockMs: 15 * MINUTE_MS },
  ip: { maxFailures: 20, windowMs: 15 * MINUTE_MS, lockMs: 15 * MINUTE_MS },
} as const;

type Limit = { maxFailures: number; windowMs: number; lockMs: number };

export const RATE_LIMITED_MESSAGE = 'auth.signIn.rateLimited' satisfies MessageKey;

/**
 * Records a pending attempt and returns its id, or throws `rate_limited` (with
 * `retryAfterS`) when the address or the IP is locked. Takes the pool, not a
 * transaction: the pending row must be visible to other processes at once.
 */
export async function beginLoginAttempt(
  db: Db,
  input: { email: string; ipHash: string | null },
): Promise<number> {
  const [attempt] = await db
    .insert(loginAttempts)
    .values({ email: input.email, ipHash: input.ipHash, outcome: 'pending' })
    .returning({ id: loginAttempts.id });
  const id = attempt!.id;
  const { rows } = await db.execute<{ email_retry_s: number | null; ip_retry_s: number | null }>(sql`
    select
      (${lockedFor('email', input.email, id, LOGIN_LIMITS.email)}) as email_retry_s,
      (${lockedFor('ip_hash', input.ipHash, id, LOGIN_LIMITS.ip)}) as ip_retry_s
  `);
  const retryAfterS = Math.max(rows[0]?.email_retry_s ?? 0, rows[0]?.ip_retry_s ?? 0);
  if (retryAfterS > 0) {
    await settleLoginAttempt(db, id, { outcome: 'refused' });
    throw new AppError('rate_limited', RATE_LIMITED_MESSAGE, { retryAfterS });
  }
  return id;
}

/** Seconds until the source is unlocked (NULL when it is not locked); other attempts only. */
function lockedFor(column: 'email' | 'ip_hash', value: string | null, ownId: number, limit: Limit) {
  const window = sql`${limit.windowMs}::int * interval '1 millisecond'`;
  const lock = sql`${limit.lockMs}::int * interval '1 millisecond'`;
  // `= NULL` matches nothing: no IP, no IP limit.
  return sql`
    select ceil(extract(epoch from max(created_at) + ${lock} - now()))::int
    from (
      select created_at,
             count(*) over (order by created_at range between ${window} preceding and current row) as failures
      from login_attempts
      where ${sql.identifier(column)} = ${value}
        and outcome in ('pending', 'failure')
        and id <> ${ownId}
        and created_at > now() - ${window} - ${lock}
    ) recent
    where failures >= ${limit.maxFailures}::int and created_at > now() - ${lock}`;
}

export async function settleLoginAttempt(
  db: DbOrTx,
  id: number,
  result: { outcome: 'success' | 'failure' | 'refused'; userId?: string | null },
): Promise<void> {
  await db
    .update(loginAttempts)
    .set({ outcome: result.outcome, userId: result.userId ?? null })
    .where(eq(loginAttempts.id, id));
}

/** Drops attempts older than `olderThanMs` (a job's chore); the lock-out reads the last 30 minutes only. */
export async function purgeLoginAttempts(db: DbOrTx, input: { olderThanMs: number }): Promise<number> {
  const result = await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.createdAt, sql`now() - ${input.olderThanMs}::bigint * interval '1 millisecond'`));
  return result.rowCount ?? 0;
}
