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
import { parseAdjustmentForm, requestAdjustment } from '@/lib/ledger/adjustments';
import { formatMoney } from '@/lib/money';

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

/** A balance adjustment: ops or admin (checked against the session), posted at once or queued for a second approval. */
export async function adjustBalanceAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { t, locale } = await getTranslator();
  const raw = formObject(formData, ['userId', 'direction', 'amount', 'currency', 'reason']);
  try {
    const actor = requireRole(await currentUser(), 'ops', 'admin');
    const input = parseAdjustmentForm(raw);
    const { adjustment, posted } = await requestAdjustment(await getDb(), {
      ...input,
      actor,
      ip: clientIp(await headers()),
    });
    revalidatePath(`/admin/users/${input.userId}`);
    revalidatePath('/admin/adjustments');
    const amount = formatMoney(
      { amountMinor: adjustment.amountMinor, currency: adjustment.currency },
      locale,
    );
    return { notice: t(posted ? 'ledger.adjust.posted' : 'ledger.adjust.awaiting', { amount }) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    const values = Object.fromEntries(
      Object.entries(raw).map(([key, value]) => [key, typeof value === 'string' ? value : '']),
    );
    return errorState(t, error, values);
  }
}
