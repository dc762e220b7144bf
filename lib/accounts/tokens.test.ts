import { describe, expect, it } from 'vitest';
import { generateToken, hashToken, TOKEN_FORMAT, TOKEN_TTL_MS, TokenError } from './tokens';

describe('generateToken', () => {
  it('is 43 base64url characters (32 random bytes)', () => {
    const token = generateToken();
    expect(token).toMatch(TOKEN_FORMAT);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  });

  it('does not repeat', () => {
    const tokens = new Set(Array.from({ length: 1000 }, generateToken));
    expect(tokens.size).toBe(1000);
  });
});

describe('hashToken', () => {
  it('is the sha-256 hex of the token', () => {
    // sha256("abc"), from FIPS 180-2.
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('TOKEN_FORMAT', () => {
  it.each([
    ['a real token', generateToken(), true],
    ['one character short', generateToken().slice(1), false],
    ['one character long', `${generateToken()}A`, false],
    ['standard base64 characters', `${generateToken().slice(2)}+/`, false],
    ['padding', `${generateToken().slice(1)}=`, false],
    ['empty', '', false],
  ])('%s', (_label, token, want) => {
    expect(TOKEN_FORMAT.test(token)).toBe(want);
  });
});

describe('token lifetimes', () => {
  it.each([
    ['verify_email', 48 * 60],
    ['password_reset', 60],
    ['change_email', 24 * 60],
    ['magic_link', 15],
  ] as const)('%s lasts %i minutes', (purpose, minutes) => {
    expect(TOKEN_TTL_MS[purpose]).toBe(minutes * 60_000);
  });
});

describe('TokenError', () => {
  it.each([
    ['auth.token.invalid', 'not_found', 404],
    ['auth.token.used', 'conflict', 409],
    ['auth.token.expired', 'unprocessable', 422],
  ] as const)('%s is %s', (reason, code, status) => {
    const error = new TokenError(reason);
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.message).toBe(reason);
    expect(error.reason).toBe(reason);
  });
});
