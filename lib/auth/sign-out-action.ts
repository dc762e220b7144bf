'use server';

import { signOut } from '@/auth';

/** The header's sign-out form: ends the DB session (auth.ts `events.signOut`) and clears the cookie. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/auth/sign-in?out=1' });
}
