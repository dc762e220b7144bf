import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authTokens, users } from '@/db/schema';
import { mailTo, makeUser, rejection, testConfig, tokenFrom } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { consumeMagicLink, requestMagicLink } from './magic-link';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

async function linkFor(user: { email: string }) {
  await requestMagicLink(t.db, { email: user.email.toUpperCase() }, testConfig);
  const [mail] = await mailTo(t.db, user.email);
  return { mail: mail!, token: tokenFrom(mail!.textBody) };
}

describe('magic link', () => {
  it('signs an existing account in once, and proves its address', async () => {
    const user = await makeUser(t.db, { verified: false, password: null });
    const { mail, token } = await linkFor(user);
    expect(mail).toMatchObject({ template: 'magic-link' });
    expect(mail.textBody).toContain('https://ristourne.test/auth/magic-link?token=');
    expect(mail.textBody).toContain('15 minutes');
    const account = await consumeMagicLink(t.db, { token });
    expect(account).toMatchObject({ id: user.id, email: user.email, role: 'member' });
    expect(account.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await rejection(consumeMagicLink(t.db, { token }))).toMatchObject({ message: 'auth.token.used' });
  });

  it('sends nothing for an unknown or deleted address, with the same answer', async () => {
    await expect(
      requestMagicLink(t.db, { email: 'stranger@example.com' }, testConfig),
    ).resolves.toBeUndefined();
    expect(await mailTo(t.db, 'stranger@example.com')).toHaveLength(0);
    const gone = await makeUser(t.db);
    await t.db.update(users).set({ deletedAt: new Date(), passwordHash: null }).where(eq(users.id, gone.id));
    await requestMagicLink(t.db, { email: gone.email }, testConfig);
    expect(await mailTo(t.db, gone.email)).toHaveLength(0);
  });

  it('expires after 15 minutes', async () => {
    const user = await makeUser(t.db);
    const { token } = await linkFor(user);
    await t.db
      .update(authTokens)
      .set({ createdAt: sql`now() - interval '16 minutes'`, expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(authTokens.userId, user.id));
    expect(await rejection(consumeMagicLink(t.db, { token }))).toMatchObject({
      message: 'auth.token.expired',
    });
  });

  it('refuses a link once the account has left that address', async () => {
    const user = await makeUser(t.db);
    const { token } = await linkFor(user);
    await t.db
      .update(users)
      .set({ email: `elsewhere-${user.id}@example.com` })
      .where(eq(users.id, user.id));
    expect(await rejection(consumeMagicLink(t.db, { token }))).toMatchObject({
      message: 'auth.token.invalid',
    });
  });
});
