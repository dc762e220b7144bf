import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userSessions, users } from '@/db/schema';
import { writeAudit } from '@/lib/accounts/audit';
import { makeUser } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { USER_DETAIL_AUDIT_LIMIT, userDetail } from './user-detail';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

const HOUR_MS = 60 * 60 * 1000;

describe('userDetail', () => {
  it.each(['not-a-uuid', '', '00000000-0000-0000-0000-000000000000', "'; drop table users; --"])(
    'is null for the id %j',
    async (id) => {
      expect(await userDetail(t.db, id)).toBeNull();
    },
  );

  it('gives the profile, session counts and the newest audit entries about the account only', async () => {
    const user = await makeUser(t.db, { name: 'Camille Dupont', password: null, verified: false });
    const other = await makeUser(t.db);
    const now = Date.now();
    await t.db.insert(userSessions).values([
      { userId: user.id, expiresAt: new Date(now + HOUR_MS) },
      { userId: user.id, expiresAt: new Date(now + HOUR_MS), revokedAt: new Date() },
      { userId: user.id, createdAt: new Date(now - 3 * HOUR_MS), expiresAt: new Date(now - HOUR_MS) },
      { userId: other.id, expiresAt: new Date(now + HOUR_MS) },
    ]);
    for (let i = 0; i < USER_DETAIL_AUDIT_LIMIT + 3; i++) {
      await writeAudit(t.db, { actorUserId: user.id, action: 'email.verified', targetUserId: user.id });
    }
    await writeAudit(t.db, { actorUserId: user.id, action: 'email.changed', targetUserId: other.id });

    const detail = (await userDetail(t.db, user.id.toUpperCase()))!;
    expect(detail.user).toMatchObject({
      id: user.id,
      name: 'Camille Dupont',
      role: 'member',
      emailVerifiedAt: null,
      hasPassword: false,
      deletedAt: null,
    });
    expect(detail.user).not.toHaveProperty('passwordHash');
    expect(detail.sessions).toEqual({ active: 1, total: 3 });
    expect(detail.audit.items).toHaveLength(USER_DETAIL_AUDIT_LIMIT);
    expect(detail.audit.items.every((entry) => entry.target?.id === user.id)).toBe(true);
    expect(detail.audit.older).not.toBeNull();
  });

  it('still shows a deleted account, as deleted', async () => {
    const user = await makeUser(t.db);
    await t.db
      .update(users)
      .set({ deletedAt: new Date(), passwordHash: null, name: '' })
      .where(eq(users.id, user.id));
    const detail = (await userDetail(t.db, user.id))!;
    expect(detail.user.deletedAt).toBeInstanceOf(Date);
    expect(detail.sessions).toEqual({ active: 0, total: 0 });
    expect(detail.audit.items).toEqual([]);
  });
});
