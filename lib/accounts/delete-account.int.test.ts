import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, authTokens, clicks, emailOutbox, loginAttempts, userSessions, users } from '@/db/schema';
import { clickOut } from '@/lib/tracking/click-out';
import { createClickTargetCache } from '@/lib/tracking/click-target-cache';
import { GOOD_PASSWORD, mailTo, makeUser, rejection, testConfig } from '@/tests/helpers/accounts';
import { insertMerchant } from '@/tests/helpers/catalog-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { APP_URL, insertProgram, signedInCookies } from '@/tests/helpers/tracking-fixtures';
import { authenticate } from './authenticate';
import { deleteAccount } from './delete-account';
import { requestPasswordReset } from './password-reset';
import { createSession, isSessionActive } from './sessions';
import { signUp } from './sign-up';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  const { merchant } = await insertMerchant(t.db, {
    slug: 'delete-shop',
    name: 'Delete Shop',
    rates: [{ rateBps: 400 }],
  });
  await insertProgram(t.db, merchant.id, { advertiserId: 'sbx-delete-shop' });
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

const target = createClickTargetCache({ ttlMs: 0 });

/** A click by `userId` through the real click-out, with an IP, a user agent and a referring page. */
async function clickAsMember(userId: string, url: string | null = null): Promise<string> {
  const { cookies } = await signedInCookies(t.db, userId);
  const response = await clickOut(
    t.db,
    {
      method: 'GET',
      slug: 'delete-shop',
      offer: null,
      url,
      headers: new Headers({
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
        'sec-fetch-dest': 'document',
        referer: `${APP_URL}/stores/delete-shop`,
      }),
      cookies,
      ip: '198.51.100.23',
    },
    { target, config: { secret: testConfig.secret, appUrl: APP_URL } },
  );
  return response.click!.clickId;
}

const clickRows = (userId: string) =>
  t.db.select().from(clicks).where(eq(clicks.userId, userId)).orderBy(asc(clicks.createdAt));

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

  it('keeps the member’s clicks as evidence, scrubbed of IP hash, user agent and referring page', async () => {
    const leaving = await makeUser(t.db, { email: 'clicker-leaving@example.com' });
    const staying = await makeUser(t.db, { email: 'clicker-staying@example.com' });
    await clickAsMember(leaving.id);
    await clickAsMember(leaving.id, 'https://www.delete-shop.example/produit/9');
    await clickAsMember(staying.id);
    const before = await clickRows(leaving.id);
    expect(before).toHaveLength(2);
    expect(before.every((c) => c.ipHash && c.userAgent && c.referrerPath)).toBe(true);
    const bystanderBefore = await clickRows(staying.id);

    await deleteAccount(t.db, { userId: leaving.id }, testConfig);

    const after = await clickRows(leaving.id);
    expect(after).toEqual(before.map((c) => ({ ...c, ipHash: null, userAgent: null, referrerPath: null })));
    // What the evidence needs is all there.
    expect(after[1]).toMatchObject({
      deepLink: 'https://www.delete-shop.example/produit/9',
      deviceType: 'desktop',
    });
    expect(after[1]!.termsSnapshot.offers[0]!.rates[0]!.rateBps).toBe(400);
    expect(await clickRows(staying.id)).toEqual(bystanderBefore);
  });

  it('scrubs the clicks in the same transaction: a failure later on leaves them as they were', async () => {
    const user = await makeUser(t.db, { email: 'atomic-clicks@example.com' });
    await clickAsMember(user.id);
    const before = await clickRows(user.id);
    // The audit entry is the last write of the deletion.
    await t.pool.query(`
      create function fail_audit() returns trigger language plpgsql as $$
        begin raise exception 'audit is down'; end $$;
      create trigger fail_audit before insert on audit_log for each row execute function fail_audit();`);
    try {
      await expect(deleteAccount(t.db, { userId: user.id }, testConfig)).rejects.toThrow();
    } finally {
      await t.pool.query('drop trigger fail_audit on audit_log; drop function fail_audit();');
    }
    expect(await clickRows(user.id)).toEqual(before);
    expect(before[0]!.ipHash).not.toBeNull();
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
