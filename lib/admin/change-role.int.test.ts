import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, users } from '@/db/schema';
import { makeUser, rejection } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { changeRole, parseRoleChangeForm } from './change-role';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  // The last-admin rule counts every admin in the database.
  await t.db.update(users).set({ role: 'member' });
});

const roleOf = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0]!.role;
const auditFor = (id: string) => t.db.select().from(auditLog).where(eq(auditLog.targetUserId, id));

describe('changeRole (the role form’s domain path)', () => {
  it('lets an admin make a member ops and back, each change audited with the IP', async () => {
    const admin = await makeUser(t.db, { role: 'admin' });
    const member = await makeUser(t.db);
    const actor = { id: admin.id, role: 'admin' as const };
    expect(
      await changeRole(t.db, { actor, targetUserId: member.id, role: 'ops', ip: '198.51.100.7' }),
    ).toEqual({
      changed: true,
      from: 'member',
      to: 'ops',
    });
    expect(await roleOf(member.id)).toBe('ops');
    expect(
      await changeRole(t.db, { actor, targetUserId: member.id, role: 'member', ip: '198.51.100.8' }),
    ).toEqual({
      changed: true,
      from: 'ops',
      to: 'member',
    });
    expect((await auditFor(member.id)).map((entry) => [entry.action, entry.actorUserId, entry.ip])).toEqual([
      ['role.granted', admin.id, '198.51.100.7'],
      ['role.revoked', admin.id, '198.51.100.8'],
    ]);
  });

  it.each(['member', 'ops'] as const)('refuses a %s before touching the database', async (role) => {
    const actor = await makeUser(t.db, { role });
    const target = await makeUser(t.db);
    expect(
      await rejection(
        changeRole(t.db, { actor: { id: actor.id, role }, targetUserId: target.id, role: 'admin' }),
      ),
    ).toMatchObject({ code: 'forbidden', message: 'auth.role.forbidden' });
    expect(await roleOf(target.id)).toBe('member');
    expect(await auditFor(target.id)).toHaveLength(0);
  });

  it('refuses an actor whose session says admin but whose account no longer is', async () => {
    await makeUser(t.db, { role: 'admin' });
    const demoted = await makeUser(t.db, { role: 'ops' });
    const target = await makeUser(t.db);
    expect(
      await rejection(
        changeRole(t.db, { actor: { id: demoted.id, role: 'admin' }, targetUserId: target.id, role: 'ops' }),
      ),
    ).toMatchObject({ code: 'forbidden' });
    expect(await roleOf(target.id)).toBe('member');
  });

  it('keeps the last admin, with the message the form shows', async () => {
    const admin = await makeUser(t.db, { role: 'admin' });
    expect(
      await rejection(
        changeRole(t.db, { actor: { id: admin.id, role: 'admin' }, targetUserId: admin.id, role: 'member' }),
      ),
    ).toMatchObject({ code: 'conflict', message: 'auth.role.lastAdmin' });
    expect(await roleOf(admin.id)).toBe('admin');
  });
});

describe('parseRoleChangeForm', () => {
  const id = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
  it.each([
    ['a valid change', { userId: id, role: 'ops', confirm: 'on' }, null],
    ['no confirmation', { userId: id, role: 'ops' }, { confirm: ['admin.roleForm.confirmRequired'] }],
    [
      'an unknown role',
      { userId: id, role: 'owner', confirm: 'on' },
      { role: ['admin.roleForm.roleInvalid'] },
    ],
    ['a missing role', { userId: id, confirm: 'on' }, { role: ['admin.roleForm.roleInvalid'] }],
    ['a malformed id', { userId: 'x', role: 'ops', confirm: 'on' }, { userId: ['auth.account.notFound'] }],
  ] as const)('%s', (_label, raw, fields) => {
    if (fields === null) {
      expect(parseRoleChangeForm(raw)).toEqual({ userId: id, role: 'ops' });
      return;
    }
    let error: unknown;
    try {
      parseRoleChangeForm(raw);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'unprocessable', message: 'admin.roleForm.invalid', fields });
  });
});
