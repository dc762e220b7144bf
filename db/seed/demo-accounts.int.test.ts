import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, userSessions, users } from '@/db/schema';
import { authenticate } from '@/lib/accounts/authenticate';
import { passwordPolicy } from '@/lib/accounts/password-policy';
import { listSessions } from '@/lib/accounts/sessions';
import { testConfig } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { DEMO_ACCOUNTS, hasDemoAccounts, seedDemoAccounts } from './demo-accounts';

// The demo logins shown in the README and on the demo sign-in page really
// sign in, with the role they claim, and seeding them twice changes nothing.

const NOW = new Date('2026-11-20T09:00:00Z');
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

describe('demo accounts', () => {
  it('starts without them', async () => {
    expect(await hasDemoAccounts(t.db)).toBe(false);
  });

  it('creates all three, then none on a second run', async () => {
    expect(await seedDemoAccounts(t.db, { now: NOW })).toBe(3);
    expect(await seedDemoAccounts(t.db, { now: NOW })).toBe(0);
    expect(await hasDemoAccounts(t.db)).toBe(true);
    const rows = await t.db.select({ email: users.email }).from(users);
    expect(rows).toHaveLength(3);
  });

  it.each(DEMO_ACCOUNTS.map((account) => [account.role, account] as const))(
    'the %s login signs in with its published password and has that role',
    async (_role, account) => {
      expect(passwordPolicy(account.password, { email: account.email })).toEqual([]);
      const user = await authenticate(
        t.db,
        { email: account.email, password: account.password, ip: null },
        testConfig,
      );
      expect(user.role).toBe(account.role);
      expect(user.emailVerifiedAt).not.toBeNull();
      await expect(
        authenticate(t.db, { email: account.email, password: `${account.password}x`, ip: null }, testConfig),
      ).rejects.toMatchObject({ code: 'unauthorized' });
    },
  );

  it('gives the member a past: an old signed-out session, an open one, audit entries', async () => {
    const [member] = await t.db.select().from(users).where(eq(users.email, 'membre@demo.ristourne.fr'));
    expect(member!.createdAt.getTime()).toBeLessThan(NOW.getTime() - 200 * 24 * 3600 * 1000);
    const all = await t.db.select().from(userSessions).where(eq(userSessions.userId, member!.id));
    expect(all).toHaveLength(2);
    const open = (await listSessions(t.db, member!.id)).filter((s) => s.createdAt < new Date());
    expect(open.length).toBeGreaterThanOrEqual(1);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.targetUserId, member!.id));
    expect(audit.map((entry) => entry.action).sort()).toEqual(['account.created', 'email.verified']);
  });

  it('records how staff got their role', async () => {
    const [admin] = await t.db.select().from(users).where(eq(users.email, 'admin@demo.ristourne.fr'));
    const grants = await t.db.select().from(auditLog).where(eq(auditLog.targetUserId, admin!.id));
    expect(grants.find((entry) => entry.action === 'role.granted')?.details).toEqual({
      from: 'member',
      to: 'admin',
    });
  });
});
