import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, authTokens, emailOutbox, users } from '@/db/schema';
import { GOOD_PASSWORD, mailTo, rejection, testConfig, tokenFrom } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { verifyPassword } from './password-hash';
import { type SignUpInput, signUp } from './sign-up';
import { resendVerification, verifyEmail } from './verify-email';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

let counter = 0;
const input = (overrides: Partial<SignUpInput> = {}): SignUpInput => ({
  email: `new${++counter}@example.com`,
  password: GOOD_PASSWORD,
  passwordConfirmation: GOOD_PASSWORD,
  name: 'Zoé Martin',
  locale: 'fr',
  acceptTerms: true,
  acceptPrivacy: true,
  ...overrides,
});
const count = async (table: typeof users | typeof emailOutbox | typeof authTokens) =>
  (await t.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

describe('signUp', () => {
  it('creates the account, a verification link and exactly one e-mail', async () => {
    const before = { users: await count(users), mail: await count(emailOutbox) };
    const result = await signUp(
      t.db,
      input({ email: '  Zoe.Martin@Example.COM ', locale: 'en', referralCode: ' ABC-123 ', ip: '192.0.2.9' }),
      testConfig,
    );
    expect(result.outcome).toBe('created');
    const [user] = await t.db.select().from(users).where(eq(users.email, 'zoe.martin@example.com'));
    expect(user).toMatchObject({
      name: 'Zoé Martin',
      locale: 'en',
      role: 'member',
      emailVerifiedAt: null,
      referralCodeInput: 'ABC-123',
      notificationPrefs: { cashbackUpdates: true, newsletter: false, withdrawals: true },
      deletedAt: null,
    });
    expect(user!.termsAcceptedAt).toBeInstanceOf(Date);
    expect(user!.privacyAcceptedAt).toBeInstanceOf(Date);
    expect(await verifyPassword(user!.passwordHash!, GOOD_PASSWORD)).toBe(true);
    expect(await count(users)).toBe(before.users + 1);
    expect(await count(emailOutbox)).toBe(before.mail + 1);

    const [mail] = await mailTo(t.db, 'zoe.martin@example.com');
    expect(mail).toMatchObject({ template: 'verify-email', locale: 'en', status: 'held' });
    expect(mail!.textBody).toContain('https://ristourne.test/auth/verify-email?token=');
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.targetUserId, user!.id));
    expect(audit).toMatchObject({ action: 'account.created', actorUserId: user!.id, ip: '192.0.2.9' });

    await verifyEmail(t.db, { token: tokenFrom(mail!.textBody) });
    const [verified] = await t.db.select().from(users).where(eq(users.id, user!.id));
    expect(verified!.emailVerifiedAt).toBeInstanceOf(Date);
  });

  it('writes nothing when the transaction fails after the account was inserted', async () => {
    const before = {
      users: await count(users),
      mail: await count(emailOutbox),
      tokens: await count(authTokens),
    };
    await t.pool.query(`
      create function fail_outbox() returns trigger language plpgsql as $$
        begin raise exception 'outbox is down'; end $$;
      create trigger fail_outbox before insert on email_outbox for each row execute function fail_outbox();`);
    try {
      await expect(signUp(t.db, input({ email: 'atomic@example.com' }), testConfig)).rejects.toThrow();
    } finally {
      await t.pool.query('drop trigger fail_outbox on email_outbox; drop function fail_outbox();');
    }
    expect(await count(users)).toBe(before.users);
    expect(await count(emailOutbox)).toBe(before.mail);
    expect(await count(authTokens)).toBe(before.tokens);
    // And the same address signs up fine once the outbox is back.
    expect((await signUp(t.db, input({ email: 'atomic@example.com' }), testConfig)).outcome).toBe('created');
  });

  it.each<[string, Partial<SignUpInput>, Record<string, string[]>]>([
    ['a malformed e-mail', { email: 'zoe@' }, { email: ['auth.email.invalid'] }],
    [
      'a short password',
      { password: 'short', passwordConfirmation: 'short' },
      { password: ['auth.password.tooShort'] },
    ],
    [
      'a common password',
      { password: 'motdepasse123', passwordConfirmation: 'motdepasse123' },
      { password: ['auth.password.common'] },
    ],
    [
      'a mismatched confirmation',
      { passwordConfirmation: `${GOOD_PASSWORD}!` },
      { passwordConfirmation: ['auth.password.mismatch'] },
    ],
    ['no name', { name: '   ' }, { name: ['auth.name.required'] }],
    ['an unknown language', { locale: 'de' }, { locale: ['auth.locale.invalid'] }],
    ['terms not accepted', { acceptTerms: false }, { acceptTerms: ['auth.consent.termsRequired'] }],
    ['privacy not accepted', { acceptPrivacy: false }, { acceptPrivacy: ['auth.consent.privacyRequired'] }],
    [
      'a referral code with spaces inside',
      { referralCode: 'A B' },
      { referralCode: ['auth.referralCode.invalid'] },
    ],
    [
      'several problems at once',
      { email: 'nope', password: 'azertyuiop', passwordConfirmation: 'x' },
      {
        email: ['auth.email.invalid'],
        password: ['auth.password.common'],
        passwordConfirmation: ['auth.password.mismatch'],
      },
    ],
  ])('refuses %s, with a message per field, and writes nothing', async (_label, overrides, fields) => {
    const before = { users: await count(users), mail: await count(emailOutbox) };
    expect(await rejection(signUp(t.db, input(overrides), testConfig))).toEqual({
      code: 'unprocessable',
      message: 'auth.invalidInput',
      fields,
      retryAfterS: undefined,
    });
    expect(await count(users)).toBe(before.users);
    expect(await count(emailOutbox)).toBe(before.mail);
  });

  it('answers a taken address like a new one, changes nothing, and tells the owner once a day', async () => {
    await signUp(t.db, input({ email: 'taken@example.com', name: 'First Owner' }), testConfig);
    const [owner] = await t.db.select().from(users).where(eq(users.email, 'taken@example.com'));
    const again = () =>
      signUp(
        t.db,
        input({
          email: 'TAKEN@example.com',
          password: 'another-strong-pass-9',
          passwordConfirmation: 'another-strong-pass-9',
          name: 'Intruder',
        }),
        testConfig,
      );
    expect(await again()).toEqual({ outcome: 'existing' });
    expect(await again()).toEqual({ outcome: 'existing' });

    const [after] = await t.db.select().from(users).where(eq(users.email, 'taken@example.com'));
    expect(after).toEqual(owner); // same name, same password hash, nothing touched
    const mail = await mailTo(t.db, 'taken@example.com');
    expect(mail.map((m) => m.template)).toEqual(['account-exists', 'verify-email']);
    expect(mail[0]!.textBody).toContain('First Owner');
    expect(mail[0]!.textBody).toContain('https://ristourne.test/auth/forgot-password');
  });

  it('lets two simultaneous sign-ups with one address create one account', async () => {
    const results = await Promise.all([
      signUp(t.db, input({ email: 'race@example.com' }), testConfig),
      signUp(t.db, input({ email: 'race@example.com' }), testConfig),
    ]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['created', 'existing']);
    expect(await t.db.select().from(users).where(eq(users.email, 'race@example.com'))).toHaveLength(1);
  });
});

describe('verifyEmail and resendVerification', () => {
  it('refuses a link sent to an address the account no longer has', async () => {
    const { userId } = (await signUp(t.db, input({ email: 'moved@example.com' }), testConfig)) as {
      userId: string;
    };
    const [mail] = await mailTo(t.db, 'moved@example.com');
    await t.db.update(users).set({ email: 'moved-on@example.com' }).where(eq(users.id, userId));
    expect(await rejection(verifyEmail(t.db, { token: tokenFrom(mail!.textBody) }))).toMatchObject({
      message: 'auth.token.invalid',
    });
    const [user] = await t.db.select().from(users).where(eq(users.id, userId));
    expect(user!.emailVerifiedAt).toBeNull();
  });

  it('sends a fresh link to an unverified member only', async () => {
    const { userId } = (await signUp(t.db, input({ email: 'resend@example.com' }), testConfig)) as {
      userId: string;
    };
    expect(await resendVerification(t.db, { userId }, testConfig)).toBe(true);
    const mails = await mailTo(t.db, 'resend@example.com');
    expect(mails).toHaveLength(2);
    await verifyEmail(t.db, { token: tokenFrom(mails[0]!.textBody) });
    expect(await rejection(verifyEmail(t.db, { token: tokenFrom(mails[0]!.textBody) }))).toMatchObject({
      message: 'auth.token.used',
    });
    expect(await resendVerification(t.db, { userId }, testConfig)).toBe(false);
    expect(await mailTo(t.db, 'resend@example.com')).toHaveLength(2);
  });
});
