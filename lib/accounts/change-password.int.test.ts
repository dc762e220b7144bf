import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, loginAttempts, users } from '@/db/schema';
import { GOOD_PASSWORD, makeUser, rejection, testConfig } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { authenticate } from './authenticate';
import { type ChangePasswordInput, changePassword } from './change-password';
import { createSession, isSessionActive } from './sessions';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const NEW_PASSWORD = 'nouveau-mot-de-passe-sur-42';
const change = (overrides: Partial<ChangePasswordInput> & { userId: string }) =>
  changePassword(
    t.db,
    {
      currentPassword: GOOD_PASSWORD,
      newPassword: NEW_PASSWORD,
      newPasswordConfirmation: NEW_PASSWORD,
      ...overrides,
    },
    testConfig,
  );

describe('changePassword', () => {
  it('changes the password and signs out every other session', async () => {
    const user = await makeUser(t.db);
    const current = await createSession(t.db, { userId: user.id, rememberMe: false }, testConfig);
    const others = [
      await createSession(t.db, { userId: user.id, rememberMe: true }, testConfig),
      await createSession(t.db, { userId: user.id, rememberMe: false }, testConfig),
    ];
    expect(await change({ userId: user.id, sessionId: current.id, ip: '192.0.2.8' })).toEqual({
      sessionsRevoked: 2,
    });
    expect(await isSessionActive(t.db, current.id)).toBe(true);
    for (const s of others) expect(await isSessionActive(t.db, s.id)).toBe(false);
    await expect(
      authenticate(t.db, { email: user.email, password: NEW_PASSWORD, ip: null }, testConfig),
    ).resolves.toMatchObject({ id: user.id });
    expect(
      (
        await rejection(
          authenticate(t.db, { email: user.email, password: GOOD_PASSWORD, ip: null }, testConfig),
        )
      ).code,
    ).toBe('unauthorized');
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.targetUserId, user.id));
    expect(audit).toMatchObject({ action: 'password.changed', actorUserId: user.id, ip: '192.0.2.8' });
  });

  it('refuses a wrong current password and counts it toward the lock-out', async () => {
    const user = await makeUser(t.db);
    for (let i = 0; i < 5; i++) {
      expect(
        await rejection(change({ userId: user.id, currentPassword: `wrong-password-${i}` })),
      ).toMatchObject({
        code: 'unprocessable',
        fields: { currentPassword: ['auth.password.currentWrong'] },
      });
    }
    expect((await rejection(change({ userId: user.id }))).code).toBe('rate_limited');
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.passwordHash).toBe(user.passwordHash);
    const attempts = await t.db
      .select()
      .from(loginAttempts)
      .where(eq(loginAttempts.email, user.email))
      .orderBy(loginAttempts.id);
    expect(attempts.map((a) => a.outcome)).toEqual([...Array(5).fill('failure'), 'refused']);
  });

  it('reports every problem at once', async () => {
    const user = await makeUser(t.db);
    expect(
      await rejection(
        change({
          userId: user.id,
          currentPassword: 'wrong-password-1',
          newPassword: 'azerty2024',
          newPasswordConfirmation: 'azerty2025',
        }),
      ),
    ).toMatchObject({
      fields: {
        currentPassword: ['auth.password.currentWrong'],
        newPassword: ['auth.password.common'],
        newPasswordConfirmation: ['auth.password.mismatch'],
      },
    });
  });

  it('sends a password-less account to "forgot password"', async () => {
    const user = await makeUser(t.db, { password: null });
    expect(await rejection(change({ userId: user.id }))).toMatchObject({
      fields: { currentPassword: ['auth.password.noneSet'] },
    });
  });

  it('does not know a deleted account', async () => {
    const user = await makeUser(t.db);
    await t.db.update(users).set({ deletedAt: new Date(), passwordHash: null }).where(eq(users.id, user.id));
    expect((await rejection(change({ userId: user.id }))).code).toBe('not_found');
  });
});
