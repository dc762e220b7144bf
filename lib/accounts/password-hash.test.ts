import { describe, expect, it } from 'vitest';
import { dummyVerify, hashPassword, needsRehash, verifyPassword } from './password-hash';

// Real argon2id (no mocks): about 30 ms per hash.

describe('password hashing', () => {
  it('hashes with argon2id and today’s parameters, salted', async () => {
    const first = await hashPassword('violon-tartine-orage-47');
    const second = await hashPassword('violon-tartine-orage-47');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(second).not.toBe(first);
    expect(needsRehash(first)).toBe(false);
  });

  it.each([
    ['the right password', 'violon-tartine-orage-47', true],
    ['a wrong password', 'violon-tartine-orage-48', false],
    ['another case', 'VIOLON-tartine-orage-47', false],
    ['an empty password', '', false],
  ])('verifies %s', async (_label, attempt, want) => {
    const stored = await hashPassword('violon-tartine-orage-47');
    expect(await verifyPassword(stored, attempt)).toBe(want);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const stored = await hashPassword('crème brûlée 2024'.normalize('NFC'));
    expect(await verifyPassword(stored, 'crème brûlée 2024'.normalize('NFD'))).toBe(true);
  });

  it.each([
    ['not a hash', 'plain text'],
    ['an empty string', ''],
    ['a bcrypt hash', '$2b$10$abcdefghijklmnopqrstuuJ0tn8P8m3ewQz9S7zeUqQLVvb8eOTy'],
  ])('rejects %s without throwing, and asks for a rehash', async (_label, stored) => {
    expect(await verifyPassword(stored, 'anything')).toBe(false);
    expect(needsRehash(stored)).toBe(true);
  });

  it('asks for a rehash of hashes made with weaker parameters', () => {
    const weaker =
      '$argon2id$v=19$m=4096,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$1m9cR8PZy1aQWm1XyQTy0/7PxNgh6y+kRZz6VJG2C8k';
    expect(needsRehash(weaker)).toBe(true);
    const argon2i =
      '$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$1m9cR8PZy1aQWm1XyQTy0/7PxNgh6y+kRZz6VJG2C8k';
    expect(needsRehash(argon2i)).toBe(true);
  });

  it('runs a dummy verification that always fails', async () => {
    expect(await dummyVerify('ristourne-dummy-password-for-timing')).toBe(false);
  });
});
