import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { type UserRole, userRole } from '@/db/schema';
import { isUuid } from '@/lib/accounts/account-user';
import { grantRole, type RoleChange, requireRole, revokeRole } from '@/lib/accounts/roles';
import { checkbox, text } from '@/lib/auth/form-fields';
import { validationError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';

// The back office's role form, behind its server action. The actor comes from
// the session, never from the form; the role check runs here first (a clear
// "forbidden" for ops) and again in grantRole/revokeRole, under lock, against
// the database. The confirmation box keeps a stray click from changing who
// can see the back office.

export const roleChangeForm = z.object({
  userId: text(64).refine(isUuid, { message: 'auth.account.notFound' satisfies MessageKey }),
  role: text(16).pipe(
    z.enum(userRole.enumValues, { message: 'admin.roleForm.roleInvalid' satisfies MessageKey }),
  ),
  confirm: checkbox.refine((checked) => checked, {
    message: 'admin.roleForm.confirmRequired' satisfies MessageKey,
  }),
});

export type RoleChangeRequest = {
  actor: { id: string; role: UserRole };
  targetUserId: string;
  role: UserRole;
  ip?: string | null;
};

/** Parses the posted form; field messages are i18n keys. */
export function parseRoleChangeForm(raw: Record<string, unknown>): { userId: string; role: UserRole } {
  const parsed = roleChangeForm.safeParse(raw);
  if (!parsed.success)
    throw validationError(parsed.error.issues, 'admin.roleForm.invalid' satisfies MessageKey);
  return { userId: parsed.data.userId, role: parsed.data.role };
}

/** Sets the target's role (admins only); the change and its audit entry commit together. */
export async function changeRole(db: DbOrTx, request: RoleChangeRequest): Promise<RoleChange> {
  const actor = requireRole(request.actor, 'admin');
  const change = { actor: { id: actor.id }, targetUserId: request.targetUserId, ip: request.ip };
  return request.role === 'member'
    ? revokeRole(db, change)
    : grantRole(db, { ...change, role: request.role });
}
