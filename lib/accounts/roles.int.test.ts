import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { makeUser, rejection } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { grantRole, revokeRole } from './roles';

let t: TestDb;
let other: DbHandle;
beforeAll(async () => {
  t = await createTestDb();
  other = createDb(t.url, { max: 2 });
});
afterAll(async () => {
  await other.close();
  await t.close();
});
beforeEach(async () => {
  // One set of admins per test: the last-admin rule counts them all.
  await t.db.update(users).set({ role: 'member' });
});

const roleOf = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0]!.role;
const auditFor = (id: string) => t.db.select().from(auditLog).where(eq(auditLog.targetUserId, id));

describe('grantRole and revokeRole', () => {
  it('lets an admin grant and revoke, with an audit entry each (who, what, when, from where)', async () => {
    const admin = await makeUser(t.db, { role: 'admin' });
    const member = await makeUser(t.db);
    expect(
      await grantRole(t.db, {
        actor: { id: admin.id },
        targetUserId: member.id,
        role: 'ops',
        ip: '192.0.2.10',
      }),
    ).toEqual({ changed: true, from: 'member', to: 'ops' });
    expect(await roleOf(member.id)).toBe('ops');
    expect(
      await revokeRole(t.db, { actor: { id: admin.id }, targetUserId: member.id, ip: '192.0.2.11' }),
    ).toEqual({
      changed: true,
      from: 'ops',
      to: 'member',
    });
    const entries = await auditFor(member.id);
    expect(entries.map((e) => [e.action, e.actorUserId, e.details, e.ip])).toEqual([
      ['role.granted', admin.id, { from: 'member', to: 'ops' }, '192.0.2.10'],
      ['role.revoked', admin.id, { from: 'ops', to: 'member' }, '192.0.2.11'],
    ]);
    for (const entry of entries) expect(entry.createdAt).toBeInstanceOf(Date);
  });

  it.each(['member', 'ops'] as const)('refuses a %s, and writes nothing', async (role) => {
    const actor = await makeUser(t.db, { role });
    const target = await makeUser(t.db);
    expect(
      await rejection(grantRole(t.db, { actor: { id: actor.id }, targetUserId: target.id, role: 'admin' })),
    ).toMatchObject({ code: 'forbidden', message: 'auth.role.forbidden' });
    expect(
      await rejection(grantRole(t.db, { actor: { id: actor.id }, targetUserId: actor.id, role: 'admin' })),
    ).toMatchObject({
      code: 'forbidden',
    });
    expect(await roleOf(target.id)).toBe('member');
    expect(await roleOf(actor.id)).toBe(role);
    expect(await auditFor(target.id)).toHaveLength(0);
  });

  it('refuses a deleted admin', async () => {
    const admin = await makeUser(t.db, { role: 'admin' });
    await makeUser(t.db, { role: 'admin' });
    await t.db.update(users).set({ deletedAt: new Date(), passwordHash: null }).where(eq(users.id, admin.id));
    const target = await makeUser(t.db);
    expect(
      (await rejection(grantRole(t.db, { actor: { id: admin.id }, targetUserId: target.id, role: 'ops' })))
        .code,
    ).toBe('forbidden');
  });

  it('does not let the last admin step down, but lets one of two', async () => {
    const first = await makeUser(t.db, { role: 'admin' });
    expect(
      await rejection(revokeRole(t.db, { actor: { id: first.id }, targetUserId: first.id })),
    ).toMatchObject({
      code: 'conflict',
      message: 'auth.role.lastAdmin',
    });
    expect(
      await rejection(grantRole(t.db, { actor: { id: first.id }, targetUserId: first.id, role: 'ops' })),
    ).toMatchObject({ code: 'conflict' });
    expect(await roleOf(first.id)).toBe('admin');
    expect(await auditFor(first.id)).toHaveLength(0);

    const second = await makeUser(t.db, { role: 'admin' });
    await revokeRole(t.db, { actor: { id: first.id }, targetUserId: first.id });
    expect(await roleOf(first.id)).toBe('member');
    expect(await roleOf(second.id)).toBe('admin');
  });

  it('keeps one admin when two demote each other at the same instant, from two servers', async () => {
    for (let round = 0; round < 5; round++) {
      await t.db.update(users).set({ role: 'member' });
      const [a, b] = [await makeUser(t.db, { role: 'admin' }), await makeUser(t.db, { role: 'admin' })];
      const results = await Promise.allSettled([
        revokeRole(t.db, { actor: { id: a.id }, targetUserId: b.id }),
        revokeRole(other.db, { actor: { id: b.id }, targetUserId: a.id }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const roles = [await roleOf(a.id), await roleOf(b.id)].sort();
      expect(roles).toEqual(['admin', 'member']);
    }
  });

  it('changes nothing, and logs nothing, when the role is already right', async () => {
    const admin = await makeUser(t.db, { role: 'admin' });
    const ops = await makeUser(t.db, { role: 'ops' });
    expect(await grantRole(t.db, { actor: { id: admin.id }, targetUserId: ops.id, role: 'ops' })).toEqual({
      changed: false,
      from: 'ops',
      to: 'ops',
    });
    expect(await auditFor(ops.id)).toHaveLength(0);
  });

  it.each(['00000000-0000-0000-0000-000000000000', 'not-a-uuid'])('does not know target %s', async (id) => {
    const admin = await makeUser(t.db, { role: 'admin' });
    expect(
      (await rejection(grantRole(t.db, { actor: { id: admin.id }, targetUserId: id, role: 'ops' }))).code,
    ).toBe('not_found');
  });
});
