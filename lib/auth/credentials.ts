import { z } from 'zod';
import type { Db, DbOrTx } from '@/db/client';
import type { AccountsConfig } from '@/lib/accounts/config';
import { type AccountUser, authenticate, consumeMagicLink, createSession, touchSession } from './accounts';

// The next-auth callbacks as plain functions, so they can be tested on a real
// database without Next. The JWT holds only the DB session id (and the user
// id): the role, name and verification state are read fresh on every request.

export const credentialsInput = z.object({
  email: z.string().max(1_000),
  password: z.string().max(1_000),
  rememberMe: z
    .union([z.boolean(), z.string()])
    .optional()
    .transform((value) => value === true || value === 'true' || value === 'on'),
});

export type RequestMeta = { ip: string | null; userAgent: string | null };
export type SessionClaims = { sid: string; uid: string };

/** Checks the password (with throttling) and opens a DB session. Throws AppError on failure. */
export async function authorizeCredentials(
  db: Db,
  input: unknown,
  meta: RequestMeta,
  config?: AccountsConfig,
): Promise<SessionClaims & { rememberMe: boolean }> {
  const parsed = credentialsInput.safeParse(input);
  const { email, password, rememberMe } = parsed.success
    ? parsed.data
    : { email: '', password: '', rememberMe: false };
  const user = await authenticate(db, { email, password, ip: meta.ip }, config);
  const session = await createSession(
    db,
    {
      userId: user.id,
      rememberMe,
      userAgent: meta.userAgent,
      ip: meta.ip,
    },
    config,
  );
  return { sid: session.id, uid: user.id, rememberMe };
}

/** Signs in with a single-use e-mailed link: consumes it, then opens a (not remembered) DB session. */
export async function authorizeMagicLink(
  db: Db,
  input: unknown,
  meta: RequestMeta,
  config?: AccountsConfig,
): Promise<SessionClaims> {
  const token = z.object({ token: z.string().max(200) }).safeParse(input);
  const user = await consumeMagicLink(db, { token: token.success ? token.data.token : '' });
  const session = await createSession(
    db,
    { userId: user.id, rememberMe: false, userAgent: meta.userAgent, ip: meta.ip },
    config,
  );
  return { sid: session.id, uid: user.id };
}

/** The per-request check behind the `jwt` callback: null signs the browser out. */
export async function refreshSession(
  db: DbOrTx,
  token: Record<string, unknown>,
): Promise<AccountUser | null> {
  if (typeof token.sid !== 'string') return null;
  return touchSession(db, token.sid);
}

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: AccountUser['role'];
  locale: AccountUser['locale'];
  emailVerified: boolean;
};

export function toSessionUser(user: AccountUser): SessionUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    emailVerified: user.emailVerifiedAt !== null,
  };
}
