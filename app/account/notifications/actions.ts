'use server';

import { z } from 'zod';
import { getDb } from '@/db/client';
import { updateProfile } from '@/lib/accounts/update-profile';
import { requireUser } from '@/lib/auth/current-user';
import { checkbox, formObject } from '@/lib/auth/form-fields';
import type { FormState } from '@/lib/auth/form-state';
import { getTranslator } from '@/lib/i18n/server';
import { accountErrorState } from '../form-error';

// Every box is in the form: an unticked box is absent from the post and means "off".
const prefsForm = z.object({ cashbackUpdates: checkbox, withdrawals: checkbox, newsletter: checkbox });

export async function updateNotificationsAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser('/account/notifications');
  const { t } = await getTranslator();
  const notificationPrefs = prefsForm.parse(formObject(formData, Object.keys(prefsForm.shape)));
  try {
    const saved = await updateProfile(await getDb(), { userId: user.id, notificationPrefs });
    const values = Object.fromEntries(
      Object.entries(saved.notificationPrefs).map(([k, on]) => [k, on ? 'on' : '']),
    );
    return { notice: t('accountSpace.notifications.saved'), values };
  } catch (error) {
    return accountErrorState(t, error);
  }
}
