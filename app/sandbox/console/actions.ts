'use server';

import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/accounts/roles';
import { currentUser } from '@/lib/auth/current-user';
import { formObject } from '@/lib/auth/form-fields';
import { errorState, type FormState } from '@/lib/auth/form-state';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { getTranslator } from '@/lib/i18n/server';
import { applyConsoleForm, type ConsoleIntent } from '@/lib/sandbox/console-forms';
import { sandboxEnabled } from '@/lib/sandbox/sandbox-enabled';

const NOTICE = {
  approve: 'sandbox.console.actions.approved',
  decline: 'sandbox.console.actions.declined',
  amend: 'sandbox.console.actions.amended',
} as const;

/** Approve, decline or amend one sandbox sale: ops and admins only, checked against the session here. */
export async function consoleSaleAction(_state: FormState, formData: FormData): Promise<FormState> {
  const config = env();
  if (!sandboxEnabled(config)) notFound();
  const { t } = await getTranslator();
  const raw = formObject(formData, ['intent', 'saleId', 'newAmount']);
  try {
    requireRole(await currentUser(), 'ops', 'admin');
    const intent: ConsoleIntent = raw.intent === 'decline' || raw.intent === 'amend' ? raw.intent : 'approve';
    await applyConsoleForm(await getDb(), intent, raw, { postbackDelayS: config.SANDBOX_POSTBACK_DELAY_S });
    revalidatePath('/sandbox/console');
    return { notice: t(NOTICE[intent]) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    const newAmount = typeof raw.newAmount === 'string' ? raw.newAmount.slice(0, 200) : '';
    return errorState(t, error, { newAmount });
  }
}
