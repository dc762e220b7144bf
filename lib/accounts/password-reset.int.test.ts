import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, authTokens, users } from '@/db/schema';
import { GOOD_PASSWORD, mailTo, makeUser, rejection, testConfig, tokenFrom } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { consumeMagicLink, requestMagicLink } from './magic-link';
import { verifyPassword } from './password-hash';
import { requestPasswordReset, resetPassword } from './password-reset';
import { createSession, isSessionActive } from './sessions';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const NEW_PASSWORD = 'nouveau-mot-de-passe-sur-42';
const hashOf = async (id: string) =>
  (await t.db.select({ h: users.passwordHash }).from(users).where(eq(users.id, id)))[0]!.h!;

async function requested(overrides: Parameters<typeof makeUser>[1] = {}) {
  const user = await makeUser(t.db, overrides);
  await requestPasswordReset(t.db, { email: ` ${user.email.toUpperCase()}` }, testConfig);
  const [mail] = await mailTo(t.db, user.email);
  return { user, mail: mail!, token: tokenFrom(mail!.textBody) };
}

describe('requestPasswordReset', () => {
  it('e-mails a one-hour link to an existing account', async () => {
    const { mail } = await requested();
    expect(mail).toMatchObject({ template: 'password-reset', status: 'held' });
    expect(mail.textBody).toContain('https://ristourne.test/auth/reset-password?token=');
    expect(mail.textBody).toContain('1 heure');
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const before = await t.db.select({ n: sql<number>`count(*)::int` }).from(authTokens);
    await expect(
      requestPasswordReset(t.db, { email: 'nobody@example.com' }, testConfig),
    ).resolves.toBeUndefined();
    await expect(
      requestPasswordReset(t.db, { email: 'not an address' }, testConfig),
    ).resolves.toBeUndefined();
    expect(await mailTo(t.db, 'nobody@example.com')).toHaveLength(0);
    expect(await t.db.select({ n: sql<number>`count(*)::int` }).from(authTokens)).toEqual(before);
  });

  it('stops e-mailing after 5 requests an hour', async () => {
    const user = await makeUser(t.db);
    for (let i = 0; i < 8; i++) await requestPasswordReset(t.db, { email: user.email }, testConfig);
    expect(await mailTo(t.db, user.email)).toHaveLength(5);
  });
});

describe('resetPassword', () => {
  it('sets the new password, verifies the address and signs out every session', async () => {
    const { user, token } = await requested({ verified: false });
    const sessions = [
      await createSession(t.db, { userId: user.id, rememberMe: true }, testConfig),
      await createSession(t.db, { userId: user.id, rememberMe: false }, testConfig),
    ];
    const other = await makeUser(t.db);
    const othersSession = await createSession(t.db, { userId: other.id, rememberMe: false }, testConfig);

    expect(
      await resetPassword(t.db, {
        token,
        password: NEW_PASSWORD,
        passwordConfirmation: NEW_PASSWORD,
        ip: '192.0.2.4',
      }),
    ).toEqual({ userId: user.id });
    expect(await verifyPassword(await hashOf(user.id), NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(await hashOf(user.id), GOOD_PASSWORD)).toBe(false);
    for (const s of sessions) expect(await isSessionActive(t.db, s.id)).toBe(false);
    expect(await isSessionActive(t.db, othersSession.id)).toBe(true);
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.emailVerifiedAt).toBeInstanceOf(Date);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.targetUserId, user.id));
    expect(audit).toMatchObject({
      action: 'password.reset',
      details: { sessionsRevoked: 2 },
      ip: '192.0.2.4',
    });
  });

  it('works once', async () => {
    const { token } = await requested();
    await resetPassword(t.db, { token, password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD });
    expect(
      await rejection(
        resetPassword(t.db, { token, password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD }),
      ),
    ).toMatchObject({ code: 'conflict', message: 'auth.token.used' });
  });

  it('expires after an hour', async () => {
    const { user, token } = await requested();
    await t.db
      .update(authTokens)
      .set({ createdAt: sql`now() - interval '61 minutes'`, expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(authTokens.userId, user.id));
    expect(
      await rejection(
        resetPassword(t.db, { token, password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD }),
      ),
    ).toMatchObject({ message: 'auth.token.expired' });
    expect(await hashOf(user.id)).toBe(user.passwordHash);
  });

  it.each([
    ['too short', 'short', 'short', { password: ['auth.password.tooShort'] }],
    ['common', 'password2024', 'password2024', { password: ['auth.password.common'] }],
    ['mismatched', NEW_PASSWORD, `${NEW_PASSWORD}x`, { passwordConfirmation: ['auth.password.mismatch'] }],
  ])('refuses a %s password and leaves the link usable', async (_label, password, confirmation, fields) => {
    const { user, token } = await requested();
    expect(
      await rejection(resetPassword(t.db, { token, password, passwordConfirmation: confirmation })),
    ).toMatchObject({
      code: 'unprocessable',
      fields,
    });
    expect(await hashOf(user.id)).toBe(user.passwordHash);
    await expect(
      resetPassword(t.db, { token, password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD }),
    ).resolves.toEqual({ userId: user.id });
  });

  it('refuses the e-mail address as the new password', async () => {
    const { user, token } = await requested();
    expect(
      await rejection(resetPassword(t.db, { token, password: user.email, passwordConfirmation: user.email })),
    ).toMatchObject({ fields: { password: ['auth.password.sameAsEmail'] } });
  });

  it('voids the other reset and sign-in links that were still out', async () => {
    const { user, token } = await requested();
    await requestPasswordReset(t.db, { email: user.email }, testConfig);
    await requestMagicLink(t.db, { email: user.email }, testConfig);
    const [magic, secondReset] = await mailTo(t.db, user.email);
    await resetPassword(t.db, { token, password: NEW_PASSWORD, passwordConfirmation: NEW_PASSWORD });
    expect(
      await rejection(
        resetPassword(t.db, {
          token: tokenFrom(secondReset!.textBody),
          password: NEW_PASSWORD,
          passwordConfirmation: NEW_PASSWORD,
        }),
      ),
    ).toMatchObject({ message: 'auth.token.invalid' });
    expect(await rejection(consumeMagicLink(t.db, { token: tokenFrom(magic!.textBody) }))).toMatchObject({
      message: 'auth.token.invalid',
    });
  });
});
