import { decode } from 'next-auth/jwt';

// Reads our session id out of the Auth.js session cookie without loading
// Auth.js itself (the proxy cannot import auth.ts: see proxy.ts). The cookie
// is an encrypted JWT whose salt is the cookie's own name.
//
// Decrypting costs about 0.6 ms of CPU (key derivation, AES, HMAC), which the
// click-out pays on every request; a browser sends the same cookie value until
// Auth.js re-issues it, so decrypted values are remembered (bounded, and only
// until the token's own expiry). The DB session is still checked every time.

export const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'] as const;

type CookieReader = { get(name: string): { value: string } | undefined };
type Decoded = { sid: string | null; expiresAtMs: number };

const MAX_REMEMBERED = 10_000;
const remembered = new Map<string, Decoded>();

/** The DB session id in the cookie, or null when there is none or it does not decrypt. */
export async function sessionIdFromCookies(cookies: CookieReader, secret: string): Promise<string | null> {
  for (const name of SESSION_COOKIES) {
    const value = cookies.get(name)?.value;
    if (!value) continue;
    const key = `${name}\u0000${secret}\u0000${value}`;
    const known = remembered.get(key);
    if (known && known.expiresAtMs > Date.now()) {
      if (known.sid) return known.sid;
      continue;
    }
    const decoded = await decodeCookie(name, value, secret);
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(key, decoded);
    if (decoded.sid) return decoded.sid;
  }
  return null;
}

async function decodeCookie(name: string, value: string, secret: string): Promise<Decoded> {
  const retryLaterMs = Date.now() + 60_000;
  try {
    const token = await decode({ token: value, secret, salt: name });
    const sid = typeof token?.sid === 'string' ? token.sid : null;
    const expiresAtMs = typeof token?.exp === 'number' ? token.exp * 1000 : retryLaterMs;
    return { sid, expiresAtMs };
  } catch {
    // Tampered, or sealed with another secret: as good as no cookie.
    return { sid: null, expiresAtMs: retryLaterMs };
  }
}
