import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { makeUser, rejection } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { deleteAccount } from './delete-account';
import { type UpdateProfileInput, updateProfile } from './update-profile';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const stored = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0]!;
const defaults = { cashbackUpdates: true, newsletter: false, withdrawals: true };

describe('updateProfile', () => {
  it('saves a trimmed name and a language, and leaves the preferences alone', async () => {
    const user = await makeUser(t.db, { name: 'Old Name' });
    const profile = await updateProfile(t.db, { userId: user.id, name: '  Zoé Lefèvre ', locale: 'en' });
    expect(profile).toEqual({ name: 'Zoé Lefèvre', locale: 'en', notificationPrefs: defaults });
    expect(await stored(user.id)).toMatchObject({
      name: 'Zoé Lefèvre',
      locale: 'en',
      notificationPrefs: defaults,
      email: user.email,
      passwordHash: user.passwordHash,
    });
  });

  it('merges preferences key by key: a form saving one does not reset the others', async () => {
    const user = await makeUser(t.db);
    await updateProfile(t.db, { userId: user.id, notificationPrefs: { newsletter: true } });
    await updateProfile(t.db, { userId: user.id, notificationPrefs: { withdrawals: false } });
    expect((await stored(user.id)).notificationPrefs).toEqual({
      cashbackUpdates: true,
      newsletter: true,
      withdrawals: false,
    });
    const all = { cashbackUpdates: false, newsletter: false, withdrawals: true };
    expect(
      (await updateProfile(t.db, { userId: user.id, notificationPrefs: all })).notificationPrefs,
    ).toEqual(all);
    expect((await stored(user.id)).name).toBe(user.name);
  });

  it('keeps both of two concurrent preference changes', async () => {
    const user = await makeUser(t.db);
    await Promise.all([
      updateProfile(t.db, { userId: user.id, notificationPrefs: { newsletter: true } }),
      updateProfile(t.db, { userId: user.id, notificationPrefs: { cashbackUpdates: false } }),
    ]);
    expect((await stored(user.id)).notificationPrefs).toEqual({
      cashbackUpdates: false,
      newsletter: true,
      withdrawals: true,
    });
  });

  it('saves nothing when given nothing', async () => {
    const user = await makeUser(t.db, { name: 'Same Name' });
    expect(await updateProfile(t.db, { userId: user.id })).toEqual({
      name: 'Same Name',
      locale: 'fr',
      notificationPrefs: defaults,
    });
  });

  it.each<[string, Omit<UpdateProfileInput, 'userId'>, Record<string, string[]>]>([
    ['empty name', { name: '' }, { name: ['auth.name.required'] }],
    ['blank name', { name: '   ', locale: 'en' }, { name: ['auth.name.required'] }],
    ['name of 101 characters', { name: 'x'.repeat(101) }, { name: ['auth.name.tooLong'] }],
    ['unknown language', { name: 'Fine Name', locale: 'de' }, { locale: ['auth.locale.invalid'] }],
    [
      'a preference that is not a boolean',
      { notificationPrefs: { newsletter: 'yes' as unknown as boolean } },
      { 'notificationPrefs.newsletter': ['accountSpace.notifications.invalid'] },
    ],
    [
      'an unknown preference',
      { notificationPrefs: { marketingCalls: true } as unknown as { newsletter: boolean } },
      { notificationPrefs: ['accountSpace.notifications.invalid'] },
    ],
    [
      'several problems at once',
      { name: '', locale: 'xx' },
      { name: ['auth.name.required'], locale: ['auth.locale.invalid'] },
    ],
  ])('%s: a 422 with field messages, and nothing saved', async (_label, input, fields) => {
    const user = await makeUser(t.db);
    const before = await stored(user.id);
    expect(await rejection(updateProfile(t.db, { userId: user.id, ...input }))).toMatchObject({
      code: 'unprocessable',
      message: 'auth.invalidInput',
      fields,
    });
    expect(await stored(user.id)).toEqual(before);
  });

  it('accepts a name of exactly 100 characters', async () => {
    const user = await makeUser(t.db);
    const name = 'é'.repeat(100);
    expect((await updateProfile(t.db, { userId: user.id, name })).name).toBe(name);
  });

  it.each([
    ['an unknown id', '00000000-0000-4000-8000-000000000000'],
    ['not an id', "' or 1=1 --"],
  ])('%s: not_found', async (_label, userId) => {
    expect((await rejection(updateProfile(t.db, { userId, name: 'Nobody' }))).code).toBe('not_found');
  });

  it('refuses a deleted account, which stays anonymised', async () => {
    const user = await makeUser(t.db);
    await deleteAccount(t.db, { userId: user.id }, { delivery: 'mailbox' });
    expect((await rejection(updateProfile(t.db, { userId: user.id, name: 'Back Again' }))).code).toBe(
      'not_found',
    );
    expect((await stored(user.id)).name).toBe('');
  });
});
