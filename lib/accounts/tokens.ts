import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { type AuthToken, type AuthTokenPurpose, authTokens } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';

// Single-use e-mailed tokens. The raw token (32 random bytes, base64url) lives
// only in the link; the table keeps its sha-256, so a read of the database
// cannot be turned into working links. Consuming is one UPDATE guarded by
// `used_at is null and expires_at > now()`: of two concurrent uses exactly one
// gets the row back, whichever server process they run in.

const HOUR_MS = 60 * 60 * 1000;

export const TOKEN_TTL_MS: Record<AuthTokenPurpose, number> = {
  verify_email: 48 * HOUR_MS,
  password_reset: HOUR_MS,
  change_email: 24 * HOUR_MS,
  magic_link: 15 * 60 * 1000,
};

/** Links per user and purpose per hour: a bound on what a stranger can make us send to someone. */
export const TOKENS_PER_HOUR_MAX = 5;

export const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export type IssuedToken = { id: string; token: string; expiresAt: Date };

/** 256 random bits, base64url: 43 characters that survive any URL or mail client. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function issueToken(
  db: DbOrTx,
  input: { purpose: AuthTokenPurpose; userId: string; email: string; ttlMs?: number },
): Promise<IssuedToken> {
  const ttlMs = input.ttlMs ?? TOKEN_TTL_MS[input.purpose];
  if (!Number.isSafeInteger(ttlMs) || ttlMs <= 0)
    throw new RangeError(`token ttl must be > 0 ms (got ${ttlMs})`);
  const token = generateToken();
  const [row] = await db
    .insert(authTokens)
    .values({
      purpose: input.purpose,
      userId: input.userId,
      email: input.email,
      tokenHash: hashToken(token),
      // The database clock, like the consume check: server clocks may differ.
      expiresAt: sql`now() + ${ttlMs} * interval '1 millisecond'`,
    })
    .returning({ id: authTokens.id, expiresAt: authTokens.expiresAt });
  return { id: row!.id, token, expiresAt: row!.expiresAt };
}

type TokenFailure = Extract<MessageKey, 'auth.token.invalid' | 'auth.token.used' | 'auth.token.expired'>;

export class TokenError extends AppError {
  readonly reason: TokenFailure;
  constructor(reason: TokenFailure) {
    const code =
      reason === 'auth.token.invalid'
        ? 'not_found'
        : reason === 'auth.token.used'
          ? 'conflict'
          : 'unprocessable';
    super(code, reason);
    this.name = 'TokenError';
    this.reason = reason;
  }
}

/**
 * Marks a token used and returns its row, or throws a TokenError saying why
 * not: unknown (mistyped, tampered, replaced, or for another purpose), already
 * used, or expired. Run it inside the transaction of what the token unlocks:
 * if that fails, the token is unused again.
 */
export async function consumeToken(
  db: DbOrTx,
  input: { purpose: AuthTokenPurpose; token: string },
): Promise<AuthToken> {
  if (!TOKEN_FORMAT.test(input.token)) throw new TokenError('auth.token.invalid');
  const tokenHash = hashToken(input.token);
  const [row] = await db
    .update(authTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(authTokens.tokenHash, tokenHash),
        eq(authTokens.purpose, input.purpose),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, sql`now()`),
      ),
    )
    .returning();
  if (row) return row;

  const [seen] = await db
    .select({ usedAt: authTokens.usedAt })
    .from(authTokens)
    .where(and(eq(authTokens.tokenHash, tokenHash), eq(authTokens.purpose, input.purpose)));
  if (!seen) throw new TokenError('auth.token.invalid');
  throw new TokenError(seen.usedAt ? 'auth.token.used' : 'auth.token.expired');
}

/** Deletes a user's unused tokens of these purposes, so older links stop working. */
export async function revokeTokens(
  db: DbOrTx,
  input: { userId: string; purposes: AuthTokenPurpose[] },
): Promise<number> {
  if (input.purposes.length === 0) return 0;
  const result = await db
    .delete(authTokens)
    .where(
      and(
        eq(authTokens.userId, input.userId),
        inArray(authTokens.purpose, input.purposes),
        isNull(authTokens.usedAt),
      ),
    );
  return result.rowCount ?? 0;
}

/** False once TOKENS_PER_HOUR_MAX links of this purpose went to this user in the last hour. */
export async function mayIssueToken(
  db: DbOrTx,
  input: { userId: string; purpose: AuthTokenPurpose },
): Promise<boolean> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(authTokens)
    .where(
      and(
        eq(authTokens.userId, input.userId),
        eq(authTokens.purpose, input.purpose),
        gt(authTokens.createdAt, sql`now() - interval '1 hour'`),
      ),
    );
  return (row?.n ?? 0) < TOKENS_PER_HOUR_MAX;
}
