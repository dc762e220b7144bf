import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '@/db/schema';
import { makeUser, rejection, testConfig } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { createSession, isSessionActive, revokeSession } from './sessions';
import { signOutDevice, signOutOtherDevices } from './sign-out-devices';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const IP = '203.0.113.9';
const open = async (userId: string) =>
  (await createSession(t.db, { userId, rememberMe: true }, testConfig)).id;
const auditsOf = (userId: string) =>
  t.db
    .select({
      action: auditLog.action,
      actorUserId: auditLog.actorUserId,
      targetUserId: auditLog.targetUserId,
      details: auditLog.details,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .where(eq(auditLog.targetUserId, userId));
const active = (ids: string[]) => Promise.all(ids.map((id) => isSessionActive(t.db, id)));

describe('signOutDevice', () => {
  it('signs one of the member’s devices out and audits it', async () => {
    const user = await makeUser(t.db);
    const [here, there] = [await open(user.id), await open(user.id)];
    expect(await signOutDevice(t.db, { userId: user.id, sessionId: there, ip: IP })).toBe(1);
    expect(await active([here, there])).toEqual([true, false]);
    expect(await auditsOf(user.id)).toEqual([
      {
        action: 'sessions.revoked',
        actorUserId: user.id,
        targetUserId: user.id,
        details: { scope: 'one', count: 1 },
        ip: IP,
      },
    ]);
  });

  it('is a no-op on a device already signed out, and writes nothing', async () => {
    const user = await makeUser(t.db);
    const gone = await open(user.id);
    await revokeSession(t.db, user.id, gone);
    expect(await signOutDevice(t.db, { userId: user.id, sessionId: gone, ip: IP })).toBe(0);
    expect(await auditsOf(user.id)).toEqual([]);
  });

  it('counts and audits a device once when two sign-outs of it race', async () => {
    const user = await makeUser(t.db);
    const there = await open(user.id);
    const input = { userId: user.id, sessionId: there, ip: IP };
    const counts = await Promise.all([signOutDevice(t.db, input), signOutDevice(t.db, input)]);
    expect(counts.sort()).toEqual([0, 1]);
    expect(await auditsOf(user.id)).toHaveLength(1);
  });

  it.each([
    ['someone else’s session', 'other'],
    ['a session that does not exist', '00000000-0000-4000-8000-000000000000'],
    ['a malformed id', 'not-a-uuid'],
  ])('refuses %s as not_found, and writes nothing', async (_label, which) => {
    const [member, other] = [await makeUser(t.db), await makeUser(t.db)];
    const othersSession = await open(other.id);
    const sessionId = which === 'other' ? othersSession : which;
    expect(await rejection(signOutDevice(t.db, { userId: member.id, sessionId, ip: IP }))).toMatchObject({
      code: 'not_found',
      message: 'auth.session.notFound',
    });
    expect(await isSessionActive(t.db, othersSession)).toBe(true);
    expect([...(await auditsOf(member.id)), ...(await auditsOf(other.id))]).toEqual([]);
  });
});

describe('signOutOtherDevices', () => {
  it('signs out every other device of the member, keeps this one, and audits the count', async () => {
    const [user, bystander] = [await makeUser(t.db), await makeUser(t.db)];
    const [here, phone, laptop] = [await open(user.id), await open(user.id), await open(user.id)];
    const theirs = await open(bystander.id);
    expect(await signOutOtherDevices(t.db, { userId: user.id, currentSessionId: here, ip: IP })).toBe(2);
    expect(await active([here, phone, laptop, theirs])).toEqual([true, false, false, true]);
    expect(await auditsOf(user.id)).toEqual([
      {
        action: 'sessions.revoked',
        actorUserId: user.id,
        targetUserId: user.id,
        details: { scope: 'others', count: 2 },
        ip: IP,
      },
    ]);
    expect(await auditsOf(bystander.id)).toEqual([]);
  });

  it('writes nothing when there was no other device', async () => {
    const user = await makeUser(t.db);
    const here = await open(user.id);
    expect(await signOutOtherDevices(t.db, { userId: user.id, currentSessionId: here, ip: IP })).toBe(0);
    expect(await isSessionActive(t.db, here)).toBe(true);
    expect(await auditsOf(user.id)).toEqual([]);
  });

  it('refuses a malformed current session id instead of signing this device out too', async () => {
    const user = await makeUser(t.db);
    const here = await open(user.id);
    expect(
      await rejection(signOutOtherDevices(t.db, { userId: user.id, currentSessionId: 'garbage', ip: IP })),
    ).toMatchObject({ code: 'bad_request' });
    expect(await isSessionActive(t.db, here)).toBe(true);
    expect(await auditsOf(user.id)).toEqual([]);
  });
});
