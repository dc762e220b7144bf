import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { userSessions } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { isUuid } from './account-user';
import { writeAudit } from './audit';
import { revokeAllSessions, revokeSession } from './sessions';

// "Sign out this device" and "sign out everywhere else" from the device list,
// with an audit entry when a session actually ended: a member (or whoever
// holds their session) cutting devices off is a security event. A no-op (a
// session already signed out, no other device) leaves no entry. "Signed
// out" counts as revokeAllSessions counts: any session not yet revoked, an
// expired one included.

export type SignOutDeviceInput = { userId: string; sessionId: string; ip?: string | null };

/**
 * Signs one of the member's own sessions out; returns 1, or 0 when it was
 * already signed out. Someone else's session is `not_found`, like one that
 * does not exist (revokeSession's rule), and writes nothing.
 */
export async function signOutDevice(db: DbOrTx, input: SignOutDeviceInput): Promise<number> {
  return db.transaction(async (tx) => {
    // Locked, so that of two concurrent sign-outs of one session only one counts it.
    const live = await liveOwnSession(tx, input.userId, input.sessionId);
    await revokeSession(tx, input.userId, input.sessionId);
    const count = live ? 1 : 0;
    if (count > 0) await audit(tx, { userId: input.userId, ip: input.ip, scope: 'one', count });
    return count;
  });
}

const UNKNOWN_CURRENT = 'accountSpace.security.sessions.unknownCurrent' satisfies MessageKey;

export type SignOutOtherDevicesInput = { userId: string; currentSessionId: string; ip?: string | null };

/** Signs out every session of the member but `currentSessionId` (the one asking); returns how many. */
export async function signOutOtherDevices(db: DbOrTx, input: SignOutOtherDevicesInput): Promise<number> {
  // revokeAllSessions ignores a malformed `except`, which would sign this device out too.
  if (!isUuid(input.currentSessionId)) throw new AppError('bad_request', UNKNOWN_CURRENT);
  return db.transaction(async (tx) => {
    const count = await revokeAllSessions(tx, input.userId, { except: input.currentSessionId });
    if (count > 0) await audit(tx, { userId: input.userId, ip: input.ip, scope: 'others', count });
    return count;
  });
}

async function liveOwnSession(tx: DbOrTx, userId: string, sessionId: string): Promise<boolean> {
  if (!isUuid(userId) || !isUuid(sessionId)) return false;
  const [row] = await tx
    .select({ id: userSessions.id })
    .from(userSessions)
    .where(
      and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.revokedAt)),
    )
    .for('update');
  return row !== undefined;
}

function audit(
  tx: DbOrTx,
  input: { userId: string; ip?: string | null; scope: 'one' | 'others'; count: number },
): Promise<void> {
  return writeAudit(tx, {
    actorUserId: input.userId,
    action: 'sessions.revoked',
    targetUserId: input.userId,
    details: { scope: input.scope, count: input.count },
    ip: input.ip,
  });
}
