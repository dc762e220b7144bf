import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '@/db/schema';
import { writeAudit } from '@/lib/accounts/audit';
import { grantRole, revokeRole } from '@/lib/accounts/roles';
import { makeUser } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE_MAX, listAuditLog } from './audit-log';
import type { PageCursor } from './keyset';

let t: TestDb;
let admin: { id: string; email: string };
let member: { id: string; email: string };
let gone: { id: string; email: string };
const BULK = 210;

beforeAll(async () => {
  t = await createTestDb();
  admin = await makeUser(t.db, { role: 'admin', name: 'Aline Moreau', email: 'aline@ristourne.test' });
  member = await makeUser(t.db, { name: 'Camille Dupont', email: 'camille@example.com' });
  gone = await makeUser(t.db, { name: 'Ancien', email: 'ancien@example.com' });
  // Old background noise about another account, older than everything below.
  const noise = await makeUser(t.db);
  await t.db.insert(auditLog).values(
    Array.from({ length: BULK }, (_, i) => ({
      actorUserId: noise.id,
      action: 'email.verified',
      targetUserId: noise.id,
      createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000),
    })),
  );
  // Seed-like entry written late but dated early: the log orders by time, not by id.
  await t.db.insert(auditLog).values({
    actorUserId: member.id,
    action: 'account.created',
    targetUserId: member.id,
    createdAt: new Date(Date.UTC(2026, 1, 1)),
  });
  await grantRole(t.db, { actor: admin, targetUserId: member.id, role: 'ops', ip: '192.0.2.10' });
  await revokeRole(t.db, { actor: admin, targetUserId: member.id, ip: '2001:db8::1' });
  await writeAudit(t.db, { actorUserId: null, action: 'sessions.revoked', targetUserId: gone.id });
  await t.db
    .update(users)
    .set({ email: `deleted-${gone.id}@invalid`, name: '', passwordHash: null, deletedAt: new Date() })
    .where(eq(users.id, gone.id));
});
afterAll(async () => {
  await t.close();
});

describe('listAuditLog', () => {
  it('shows who, what, to whom, when and from where, newest first', async () => {
    const page = await listAuditLog(t.db, { limit: 4 });
    expect(
      page.items.map((entry) => [entry.action, entry.actor?.name ?? null, entry.target?.id, entry.ip]),
    ).toEqual([
      ['sessions.revoked', null, gone.id, null],
      ['role.revoked', 'Aline Moreau', member.id, '2001:db8::1'],
      ['role.granted', 'Aline Moreau', member.id, '192.0.2.10'],
      ['account.created', 'Camille Dupont', member.id, null],
    ]);
    const [system, revoked] = page.items;
    expect(system!.actor).toBeNull();
    expect(system!.target).toMatchObject({ deleted: true, name: '' });
    expect(revoked!.actor).toMatchObject({
      id: admin.id,
      email: 'aline@ristourne.test',
      role: 'admin',
      deleted: false,
    });
    expect(revoked!.details).toEqual({ from: 'ops', to: 'member' });
    expect(revoked!.createdAt).toBeInstanceOf(Date);
    expect(page.targetFound).toBe(true);
  });

  it('filters by action', async () => {
    const page = await listAuditLog(t.db, { action: 'role.granted' });
    expect(page.items.map((entry) => entry.action)).toEqual(['role.granted']);
  });

  it.each([
    ['its id', () => member.id],
    ['its id in capitals', () => member.id.toUpperCase()],
    ['its address, whatever the case and spaces', () => '  Camille@Example.COM '],
  ])('filters by target account, given %s', async (_label, target) => {
    const page = await listAuditLog(t.db, { target: target() });
    expect(page.items.map((entry) => entry.action)).toEqual([
      'role.revoked',
      'role.granted',
      'account.created',
    ]);
    expect(page.targetFound).toBe(true);
  });

  it('filters by action and target together', async () => {
    const page = await listAuditLog(t.db, { action: 'role.revoked', target: member.email });
    expect(page.items.map((entry) => entry.id)).toHaveLength(1);
    expect((await listAuditLog(t.db, { action: 'password.reset', target: member.id })).items).toEqual([]);
  });

  it.each(['nobody@example.com', 'not an id', '00000000-0000-0000-0000-000000000000'])(
    'finds nothing for an unknown target %s',
    async (target) => {
      const page = await listAuditLog(t.db, { target });
      expect(page.items).toEqual([]);
      expect(page.older).toBeNull();
    },
  );

  it('says when a target matches no account', async () => {
    expect((await listAuditLog(t.db, { target: 'nobody@example.com' })).targetFound).toBe(false);
    expect((await listAuditLog(t.db, { target: 'garbage' })).targetFound).toBe(false);
  });

  it('bounds the page size', async () => {
    expect((await listAuditLog(t.db, {})).items).toHaveLength(AUDIT_PAGE_SIZE);
    expect((await listAuditLog(t.db, { limit: 100_000 })).items).toHaveLength(AUDIT_PAGE_SIZE_MAX);
    expect((await listAuditLog(t.db, { limit: 0 })).items).toHaveLength(1);
  });

  it('pages through every entry once, and back', async () => {
    const total = BULK + 4;
    const pages: number[][] = [];
    let cursor: PageCursor | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const page = await listAuditLog(t.db, { cursor, limit: 30 });
      pages.push(page.items.map((entry) => entry.id));
      if (!page.older) break;
      cursor = { direction: 'older', id: page.older };
    }
    const seen = pages.flat();
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const back = await listAuditLog(t.db, {
      cursor: { direction: 'newer', id: String(pages[2]![0]) },
      limit: 30,
    });
    expect(back.items.map((entry) => entry.id)).toEqual(pages[1]);
  });

  it('ignores a malformed cursor', async () => {
    const first = await listAuditLog(t.db, { limit: 2 });
    const odd = await listAuditLog(t.db, { limit: 2, cursor: { direction: 'older', id: '1 or 1=1' } });
    expect(odd.items.map((entry) => entry.id)).toEqual(first.items.map((entry) => entry.id));
  });
});
