import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { type UserRole, users } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { requireUser } from './account-user';
import { writeAudit } from './audit';

// Roles: member, ops, admin. There is no implied hierarchy: a check lists every
// role it lets through (`requireRole(user, 'ops', 'admin')`), so reading it
// tells who gets in. Only admins change roles; the change and its audit entry
// commit together. There is always at least one admin: the admins' rows are
// locked while a change is decided, so two admins demoting each other at the
// same instant cannot both succeed.

export const STAFF_ROLES = ['ops', 'admin'] as const satisfies readonly UserRole[];

const FORBIDDEN = 'auth.role.forbidden' satisfies MessageKey;

/** Throws `unauthorized` without a user, `forbidden` when their role is not listed; returns the user. */
export function requireRole<U extends { role: UserRole }>(
  user: U | null | undefined,
  ...roles: UserRole[]
): U {
  if (!user) throw new AppError('unauthorized', 'auth.signIn.required' satisfies MessageKey);
  if (!roles.includes(user.role)) throw new AppError('forbidden', FORBIDDEN);
  return user;
}

export type RoleChangeInput = { actor: { id: string }; targetUserId: string; ip?: string | null };
export type RoleChange = { changed: boolean; from: UserRole; to: UserRole };

/** Makes the target ops or admin (an admin made ops is a demotion, checked like one). */
export function grantRole(
  db: DbOrTx,
  input: RoleChangeInput & { role: Exclude<UserRole, 'member'> },
): Promise<RoleChange> {
  return setRole(db, input, input.role, 'role.granted');
}

/** Makes the target a plain member again. */
export function revokeRole(db: DbOrTx, input: RoleChangeInput): Promise<RoleChange> {
  return setRole(db, input, 'member', 'role.revoked');
}

async function setRole(
  db: DbOrTx,
  input: RoleChangeInput,
  role: UserRole,
  action: 'role.granted' | 'role.revoked',
): Promise<RoleChange> {
  return db.transaction(async (tx) => {
    // The actor's role is read here, under lock, never taken from the caller's session.
    const admins = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'admin'), isNull(users.deletedAt)))
      .orderBy(asc(users.id))
      .for('update');
    if (!admins.some((admin) => admin.id === input.actor.id)) throw new AppError('forbidden', FORBIDDEN);

    const target = await requireUser(tx, input.targetUserId, { lock: true });
    if (target.role === role) return { changed: false, from: target.role, to: role };
    if (target.role === 'admin' && admins.length <= 1) {
      throw new AppError('conflict', 'auth.role.lastAdmin' satisfies MessageKey);
    }
    await tx.update(users).set({ role }).where(eq(users.id, target.id));
    await writeAudit(tx, {
      actorUserId: input.actor.id,
      action,
      targetUserId: target.id,
      details: { from: target.role, to: role },
      ip: input.ip,
    });
    return { changed: true, from: target.role, to: role };
  });
}
