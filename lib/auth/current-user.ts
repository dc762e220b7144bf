import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { auth } from '@/auth';
import { STAFF_ROLES } from '@/lib/accounts/roles';
import { safeReturnPath } from '@/lib/i18n/safe-return-path';
import type { SessionUser } from './credentials';

// The server-side checks every page and action runs itself (the proxy is only
// the first line). The user comes from `touchSession`, so it is never stale.

/** Cached per request: the header and the page share one session check. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const user = session?.user as Partial<SessionUser> | undefined;
  return user?.id && user.role ? (user as SessionUser) : null;
});

export function signInPath(next: string): string {
  return `/auth/sign-in?next=${encodeURIComponent(safeReturnPath(next))}`;
}

/** The signed-in user, or a redirect to sign-in that comes back to `next`. */
export async function requireUser(next: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(signInPath(next));
  return user;
}

/** Ops or admin; anyone else gets a 404 (the back office does not announce itself). */
export async function requireStaff(next: string): Promise<SessionUser> {
  const user = await requireUser(next);
  if (!(STAFF_ROLES as readonly string[]).includes(user.role)) notFound();
  return user;
}
