import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmailStatus, emailOutbox, users } from '@/db/schema';
import { makeUser } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { adminOverview } from './overview';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

const NOW = new Date('2027-03-10T12:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

async function createdDaysAgo(id: string, days: number) {
  await t.db
    .update(users)
    .set({ createdAt: new Date(NOW.getTime() - days * DAY_MS) })
    .where(eq(users.id, id));
}

async function email(status: EmailStatus) {
  await t.db.insert(emailOutbox).values({
    template: 'test',
    locale: 'fr',
    toAddress: 'someone@example.com',
    subject: 'Test',
    textBody: 'Test',
    htmlBody: '<p>Test</p>',
    status,
    sentAt: status === 'sent' ? new Date() : null,
  });
}

describe('adminOverview', () => {
  it('is all zeros on an empty platform', async () => {
    expect(await adminOverview(t.db, { now: NOW })).toEqual({
      members: 0,
      verifiedMembers: 0,
      staff: { ops: 0, admin: 0 },
      signUpsRecent: 0,
      deletedAccounts: 0,
      emails: { pending: 0, failed: 0 },
    });
  });

  it('counts live members, verified ones, staff by role, recent sign-ups, deletions and stuck e-mail', async () => {
    const recent = [
      await makeUser(t.db),
      await makeUser(t.db, { verified: false }),
      await makeUser(t.db, { role: 'ops' }),
    ];
    for (const user of recent) await createdDaysAgo(user.id, 1);
    // Exactly on the window's edge still counts; a second earlier does not.
    const edge = await makeUser(t.db);
    await createdDaysAgo(edge.id, 7);
    const old = [
      await makeUser(t.db),
      await makeUser(t.db, { role: 'admin' }),
      await makeUser(t.db, { role: 'admin' }),
    ];
    for (const user of old) await createdDaysAgo(user.id, 30);
    const outside = await makeUser(t.db);
    await t.db
      .update(users)
      .set({ createdAt: new Date(NOW.getTime() - 7 * DAY_MS - 1000) })
      .where(eq(users.id, outside.id));
    // Deleted recently: not a member any more, still a sign-up of the week.
    const deleted = await makeUser(t.db);
    await createdDaysAgo(deleted.id, 2);
    await t.db
      .update(users)
      .set({ deletedAt: new Date(), passwordHash: null, emailVerifiedAt: null })
      .where(eq(users.id, deleted.id));
    for (const status of ['pending', 'pending', 'sending', 'failed', 'sent', 'held'] as const)
      await email(status);

    expect(await adminOverview(t.db, { now: NOW })).toEqual({
      members: 5,
      verifiedMembers: 4,
      staff: { ops: 1, admin: 2 },
      signUpsRecent: 5,
      deletedAccounts: 1,
      emails: { pending: 3, failed: 1 },
    });
  });
});
