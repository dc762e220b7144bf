import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { enqueueEmail } from './enqueue-email';
import { getMailboxEmail, listMailbox } from './mailbox';

let t: TestDb;
const ids: number[] = [];

beforeAll(async () => {
  t = await createTestDb();
  for (const [i, locale] of (['fr', 'en', 'fr'] as const).entries()) {
    const { id } = await enqueueEmail(t.db, {
      template: 'password-reset',
      locale,
      to: `member${i}@example.com`,
      params: { link: `https://ristourne.example/reset?token=r${i}`, name: 'Zoé', expiresInMinutes: 30 },
      delivery: 'mailbox',
    });
    ids.push(id);
  }
  // Two e-mails written in one transaction share created_at: the id orders them.
  await t.db.transaction(async (tx) => {
    for (const n of [3, 4]) {
      const { id } = await enqueueEmail(tx, {
        template: 'account-deleted',
        locale: 'en',
        to: `member${n}@example.com`,
        params: { name: 'Ann' },
        delivery: 'mailbox',
      });
      ids.push(id);
    }
  });
});
afterAll(() => t.close());

describe('listMailbox', () => {
  it('lists the newest first, up to the limit', async () => {
    const list = await listMailbox(t.db, { limit: 4 });
    expect(list.map((e) => e.id)).toEqual([...ids].reverse().slice(0, 4));
    expect(list[3]).toMatchObject({
      template: 'password-reset',
      locale: 'en',
      toAddress: 'member1@example.com',
      subject: 'Reset your password',
      status: 'held',
      createdAt: expect.any(Date),
    });
  });

  it.each([
    ['zero becomes one', 0, 1],
    ['a huge limit is capped (all five here)', 1_000_000, 5],
  ])('%s', async (_label, limit, expected) => {
    expect(await listMailbox(t.db, { limit })).toHaveLength(expected);
  });
});

describe('getMailboxEmail', () => {
  it('returns the stored e-mail with the links of its text', async () => {
    const email = await getMailboxEmail(t.db, ids[0]!);
    expect(email).toMatchObject({
      toAddress: 'member0@example.com',
      subject: 'Réinitialisez votre mot de passe',
    });
    expect(email?.links).toEqual(['https://ristourne.example/reset?token=r0']);
    expect(email?.htmlBody).toContain('href="https://ristourne.example/reset?token=r0"');
  });

  it.each([
    ['an unknown id', 999_999],
    ['zero', 0],
    ['a negative id', -1],
    ['not a whole number', 1.5],
  ])('returns null for %s', async (_label, id) => {
    expect(await getMailboxEmail(t.db, id)).toBeNull();
  });
});
