'use server';

import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { signOutDevice, signOutOtherDevices } from '@/lib/accounts/sign-out-devices';
import { clientIp } from '@/lib/auth/client-ip';
import { currentSessionId } from '@/lib/auth/current-session-id';
import { requireUser } from '@/lib/auth/current-user';
import type { FormState } from '@/lib/auth/form-state';
import { getTranslator } from '@/lib/i18n/server';
import { accountErrorState } from '../form-error';

// One form for the device list: each "sign out" button posts its session id
// as `signOut`, the last one posts "others".
const signOutForm = z.object({ signOut: z.union([z.literal('others'), z.uuid()]) });

export async function signOutSessionsAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser('/account/security');
  const { t } = await getTranslator();
  const parsed = signOutForm.safeParse({ signOut: formData.get('signOut') });
  if (!parsed.success) return { error: t('auth.session.notFound') };
  const [db, current, ip] = await Promise.all([getDb(), currentSessionId(), headers().then(clientIp)]);
  // Without this browser's id, "everyone else" would include this browser.
  if (!current) return { error: t('accountSpace.security.sessions.unknownCurrent') };
  try {
    if (parsed.data.signOut === 'others') {
      const count = await signOutOtherDevices(db, { userId: user.id, currentSessionId: current, ip });
      refresh();
      return { notice: t('accountSpace.security.sessions.othersSignedOut', { count }) };
    }
    await signOutDevice(db, { userId: user.id, sessionId: parsed.data.signOut, ip });
  } catch (error) {
    return accountErrorState(t, error);
  }
  refresh();
  return { notice: t('accountSpace.security.sessions.signedOut') };
}
