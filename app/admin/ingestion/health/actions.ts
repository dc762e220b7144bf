'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/accounts/roles';
import { clientIp } from '@/lib/auth/client-ip';
import { currentUser } from '@/lib/auth/current-user';
import { formObject, text } from '@/lib/auth/form-fields';
import { errorState, type FormState } from '@/lib/auth/form-state';
import { isAppError } from '@/lib/errors';
import { getTranslator } from '@/lib/i18n/server';
import { requestSyncNow } from '@/lib/networks/sync/configure-sync';

// "Sync now" on the health screen: the account becomes due, the worker runs
// it (never this request). Role checked here and again in the domain; audited there.

const syncForm = z.object({ networkAccountId: text(20).transform(Number).pipe(z.number().int().positive()) });

export async function requestSyncAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getTranslator();
  try {
    const actor = requireRole(await currentUser(), 'ops', 'admin');
    const parsed = syncForm.safeParse(formObject(formData, ['networkAccountId']));
    if (!parsed.success) return { error: t('admin.ingestion.errors.syncNotConfigured') };
    const { running } = await requestSyncNow(await getDb(), {
      networkAccountId: parsed.data.networkAccountId,
      actor,
      ip: clientIp(await headers()),
    });
    revalidatePath('/admin/ingestion/health');
    return {
      notice: t(
        running ? 'admin.ingestion.health.syncRequestedRunning' : 'admin.ingestion.health.syncRequested',
      ),
    };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return errorState(t, error);
  }
}
