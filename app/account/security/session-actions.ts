'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { revokeAllSessions, revokeSession } from '@/lib/accounts/sessions';
import { requireUser } from '@/lib/auth/current-user';
import type { FormState } from '@/lib/auth/form-state';
import { getTranslator } from '@/lib/i18n/server';
import { currentSessionId } from '../current-session-id';
import { accountErrorState } from '../form-error';

// One form for the device list: each "sign out" button posts its session id
// as `signOut`, the last one posts "others".
const signOutForm = z.object({ signOut: z.union([z.literal('others'), z.uuid()]) });

export async function signOutSessionsAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser('/account/security');
  const { t } = await getTranslator();
  const parsed = signOutForm.safeParse({ signOut: formData.get('signOut') });
  if (!parsed.success) return { error: t('auth.session.notFound') };
  const [db, current] = await Promise.all([getDb(), currentSessionId()]);
  // Without this browser's id, "everyone else" would include this browser.
  if (!current) return { error: t('accountSpace.security.sessions.unknownCurrent') };
  try {
    if (parsed.data.signOut === 'others') {
      const count = await revokeAllSessions(db, user.id, { except: current });
      refresh();
      return { notice: t('accountSpace.security.sessions.othersSignedOut', { count }) };
    }
    await revokeSession(db, user.id, parsed.data.signOut);
  } catch (error) {
    return accountErrorState(t, error);
  }
  refresh();
  return { notice: t('accountSpace.security.sessions.signedOut') };
}
