import 'server-only';
import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { sessionIdFromCookies } from './session-cookie';

// The id of the DB session behind this request, to mark "this device" and to
// keep it signed in when the others are signed out. SessionUser does not carry
// it, so it is read from the session cookie. Call it only after requireUser():
// auth() has then checked this very cookie against its DB row.
// (Better still: `sessionId` on SessionUser, set by auth.ts's session callback.)

export async function currentSessionId(): Promise<string | null> {
  return sessionIdFromCookies(await cookies(), env().AUTH_SECRET);
}
