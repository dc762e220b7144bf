import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, authTokens, emailOutbox, loginAttempts, userSessions, users } from '@/db/schema';
import { GOOD_PASSWORD, mailTo, makeUser, rejection, testConfig } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { authenticate } from './authenticate';
import { deleteAccount } from './delete-account';
import { requestPasswordReset } from './password-reset';
import { createSession, isSessionActive } from './sessions';
import { signUp } from './sign-up';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const signUpInput = (email: string, name: string) => ({
  email,
  name,
  password: GOOD_PASSWORD,
  passwordConfirmation: GOOD_PASSWORD,
  locale: 'en',
  acceptTerms: true,
  acceptPrivacy: true,
  referralCode: 'REF-42',
});

describe('deleteAccount', () => {
  it('anonymises the account, keeps its row, and says goodbye to the old address', async () => {
    const result = await signUp(t.db, signUpInput('leaving@example.com', 'Leo Leaving'), testConfig);
    if (result.outcome !== 'created') throw new Error('sign-up failed');
    const id = result.userId;
    const session = await createSession(
      t.db,
      { userId: id, rememberMe: true, userAgent: 'Firefox' },
      testConfig,
    );
    await requestPasswordReset(t.db, { email: 'leaving@example.com' }, testConfig);
    await rejection(
      authenticate(
        t.db,
        { email: 'leaving@example.com', password: 'wrong-password-1', ip: null },
        testConfig,
      ),
    );
    const bystander = await makeUser(t.db, { email: 'stays@example.com' });
    await requestPasswordReset(t.db, { email: 'stays@example.com' }, testConfig);

    await deleteAccount(t.db, { userId: id, ip: '192.0.2.66' }, testConfig);

    const [row] = await t.db.select().from(users).where(eq(users.id, id));
    expect(row).toMatchObject({
      id,
      email: `deleted-${id}@invalid`,
      name: '',
      passwordHash: null,
      emailVerifiedAt: null,
      referralCodeInput: null,
    });
    expect(row!.deletedAt).toBeInstanceOf(Date);
    expect(await isSessionActive(t.db, session.id)).toBe(false);
    expect(await t.db.select().from(userSessions).where(eq(userSessions.userId, id))).toHaveLength(0);
    expect(await t.db.select().from(authTokens).where(eq(authTokens.userId, id))).toHaveLength(0);
    expect(
      await t.db.select().from(loginAttempts).where(eq(loginAttempts.email, 'leaving@example.com')),
    ).toHaveLength(0);

    const mail = await mailTo(t.db, 'leaving@example.com');
    expect(mail.map((m) => [m.template, m.locale])).toEqual([['account-deleted', 'en']]);
    expect(mail[0]!.textBody).toContain('Leo Leaving');
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'account.deleted'));
    expect(audit).toMatchObject({ actorUserId: id, targetUserId: id, ip: '192.0.2.66' });

    // Nobody else is touched.
    expect(await mailTo(t.db, 'stays@example.com')).toHaveLength(1);
    const [other] = await t.db.select().from(users).where(eq(users.id, bystander.id));
    expect(other).toEqual(bystander);
  });

  it('closes the door behind: no sign-in, and the address is free for a new account', async () => {
    const user = await makeUser(t.db, { email: 'again@example.com' });
    await deleteAccount(t.db, { userId: user.id }, testConfig);
    expect(
      (
        await rejection(
          authenticate(t.db, { email: 'again@example.com', password: GOOD_PASSWORD, ip: null }, testConfig),
        )
      ).code,
    ).toBe('unauthorized');
    expect((await signUp(t.db, signUpInput('again@example.com', 'New Person'), testConfig)).outcome).toBe(
      'created',
    );
    expect((await rejection(deleteAccount(t.db, { userId: user.id }, testConfig))).code).toBe('not_found');
  });

  it('deletes nothing when the goodbye e-mail cannot be written', async () => {
    const user = await makeUser(t.db, { email: 'atomic-delete@example.com' });
    await t.pool.query(`
      create function fail_outbox() returns trigger language plpgsql as $$
        begin raise exception 'outbox is down'; end $$;
      create trigger fail_outbox before insert on email_outbox for each row execute function fail_outbox();`);
    try {
      await expect(deleteAccount(t.db, { userId: user.id }, testConfig)).rejects.toThrow();
    } finally {
      await t.pool.query('drop trigger fail_outbox on email_outbox; drop function fail_outbox();');
    }
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row).toEqual(user);
    expect(await t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, user.email))).toHaveLength(
      0,
    );
  });
});
