'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/accounts/roles';
import { changeRole, parseRoleChangeForm } from '@/lib/admin/change-role';
import { clientIp } from '@/lib/auth/client-ip';
import { currentUser } from '@/lib/auth/current-user';
import { formObject } from '@/lib/auth/form-fields';
import { errorState, type FormState } from '@/lib/auth/form-state';
import { isAppError } from '@/lib/errors';
import { getTranslator } from '@/lib/i18n/server';

/** The role form: admins only, checked here against the session (never the form), then under lock in the domain. */
export async function changeRoleAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getTranslator();
  const raw = formObject(formData, ['userId', 'role', 'confirm']);
  try {
    const actor = requireRole(await currentUser(), 'admin');
    const input = parseRoleChangeForm(raw);
    const ip = clientIp(await headers());
    const change = await changeRole(await getDb(), {
      actor,
      targetUserId: input.userId,
      role: input.role,
      ip,
    });
    revalidatePath(`/admin/users/${input.userId}`);
    return {
      notice: change.changed
        ? t('admin.roleForm.changed', { role: t(`admin.roles.${change.to}`) })
        : t('admin.roleForm.unchanged'),
    };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return errorState(t, error, { role: typeof raw.role === 'string' ? raw.role : '' });
  }
}
