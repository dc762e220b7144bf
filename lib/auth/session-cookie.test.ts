import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { sessionIdFromCookies } from './session-cookie';

// The proxy's reading of the Auth.js cookie: only a cookie sealed with our
// secret, under its own name as salt, yields a session id.

const SECRET = 'proxy-test-secret-0123456789abcdef';
const SID = '0b6c3f9e-2a5d-4c1e-9f7a-1d2e3f4a5b6c';

const jar = (entries: Record<string, string>) => ({
  get: (name: string) => (name in entries ? { value: entries[name]! } : undefined),
});
const seal = (salt: string, secret = SECRET, claims: Record<string, unknown> = { sub: 'u', sid: SID }) =>
  encode({ token: claims, secret, salt });

describe('sessionIdFromCookies', () => {
  it('reads the session id from the http cookie', async () => {
    const cookie = await seal('authjs.session-token');
    expect(await sessionIdFromCookies(jar({ 'authjs.session-token': cookie }), SECRET)).toBe(SID);
  });

  it('reads it from the __Secure- cookie used over https', async () => {
    const cookie = await seal('__Secure-authjs.session-token');
    expect(await sessionIdFromCookies(jar({ '__Secure-authjs.session-token': cookie }), SECRET)).toBe(SID);
  });

  it.each([
    ['no cookie', async () => ({})],
    [
      'another secret',
      async () => ({ 'authjs.session-token': await seal('authjs.session-token', 'x'.repeat(40)) }),
    ],
    ['the wrong salt', async () => ({ 'authjs.session-token': await seal('__Secure-authjs.session-token') })],
    ['garbage', async () => ({ 'authjs.session-token': 'not-a-jwt' })],
    [
      'a token without a session id',
      async () => ({ 'authjs.session-token': await seal('authjs.session-token', SECRET, { sub: 'u' }) }),
    ],
  ])('%s → null', async (_label, cookies) => {
    expect(await sessionIdFromCookies(jar(await cookies()), SECRET)).toBeNull();
  });
});
