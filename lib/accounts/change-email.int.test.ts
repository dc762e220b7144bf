import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, authTokens, users } from '@/db/schema';
import { GOOD_PASSWORD, mailTo, makeUser, rejection, testConfig, tokenFrom } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import {
  confirmEmailChange,
  pendingEmailChange,
  type RequestEmailChangeInput,
  requestEmailChange,
} from './change-email';
import { requestPasswordReset, resetPassword } from './password-reset';
import { issueToken } from './tokens';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const request = (input: RequestEmailChangeInput) => requestEmailChange(t.db, input, testConfig);
const emailOf = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0]!.email;

describe('change of e-mail address', () => {
  it('sends a link to the new address, moves the account when it is opened and tells the old one', async () => {
    const user = await makeUser(t.db, { email: 'old@example.com', name: 'Léa' });
    await request({ userId: user.id, newEmail: ' New@Example.com ', currentPassword: GOOD_PASSWORD });
    expect(await emailOf(user.id)).toBe('old@example.com'); // nothing moves before the link is opened
    const [link] = await mailTo(t.db, 'new@example.com');
    expect(link).toMatchObject({ template: 'email-change-verify' });

    expect(
      await confirmEmailChange(t.db, { token: tokenFrom(link!.textBody), ip: '192.0.2.3' }, testConfig),
    ).toEqual({
      userId: user.id,
      email: 'new@example.com',
    });
    expect(await emailOf(user.id)).toBe('new@example.com');
    const [notice] = await mailTo(t.db, 'old@example.com');
    expect(notice).toMatchObject({ template: 'email-changed-notice' });
    expect(notice!.textBody).toContain('n•••w@example.com');
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.targetUserId, user.id));
    expect(audit).toMatchObject({ action: 'email.changed', details: {}, ip: '192.0.2.3' });
    expect(JSON.stringify(audit)).not.toContain('@example.com');
  });

  it.each<[string, Partial<RequestEmailChangeInput>, Record<string, string[]>]>([
    ['a malformed address', { newEmail: 'new@' }, { newEmail: ['auth.email.invalid'] }],
    ['the current address', { newEmail: 'OWNER@example.com' }, { newEmail: ['auth.email.unchanged'] }],
    [
      'an address another account uses',
      { newEmail: 'other@example.com' },
      { newEmail: ['auth.email.taken'] },
    ],
    [
      'a wrong password',
      { currentPassword: 'wrong-password-1' },
      { currentPassword: ['auth.password.currentWrong'] },
    ],
    ['no password', { currentPassword: undefined }, { currentPassword: ['auth.password.currentWrong'] }],
  ])('refuses %s and sends nothing', async (_label, overrides, fields) => {
    await t.db.delete(users).where(eq(users.email, 'owner@example.com'));
    const user = await makeUser(t.db, { email: 'owner@example.com' });
    if (!(await t.db.select().from(users).where(eq(users.email, 'other@example.com')))[0]) {
      await makeUser(t.db, { email: 'other@example.com' });
    }
    const input = {
      userId: user.id,
      newEmail: 'fresh@example.com',
      currentPassword: GOOD_PASSWORD,
      ...overrides,
    };
    expect(await rejection(request(input))).toMatchObject({ code: 'unprocessable', fields });
    expect(await mailTo(t.db, 'fresh@example.com')).toHaveLength(0);
  });

  it('needs no password from a magic-link-only account', async () => {
    const user = await makeUser(t.db, { password: null });
    await request({ userId: user.id, newEmail: 'magic-new@example.com' });
    expect(await mailTo(t.db, 'magic-new@example.com')).toHaveLength(1);
  });

  it('keeps only the latest request’s link working', async () => {
    const user = await makeUser(t.db);
    await request({ userId: user.id, newEmail: 'first@example.com', currentPassword: GOOD_PASSWORD });
    await request({ userId: user.id, newEmail: 'second@example.com', currentPassword: GOOD_PASSWORD });
    const [first] = await mailTo(t.db, 'first@example.com');
    expect(
      await rejection(confirmEmailChange(t.db, { token: tokenFrom(first!.textBody) }, testConfig)),
    ).toMatchObject({
      message: 'auth.token.invalid',
    });
  });

  it('refuses to move onto an address that was taken meanwhile, and changes nothing', async () => {
    const user = await makeUser(t.db);
    await request({ userId: user.id, newEmail: 'contested@example.com', currentPassword: GOOD_PASSWORD });
    await makeUser(t.db, { email: 'contested@example.com' });
    const [link] = await mailTo(t.db, 'contested@example.com');
    expect(
      await rejection(confirmEmailChange(t.db, { token: tokenFrom(link!.textBody) }, testConfig)),
    ).toMatchObject({
      code: 'conflict',
      message: 'auth.email.taken',
    });
    expect(await emailOf(user.id)).toBe(user.email);
  });

  it('voids links that went to the old inbox', async () => {
    const user = await makeUser(t.db);
    await requestPasswordReset(t.db, { email: user.email }, testConfig);
    const [reset] = await mailTo(t.db, user.email);
    await request({
      userId: user.id,
      newEmail: `moved-${user.id}@example.com`,
      currentPassword: GOOD_PASSWORD,
    });
    const [link] = await mailTo(t.db, `moved-${user.id}@example.com`);
    await confirmEmailChange(t.db, { token: tokenFrom(link!.textBody) }, testConfig);
    const password = 'nouveau-mot-de-passe-sur-42';
    expect(
      await rejection(
        resetPassword(t.db, { token: tokenFrom(reset!.textBody), password, passwordConfirmation: password }),
      ),
    ).toMatchObject({ message: 'auth.token.invalid' });
  });
});

describe('pendingEmailChange', () => {
  it('shows the new address after a request, until its link expires', async () => {
    const user = await makeUser(t.db);
    expect(await pendingEmailChange(t.db, user.id)).toBeNull();
    await request({ userId: user.id, newEmail: 'waiting@example.com', currentPassword: GOOD_PASSWORD });
    const pending = await pendingEmailChange(t.db, user.id);
    expect(pending).toEqual({ email: 'waiting@example.com', expiresAt: expect.any(Date) });
    expect(pending!.expiresAt.getTime()).toBeGreaterThan(Date.now());

    await t.db
      .update(authTokens)
      .set({ createdAt: sql`now() - interval '2 days'`, expiresAt: sql`now() - interval '1 second'` })
      .where(and(eq(authTokens.userId, user.id), eq(authTokens.purpose, 'change_email')));
    expect(await pendingEmailChange(t.db, user.id)).toBeNull();
  });

  it('shows nothing once the link has been opened', async () => {
    const user = await makeUser(t.db);
    await request({
      userId: user.id,
      newEmail: `done-${user.id}@example.com`,
      currentPassword: GOOD_PASSWORD,
    });
    const [link] = await mailTo(t.db, `done-${user.id}@example.com`);
    await confirmEmailChange(t.db, { token: tokenFrom(link!.textBody) }, testConfig);
    expect(await pendingEmailChange(t.db, user.id)).toBeNull();
  });

  it('shows the latest of two requests', async () => {
    const user = await makeUser(t.db);
    await request({ userId: user.id, newEmail: 'earlier@example.com', currentPassword: GOOD_PASSWORD });
    await request({ userId: user.id, newEmail: 'later@example.com', currentPassword: GOOD_PASSWORD });
    expect(await pendingEmailChange(t.db, user.id)).toMatchObject({ email: 'later@example.com' });
  });

  it('picks the newest live link even if an older one was left behind', async () => {
    const user = await makeUser(t.db);
    await request({ userId: user.id, newEmail: 'left-behind@example.com', currentPassword: GOOD_PASSWORD });
    // Bypasses the revocation a request does, so both links are live and the order decides.
    await issueToken(t.db, { purpose: 'change_email', userId: user.id, email: 'newest@example.com' });
    expect(await pendingEmailChange(t.db, user.id)).toMatchObject({ email: 'newest@example.com' });
  });

  it('is one member’s own: another member’s request does not show', async () => {
    const [asker, bystander] = [await makeUser(t.db), await makeUser(t.db)];
    await request({ userId: asker.id, newEmail: 'mine@example.com', currentPassword: GOOD_PASSWORD });
    expect(await pendingEmailChange(t.db, bystander.id)).toBeNull();
  });
});
