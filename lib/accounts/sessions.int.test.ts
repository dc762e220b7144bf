import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userSessions, users } from '@/db/schema';
import { makeUser, rejection, testConfig } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { ipHash } from './ip-hash';
import {
  activeSessionRole,
  createSession,
  isSessionActive,
  listSessions,
  revokeAllSessions,
  revokeSession,
  SESSION_TTL_MS,
  touchSession,
} from './sessions';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const open = (userId: string, rememberMe = false, extra: { userAgent?: string; ip?: string } = {}) =>
  createSession(t.db, { userId, rememberMe, ...extra }, testConfig);
const row = async (id: string) => (await t.db.select().from(userSessions).where(eq(userSessions.id, id)))[0]!;

describe('createSession', () => {
  it.each([
    ['remember me', true, SESSION_TTL_MS.remembered],
    ['this browser session only', false, SESSION_TTL_MS.default],
  ])('%s', async (_label, rememberMe, ttlMs) => {
    const user = await makeUser(t.db);
    const session = await open(user.id, rememberMe, {
      userAgent: `  ${'Mozilla/5.0 '.repeat(40)}`,
      ip: '192.0.2.1',
    });
    const stored = await row(session.id);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(ttlMs);
    expect(stored.rememberMe).toBe(rememberMe);
    expect(stored.userAgent).toHaveLength(300);
    expect(stored.userAgent!.startsWith('Mozilla/5.0')).toBe(true);
    expect(stored.ipHash).toBe(ipHash('192.0.2.1', testConfig.secret));
  });
});

describe('touchSession and isSessionActive', () => {
  it('returns the user with the role they have now', async () => {
    const user = await makeUser(t.db);
    const session = await open(user.id);
    expect(await touchSession(t.db, session.id)).toMatchObject({ id: user.id, role: 'member' });
    await t.db.update(users).set({ role: 'ops' }).where(eq(users.id, user.id));
    expect(await touchSession(t.db, session.id)).toMatchObject({ id: user.id, role: 'ops' });
    expect(await isSessionActive(t.db, session.id)).toBe(true);
  });

  it('slides the expiry, at most every few minutes', async () => {
    const user = await makeUser(t.db);
    const session = await open(user.id);
    const before = await row(session.id);
    await touchSession(t.db, session.id);
    expect((await row(session.id)).lastSeenAt).toEqual(before.lastSeenAt); // just created: no write
    await t.db
      .update(userSessions)
      .set({
        createdAt: sql`created_at - interval '1 hour'`,
        lastSeenAt: sql`last_seen_at - interval '1 hour'`,
        expiresAt: sql`expires_at - interval '1 hour'`,
      })
      .where(eq(userSessions.id, session.id));
    await touchSession(t.db, session.id);
    const after = await row(session.id);
    expect(after.lastSeenAt.getTime()).toBeGreaterThan(before.lastSeenAt.getTime() - 60_000);
    expect(after.expiresAt.getTime()).toBeGreaterThan(before.expiresAt.getTime() - 60_000);
  });

  it.each([
    ['revoked', { revokedAt: sql`now()` }],
    ['expired', { createdAt: sql`now() - interval '2 days'`, expiresAt: sql`now() - interval '1 second'` }],
  ])('is over once %s', async (_label, change) => {
    const user = await makeUser(t.db);
    const session = await open(user.id);
    await t.db.update(userSessions).set(change).where(eq(userSessions.id, session.id));
    expect(await touchSession(t.db, session.id)).toBeNull();
    expect(await isSessionActive(t.db, session.id)).toBe(false);
  });

  it('is over once the account is deleted', async () => {
    const user = await makeUser(t.db);
    const session = await open(user.id);
    await t.db.update(users).set({ deletedAt: new Date(), passwordHash: null }).where(eq(users.id, user.id));
    expect(await touchSession(t.db, session.id)).toBeNull();
  });

  it.each(['not-a-uuid', '', '00000000-0000-0000-0000-000000000000'])('knows no session %j', async (id) => {
    expect(await touchSession(t.db, id)).toBeNull();
    expect(await isSessionActive(t.db, id)).toBe(false);
  });
});

describe('listSessions, revokeSession, revokeAllSessions', () => {
  it('lists live sessions of one user only, most recent first', async () => {
    const [ann, bob] = [await makeUser(t.db), await makeUser(t.db)];
    const first = await open(ann.id, false, { userAgent: 'Firefox' });
    const second = await open(ann.id, true, { userAgent: 'Safari' });
    const revoked = await open(ann.id);
    await revokeSession(t.db, ann.id, revoked.id);
    await open(bob.id);
    await t.db
      .update(userSessions)
      .set({ lastSeenAt: sql`last_seen_at - interval '1 minute'` })
      .where(eq(userSessions.id, first.id));
    const list = await listSessions(t.db, ann.id);
    expect(list.map((s) => [s.id, s.userAgent])).toEqual([
      [second.id, 'Safari'],
      [first.id, 'Firefox'],
    ]);
  });

  it('refuses to revoke another user’s session, as if it did not exist', async () => {
    const [ann, bob] = [await makeUser(t.db), await makeUser(t.db)];
    const bobs = await open(bob.id);
    for (const id of [bobs.id, '00000000-0000-0000-0000-000000000000', 'nonsense']) {
      expect(await rejection(revokeSession(t.db, ann.id, id))).toMatchObject({
        code: 'not_found',
        message: 'auth.session.notFound',
      });
    }
    expect(await isSessionActive(t.db, bobs.id)).toBe(true);
  });

  it('revokes one’s own session, twice without error', async () => {
    const ann = await makeUser(t.db);
    const session = await open(ann.id);
    await revokeSession(t.db, ann.id, session.id);
    await revokeSession(t.db, ann.id, session.id);
    expect(await isSessionActive(t.db, session.id)).toBe(false);
  });

  it('signs out everywhere, or everywhere but the current session', async () => {
    const [ann, bob] = [await makeUser(t.db), await makeUser(t.db)];
    const [a1, a2, a3] = [await open(ann.id), await open(ann.id), await open(ann.id)];
    const b1 = await open(bob.id);
    expect(await revokeAllSessions(t.db, ann.id, { except: a1.id })).toBe(2);
    expect(await isSessionActive(t.db, a1.id)).toBe(true);
    expect(await isSessionActive(t.db, a2.id)).toBe(false);
    expect(await isSessionActive(t.db, a3.id)).toBe(false);
    expect(await revokeAllSessions(t.db, ann.id)).toBe(1);
    expect(await isSessionActive(t.db, a1.id)).toBe(false);
    expect(await isSessionActive(t.db, b1.id)).toBe(true);
  });
});

describe('activeSessionRole (the proxy check)', () => {
  it('gives the current role of an active session, and null once it is over', async () => {
    const user = await makeUser(t.db, { role: 'ops' });
    const session = await open(user.id);
    expect(await activeSessionRole(t.db, session.id)).toBe('ops');
    await t.db.update(users).set({ role: 'member' }).where(eq(users.id, user.id));
    expect(await activeSessionRole(t.db, session.id)).toBe('member');
    const before = await row(session.id);
    await revokeSession(t.db, user.id, session.id);
    expect(await activeSessionRole(t.db, session.id)).toBeNull();
    expect((await row(session.id)).lastSeenAt).toEqual(before.lastSeenAt);
  });

  it('null for an expired session', async () => {
    const user = await makeUser(t.db);
    const session = await open(user.id);
    await t.db
      .update(userSessions)
      .set({ createdAt: sql`now() - interval '1 hour'`, expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(userSessions.id, session.id));
    expect(await activeSessionRole(t.db, session.id)).toBeNull();
  });

  it('null for a deleted account or an id that is not a uuid', async () => {
    const user = await makeUser(t.db);
    const session = await open(user.id);
    await t.db.update(users).set({ deletedAt: sql`now()`, passwordHash: null }).where(eq(users.id, user.id));
    expect(await activeSessionRole(t.db, session.id)).toBeNull();
    expect(await activeSessionRole(t.db, 'not-a-uuid')).toBeNull();
  });
});
