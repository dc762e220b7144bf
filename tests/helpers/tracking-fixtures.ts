import { encode } from 'next-auth/jwt';
import type { Db } from '@/db/client';
import { networkAccounts, networkPrograms } from '@/db/schema';
import { createSession } from '@/lib/accounts/sessions';
import { testConfig } from './accounts';

// Network programs and signed-in browsers for the click-out tests.

export const SANDBOX_TEMPLATE = '/sandbox/track/{advertiser_id}?clickref={click_id}&ued={url}';
export const APP_URL = 'http://localhost:3999';

let accountCounter = 0;

export async function insertProgram(
  db: Db,
  merchantId: number,
  options: { networkCode?: string; template?: string; active?: boolean; advertiserId?: string } = {},
) {
  accountCounter += 1;
  const networkCode = options.networkCode ?? 'sandbox';
  const [account] = await db
    .insert(networkAccounts)
    .values({ networkCode, name: `${networkCode} ${accountCounter}`, publisherId: `pub-${accountCounter}` })
    .returning();
  const [program] = await db
    .insert(networkPrograms)
    .values({
      merchantId,
      networkAccountId: account!.id,
      networkCode,
      advertiserId: options.advertiserId ?? `adv-${merchantId}-${accountCounter}`,
      trackingTemplate: options.template ?? SANDBOX_TEMPLATE,
      isActiveRoute: options.active ?? true,
    })
    .returning();
  return { account: account!, program: program! };
}

/** A cookie jar holding the Auth.js session cookie of a fresh DB session for `userId`. */
export async function signedInCookies(db: Db, userId: string) {
  const session = await createSession(db, { userId, rememberMe: false }, testConfig);
  const value = await encode({
    token: { sub: userId, sid: session.id },
    secret: testConfig.secret,
    salt: 'authjs.session-token',
  });
  return { sessionId: session.id, cookies: cookieJar({ 'authjs.session-token': value }) };
}

export function cookieJar(entries: Record<string, string>) {
  return { get: (name: string) => (name in entries ? { value: entries[name]! } : undefined) };
}
