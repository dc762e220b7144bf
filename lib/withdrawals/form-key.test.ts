import { describe, expect, it } from 'vitest';
import { issueFormKey, readFormKey } from './form-key';

const secret = 'form-secret-for-tests-0123456789';
const user = '0b6f2c3e-1d7a-4c55-9a1e-3f0f2b7d9c11';
const other = '7d1e0a52-4b8c-4f2a-8e3d-5c6b7a8d9e0f';
const uuid = '3c1d7f0e-2a4b-4c6d-8e9f-0a1b2c3d4e5f';

describe('the withdrawal form key', () => {
  it('reads back the UUID it was issued with, for its member', () => {
    expect(readFormKey(secret, user, issueFormKey(secret, user, uuid))).toBe(uuid);
    expect(readFormKey(secret, user, ` ${issueFormKey(secret, user, uuid)} `)).toBe(uuid);
  });

  it('issues a fresh random key each time', () => {
    expect(issueFormKey(secret, user)).not.toBe(issueFormKey(secret, user));
  });

  const good = issueFormKey(secret, user, uuid);
  it.each([
    ['empty', ''],
    ['just the UUID', uuid],
    ['another UUID with this signature', good.replace(uuid, '3c1d7f0e-2a4b-4c6d-8e9f-0a1b2c3d4e50')],
    ['an edited signature', good.slice(0, -1) + (good.endsWith('A') ? 'B' : 'A')],
    ['a truncated signature', good.slice(0, -1)],
    ['another member’s key', issueFormKey(secret, other, uuid)],
    ['another secret’s key', issueFormKey('another-secret-0123456789abcdef', user, uuid)],
    ['an upper-case UUID', good.replace(uuid, uuid.toUpperCase())],
    ['garbage', '../../etc/passwd'],
  ])('refuses %s', (_label, key) => {
    expect(() => readFormKey(secret, user, key)).toThrow(
      expect.objectContaining({
        code: 'unprocessable',
        fields: { formKey: ['withdrawals.request.errors.formKey'] },
      }),
    );
  });
});
