import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAttempts } from '@/db/schema';
import { GOOD_PASSWORD, makeUser, rejection, testConfig } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { confirmDeletion, type DeletionConfirmation } from './confirm-deletion';
import { ipHash } from './ip-hash';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const IP = '198.51.100.7';
const confirm = (input: DeletionConfirmation) => confirmDeletion(t.db, input, testConfig);
const attemptsOf = (email: string) =>
  t.db
    .select({ outcome: loginAttempts.outcome, userId: loginAttempts.userId, ipHash: loginAttempts.ipHash })
    .from(loginAttempts)
    .where(eq(loginAttempts.email, email));

describe('confirmDeletion, for an account with a password', () => {
  const base = { currentPassword: GOOD_PASSWORD, confirmation: '', acknowledge: true, ip: IP };

  it('accepts the right password with the box ticked, and records the check as a sign-in', async () => {
    const user = await makeUser(t.db);
    await expect(confirm({ userId: user.id, ...base })).resolves.toBeUndefined();
    expect(await attemptsOf(user.email)).toEqual([
      { outcome: 'success', userId: user.id, ipHash: ipHash(IP, testConfig.secret) },
    ]);
  });

  it('refuses a wrong password on currentPassword and counts it as a failed sign-in', async () => {
    const user = await makeUser(t.db);
    expect(
      await rejection(confirm({ userId: user.id, ...base, currentPassword: 'not-the-password-9' })),
    ).toEqual({
      code: 'unprocessable',
      message: 'auth.invalidInput',
      fields: { currentPassword: ['auth.password.currentWrong'] },
      retryAfterS: undefined,
    });
    expect(await attemptsOf(user.email)).toEqual([
      { outcome: 'failure', userId: user.id, ipHash: ipHash(IP, testConfig.secret) },
    ]);
  });

  it('ignores a typed confirmation word: the password is what counts', async () => {
    const user = await makeUser(t.db);
    const refused = await rejection(
      confirm({ userId: user.id, ...base, currentPassword: 'nope-nope-nope-1', confirmation: 'DELETE' }),
    );
    expect(refused.fields).toEqual({ currentPassword: ['auth.password.currentWrong'] });
  });

  it.each<[string, Partial<DeletionConfirmation>, Record<string, string[]>]>([
    ['an empty password', { currentPassword: '' }, { currentPassword: ['auth.password.required'] }],
    [
      'the box unticked',
      { acknowledge: false },
      { acknowledge: ['accountSpace.privacy.delete.acknowledgeRequired'] },
    ],
    [
      'an empty password and the box unticked',
      { currentPassword: '', acknowledge: false },
      {
        currentPassword: ['auth.password.required'],
        acknowledge: ['accountSpace.privacy.delete.acknowledgeRequired'],
      },
    ],
  ])('refuses %s', async (_label, overrides, fields) => {
    const user = await makeUser(t.db);
    const refused = await rejection(confirm({ userId: user.id, ...base, ...overrides }));
    expect(refused.code).toBe('unprocessable');
    expect(refused.fields).toEqual(fields);
    // An empty password is not a guess; a right one with the box unticked is a success.
    const outcomes = (await attemptsOf(user.email)).map((a) => a.outcome);
    expect(outcomes).toEqual(overrides.currentPassword === '' ? [] : ['success']);
  });

  it('is refused while the address is locked out, without checking the password', async () => {
    const user = await makeUser(t.db);
    for (let i = 0; i < 5; i++) {
      await rejection(confirm({ userId: user.id, ...base, currentPassword: `wrong-guess-${i}` }));
    }
    expect(await rejection(confirm({ userId: user.id, ...base }))).toMatchObject({ code: 'rate_limited' });
  });
});

describe('confirmDeletion, for a magic-link-only account', () => {
  const base = { currentPassword: '', acknowledge: true, ip: IP };

  it.each(['DELETE', 'SUPPRIMER', 'delete', 'Supprimer', '  delete  '])(
    'accepts the word %j',
    async (word) => {
      const user = await makeUser(t.db, { password: null });
      await expect(confirm({ userId: user.id, ...base, confirmation: word })).resolves.toBeUndefined();
      expect(await attemptsOf(user.email)).toEqual([]);
    },
  );

  it.each(['', 'DELET', 'DELETE NOW', 'yes', GOOD_PASSWORD])('refuses %j', async (word) => {
    const user = await makeUser(t.db, { password: null });
    const refused = await rejection(confirm({ userId: user.id, ...base, confirmation: word }));
    expect(refused.code).toBe('unprocessable');
    expect(refused.fields).toEqual({ confirmation: ['accountSpace.privacy.delete.wordWrong'] });
  });

  it('needs the box too', async () => {
    const user = await makeUser(t.db, { password: null });
    const refused = await rejection(
      confirm({ userId: user.id, ...base, confirmation: 'DELETE', acknowledge: false }),
    );
    expect(refused.fields).toEqual({ acknowledge: ['accountSpace.privacy.delete.acknowledgeRequired'] });
  });
});

it('refuses an account that does not exist (or was deleted)', async () => {
  expect(
    await rejection(
      confirm({
        userId: '00000000-0000-4000-8000-000000000000',
        currentPassword: GOOD_PASSWORD,
        confirmation: '',
        acknowledge: true,
        ip: null,
      }),
    ),
  ).toMatchObject({ code: 'not_found' });
});
