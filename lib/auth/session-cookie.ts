import { decode } from 'next-auth/jwt';

// Reads our session id out of the Auth.js session cookie without loading
// Auth.js itself (the proxy cannot import auth.ts: see proxy.ts). The cookie
// is an encrypted JWT whose salt is the cookie's own name.

export const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'] as const;

type CookieReader = { get(name: string): { value: string } | undefined };

/** The DB session id in the cookie, or null when there is none or it does not decrypt. */
export async function sessionIdFromCookies(cookies: CookieReader, secret: string): Promise<string | null> {
  for (const name of SESSION_COOKIES) {
    const value = cookies.get(name)?.value;
    if (!value) continue;
    try {
      const token = await decode({ token: value, secret, salt: name });
      if (typeof token?.sid === 'string') return token.sid;
    } catch {
      // Tampered, or sealed with another secret: as good as no cookie.
    }
  }
  return null;
}
