import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptCredentials, encryptCredentials, parseCredentialsKey } from './credentials';
import { hashPostbackToken, newPostbackToken, POSTBACK_TOKEN_FORMAT, tokenMatches } from './postback-token';

const key = randomBytes(32);

describe('credentials at rest', () => {
  it('round-trips, and never contains the secret in clear', () => {
    const sealed = encryptCredentials({ apiToken: 'awin-secret-123' }, key);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('awin-secret-123');
    expect(decryptCredentials(sealed, key)).toEqual({ apiToken: 'awin-secret-123' });
  });

  it('encrypts the same value differently each time', () => {
    expect(encryptCredentials({ a: 'b' }, key)).not.toBe(encryptCredentials({ a: 'b' }, key));
  });

  it.each([
    ['another key', (sealed: string) => decryptCredentials(sealed, randomBytes(32))],
    ['a flipped byte', (sealed: string) => decryptCredentials(`${sealed.slice(0, -2)}AA`, key)],
    ['an unknown version', (sealed: string) => decryptCredentials(sealed.replace(/^v1/, 'v9'), key)],
  ])('refuses %s', (_label, open) => {
    expect(() => open(encryptCredentials({ apiToken: 'x' }, key))).toThrow();
  });

  it.each([
    ['', 'short'],
    ['AAAA', 'short'],
  ])('refuses a key that is not 32 bytes (%j)', (value) => {
    expect(() => parseCredentialsKey(value)).toThrow('CREDENTIALS_KEY must be 32 bytes in base64');
  });
});

describe('postback tokens', () => {
  it('are 256 random bits, URL-safe, and differ each time', () => {
    const tokens = new Set(Array.from({ length: 100 }, newPostbackToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(POSTBACK_TOKEN_FORMAT);
  });

  it('match only their own hash', () => {
    const token = newPostbackToken();
    expect(tokenMatches(token, hashPostbackToken(token))).toBe(true);
    expect(tokenMatches(`${token.slice(0, -1)}x`, hashPostbackToken(token))).toBe(false);
    expect(tokenMatches('', hashPostbackToken(token))).toBe(false);
    expect(tokenMatches(token, 'not-hex')).toBe(false);
  });
});
