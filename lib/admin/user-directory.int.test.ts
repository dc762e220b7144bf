import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { makeUser } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import type { PageCursor } from './keyset';
import { listUsers, USER_PAGE_SIZE, USER_PAGE_SIZE_MAX } from './user-directory';

let t: TestDb;
const people: Record<string, { id: string; email: string }> = {};
const BULK = 105;

beforeAll(async () => {
  t = await createTestDb();
  // Bulk members first (older), then the named people, one minute apart, newest last.
  await t.db.insert(users).values(
    Array.from({ length: BULK }, (_, i) => ({
      email: `bulk-${i}@example.org`,
      name: `Bulk ${i}`,
      termsAcceptedAt: new Date(),
      privacyAcceptedAt: new Date(),
      createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000),
    })),
  );
  const specs = [
    ['eloise', { name: 'Éloïse Lefèvre', email: 'eloise.l@example.com' }],
    ['zoe', { name: 'Zoé Martin', email: 'ZOE@Exemple.FR'.toLowerCase(), verified: false }],
    ['percent', { name: '100% Cashback Fan', email: 'fan@example.com' }],
    ['opsMarc', { name: 'Marc Dubois', email: 'marc@ristourne.test', role: 'ops' as const }],
    ['adminLea', { name: 'Léa Garnier', email: 'lea@ristourne.test', role: 'admin' as const }],
    ['opsLou', { name: 'Lou Martin', email: 'lou@ristourne.test', role: 'ops' as const }],
  ] as const;
  for (const [index, [key, spec]] of specs.entries()) {
    const user = await makeUser(t.db, spec);
    await t.db
      .update(users)
      .set({ createdAt: new Date(Date.UTC(2026, 5, 1, 12, index)) })
      .where(eq(users.id, user.id));
    people[key] = user;
  }
  const gone = await makeUser(t.db, { name: 'Ancien Membre', email: 'ancien@example.com' });
  await t.db
    .update(users)
    .set({
      email: `deleted-${gone.id}@invalid`,
      name: '',
      passwordHash: null,
      emailVerifiedAt: null,
      deletedAt: new Date(),
      createdAt: new Date(Date.UTC(2026, 5, 2)),
    })
    .where(eq(users.id, gone.id));
  people.gone = gone;
});
afterAll(async () => {
  await t.close();
});

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('listUsers: search and role filter', () => {
  it.each([
    ['accents and case folded: "eloise" finds Éloïse', 'eloise', ['eloise']],
    ['accents in the query folded too: "LEFÈVRE"', 'LEFÈVRE', ['eloise']],
    ['an e-mail fragment', 'exemple.fr', ['zoe']],
    ['a name shared by two, newest first', 'martin', ['opsLou', 'zoe']],
    ['"%" is a literal, not a wildcard', '100%', ['percent']],
    ['"_" is a literal, not a wildcard', 'eloise_l', []],
    ['nothing matches', 'personne-de-ce-nom', []],
  ])('%s', async (_label, query, expected) => {
    const page = await listUsers(t.db, { query });
    expect(ids(page.items)).toEqual(expected.map((key) => people[key]!.id));
  });

  it('finds an account by its full id', async () => {
    const page = await listUsers(t.db, { query: people.zoe!.id.toUpperCase() });
    expect(ids(page.items)).toEqual([people.zoe!.id]);
  });

  it.each([
    ['ops', ['opsLou', 'opsMarc']],
    ['admin', ['adminLea']],
  ] as const)('filters by role %s', async (role, expected) => {
    const page = await listUsers(t.db, { role });
    expect(ids(page.items)).toEqual(expected.map((key) => people[key]!.id));
    expect(page.items.every((user) => user.role === role)).toBe(true);
  });

  it('combines search and role', async () => {
    expect(ids((await listUsers(t.db, { query: 'martin', role: 'ops' })).items)).toEqual([people.opsLou!.id]);
    expect((await listUsers(t.db, { query: 'martin', role: 'admin' })).items).toEqual([]);
  });

  it('lists deleted accounts, marked, newest first with verification state', async () => {
    const page = await listUsers(t.db, { limit: 8 });
    expect(page.items[0]).toMatchObject({ id: people.gone!.id, name: '', verified: false });
    expect(page.items[0]!.deletedAt).toBeInstanceOf(Date);
    const zoe = page.items.find((user) => user.id === people.zoe!.id)!;
    expect(zoe).toMatchObject({ verified: false, deletedAt: null, role: 'member' });
    expect(zoe.createdAt).toBeInstanceOf(Date);
  });
});

describe('listUsers: pages and bounds', () => {
  it('bounds the page size', async () => {
    expect((await listUsers(t.db, {})).items).toHaveLength(USER_PAGE_SIZE);
    expect((await listUsers(t.db, { limit: 10_000 })).items).toHaveLength(USER_PAGE_SIZE_MAX);
    expect((await listUsers(t.db, { limit: 0 })).items).toHaveLength(1);
    expect((await listUsers(t.db, { limit: -5 })).items).toHaveLength(1);
    expect((await listUsers(t.db, { limit: Number.NaN })).items).toHaveLength(USER_PAGE_SIZE);
  });

  it('walks every account once, older then back to newer, even with equal timestamps', async () => {
    // Several rows in one microsecond: only the id tells them apart.
    await t.db.execute(
      sql`update users set created_at = '2026-03-01T00:00:00.123456Z' where email like 'bulk-1_@example.org'`,
    );
    const total = BULK + 7;
    const seen: string[] = [];
    const pages: string[][] = [];
    let cursor: PageCursor | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const page = await listUsers(t.db, { cursor, limit: 7 });
      expect(page.newer === null).toBe(cursor === null);
      seen.push(...ids(page.items));
      pages.push(ids(page.items));
      if (!page.older) break;
      cursor = { direction: 'older', id: page.older };
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const all = await t.db.execute<{ id: string }>(
      sql`select id from users order by created_at desc, id desc`,
    );
    expect(seen).toEqual(all.rows.map((row) => row.id));

    // And back: each "newer" page is the page before it, exactly.
    for (let index = pages.length - 1; index > 0; index--) {
      const page = await listUsers(t.db, { cursor: { direction: 'newer', id: pages[index]![0]! }, limit: 7 });
      expect(ids(page.items)).toEqual(pages[index - 1]);
      expect(page.newer === null).toBe(index === 1);
      expect(page.older).toBe(pages[index - 1]!.at(-1));
    }
  });

  it('treats a malformed cursor as the first page, and an unknown one as past the end', async () => {
    const first = await listUsers(t.db, { limit: 3 });
    expect(
      ids((await listUsers(t.db, { limit: 3, cursor: { direction: 'older', id: "1' or 1=1" } })).items),
    ).toEqual(ids(first.items));
    const unknown = await listUsers(t.db, {
      limit: 3,
      cursor: { direction: 'older', id: '00000000-0000-0000-0000-000000000000' },
    });
    expect(unknown.items).toEqual([]);
  });
});
