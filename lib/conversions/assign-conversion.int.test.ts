import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  auditLog,
  conversionChanges,
  conversionStatusChanges,
  conversions,
  type User,
  users,
} from '@/db/schema';
import { deleteAccount } from '@/lib/accounts/delete-account';
import { makeUser, rejection, testConfig } from '@/tests/helpers/accounts';
import {
  addToyAccount,
  insertClick,
  sendToyPostback,
  type ToyAccount,
} from '@/tests/helpers/ingestion-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { assignConversion } from './assign-conversion';

// Assigning an unmatched conversion to a member (networks.md §5) on a real
// database: the happy paths, each refusal, and two ops racing on one row.

let t: TestDb;
let account: ToyAccount;
let ops: { id: string; role: 'ops' };
let member: User;
let otherMember: User;

beforeAll(async () => {
  t = await createTestDb();
  account = await addToyAccount(t.db);
  ops = { id: (await makeUser(t.db, { role: 'ops' })).id, role: 'ops' };
  member = await makeUser(t.db, { email: 'camille@example.test' });
  otherMember = await makeUser(t.db, { email: 'dominique@example.test' });
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.execute(
    sql`truncate audit_log, conversion_changes, conversion_status_changes, conversion_lines, conversion_events, conversions, inbox_events restart identity cascade`,
  );
});

/** A conversion through the real receiver: no `sub` is an orphan, a `sub` we do not know an unknown click. */
async function unmatched(id: string, sub?: string) {
  await sendToyPostback(t.db, account, { id, commission: '420', ...(sub ? { sub } : {}) });
  return (await t.db.select().from(conversions).where(eq(conversions.networkConversionId, id)))[0]!;
}
const conversion = async (id: string) =>
  (await t.db.select().from(conversions).where(eq(conversions.id, id)))[0]!;
const assignments = () => t.db.select().from(auditLog).where(eq(auditLog.action, 'conversion.assigned'));

describe('assignConversion', () => {
  it('gives an orphan to the member named by address (any case), audited, status history untouched', async () => {
    const orphan = await unmatched('A1');
    expect(orphan.matchStatus).toBe('orphan');
    const historyBefore = await t.db.select().from(conversionStatusChanges);

    const result = await assignConversion(t.db, {
      conversionId: orphan.id,
      memberEmail: '  Camille@Example.TEST ',
      actor: ops,
      ip: '203.0.113.4',
    });
    expect(result).toEqual({
      conversionId: orphan.id,
      userId: member.id,
      clickId: null,
      merchantId: null,
      from: 'orphan',
    });
    expect(await conversion(orphan.id)).toMatchObject({
      matchStatus: 'matched',
      userId: member.id,
      assignedBy: ops.id,
      clickId: null,
      merchantId: null,
      status: 'pending',
      commissionMinor: 420,
    });
    expect(await t.db.select().from(conversionStatusChanges)).toEqual(historyBefore);
    const [entry] = await assignments();
    expect(entry).toMatchObject({
      actorUserId: ops.id,
      targetUserId: member.id,
      ip: '203.0.113.4',
      details: { conversionId: orphan.id, fromMatchStatus: 'orphan', clickId: null },
    });
    // The ledger hears of the new owner: a change at the next revision.
    const changes = await t.db
      .select()
      .from(conversionChanges)
      .where(eq(conversionChanges.conversionId, orphan.id))
      .orderBy(conversionChanges.revision);
    expect(changes.map((change) => [change.revision, change.commissionMinor])).toEqual([
      [1, 420],
      [2, 420],
    ]);
  });

  it('with one of the member’s clicks: an unknown click gets the click and its merchant', async () => {
    const click = await insertClick(t.db, member.id);
    const unknown = await unmatched('A2', 'not-one-of-ours');
    expect(unknown).toMatchObject({ matchStatus: 'unknown_click', clickRef: 'not-one-of-ours' });
    const result = await assignConversion(t.db, {
      conversionId: unknown.id,
      memberEmail: member.email,
      clickId: click.id.toUpperCase(),
      actor: ops,
    });
    expect(result).toMatchObject({ clickId: click.id, merchantId: click.merchantId, from: 'unknown_click' });
    expect(await conversion(unknown.id)).toMatchObject({
      matchStatus: 'matched',
      userId: member.id,
      clickId: click.id,
      merchantId: click.merchantId,
      // What the network sent stays as it was received.
      clickRef: 'not-one-of-ours',
    });
    expect((await assignments())[0]!.details).toMatchObject({
      clickId: click.id,
      fromMatchStatus: 'unknown_click',
    });
  });

  it('refuses to assign twice: the second gets a conflict, the first member keeps it', async () => {
    const orphan = await unmatched('A3');
    await assignConversion(t.db, { conversionId: orphan.id, memberEmail: member.email, actor: ops });
    expect(
      await rejection(
        assignConversion(t.db, { conversionId: orphan.id, memberEmail: otherMember.email, actor: ops }),
      ),
    ).toMatchObject({ code: 'conflict', message: 'admin.ingestion.errors.alreadyMatched' });
    expect((await conversion(orphan.id)).userId).toBe(member.id);
    expect(await assignments()).toHaveLength(1);
  });

  it('two ops assigning the same conversion at once: exactly one wins', async () => {
    const orphan = await unmatched('A4');
    const settled = await Promise.allSettled([
      assignConversion(t.db, { conversionId: orphan.id, memberEmail: member.email, actor: ops }),
      assignConversion(t.db, { conversionId: orphan.id, memberEmail: otherMember.email, actor: ops }),
    ]);
    expect(settled.map((s) => s.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await assignments()).toHaveLength(1);
  });

  it('refuses a conversion matched by its click', async () => {
    const click = await insertClick(t.db, member.id);
    const matched = await unmatched('A5', click.id);
    expect(matched.matchStatus).toBe('matched');
    expect(
      await rejection(
        assignConversion(t.db, { conversionId: matched.id, memberEmail: otherMember.email, actor: ops }),
      ),
    ).toMatchObject({ code: 'conflict', message: 'admin.ingestion.errors.alreadyMatched' });
    expect((await conversion(matched.id)).userId).toBe(member.id);
  });

  it('refuses another member’s click, with no hint whose it is', async () => {
    const theirs = await insertClick(t.db, otherMember.id);
    const orphan = await unmatched('A6');
    expect(
      await rejection(
        assignConversion(t.db, {
          conversionId: orphan.id,
          memberEmail: member.email,
          clickId: theirs.id,
          actor: ops,
        }),
      ),
    ).toMatchObject({
      code: 'unprocessable',
      fields: { clickId: ['admin.ingestion.errors.clickNotMembers'] },
    });
    expect(await conversion(orphan.id)).toMatchObject({ matchStatus: 'orphan', userId: null });
    expect(await assignments()).toHaveLength(0);
  });

  it.each([
    ['an unknown address', 'nobody@example.test', 'admin.ingestion.errors.memberNotFound'],
    ['something that is not an address', 'camille', 'admin.ingestion.errors.memberEmailInvalid'],
    ['an empty address', '   ', 'admin.ingestion.errors.memberEmailInvalid'],
  ])('refuses %s', async (_label, memberEmail, message) => {
    const orphan = await unmatched('A7');
    expect(
      await rejection(assignConversion(t.db, { conversionId: orphan.id, memberEmail, actor: ops })),
    ).toMatchObject({ code: 'unprocessable', fields: { memberEmail: [message] } });
    expect((await conversion(orphan.id)).matchStatus).toBe('orphan');
  });

  it('refuses a malformed click id and an unknown one alike', async () => {
    const orphan = await unmatched('A8');
    for (const clickId of ['not-a-click', '01jq8m3v7rk2x9w4t6y0b5n8hc']) {
      expect(
        await rejection(
          assignConversion(t.db, { conversionId: orphan.id, memberEmail: member.email, clickId, actor: ops }),
        ),
      ).toMatchObject({ fields: { clickId: ['admin.ingestion.errors.clickNotMembers'] } });
    }
  });

  it('refuses a deleted (anonymised) member, by their old address or their anonymised one', async () => {
    const leaving = await makeUser(t.db, { email: 'leaving@example.test' });
    await deleteAccount(t.db, { userId: leaving.id }, testConfig);
    const [gone] = await t.db.select().from(users).where(eq(users.id, leaving.id));
    const orphan = await unmatched('A9');
    for (const memberEmail of ['leaving@example.test', gone!.email]) {
      expect(
        await rejection(assignConversion(t.db, { conversionId: orphan.id, memberEmail, actor: ops })),
      ).toMatchObject({ fields: { memberEmail: ['admin.ingestion.errors.memberNotFound'] } });
    }
  });

  it('refuses staff assigning a conversion to themselves', async () => {
    const [self] = await t.db.select().from(users).where(eq(users.id, ops.id));
    const orphan = await unmatched('A10');
    expect(
      await rejection(
        assignConversion(t.db, { conversionId: orphan.id, memberEmail: self!.email, actor: ops }),
      ),
    ).toMatchObject({ fields: { memberEmail: ['admin.ingestion.errors.selfAssign'] } });
  });

  it.each([
    ['an unknown conversion', '00000000-0000-4000-8000-000000000000'],
    ['a malformed id', 'pas-un-identifiant'],
  ])('refuses %s as not found', async (_label, conversionId) => {
    expect(
      await rejection(assignConversion(t.db, { conversionId, memberEmail: member.email, actor: ops })),
    ).toMatchObject({ code: 'not_found', message: 'admin.ingestion.errors.conversionNotFound' });
  });

  it('refuses a member actor before reading anything', async () => {
    const orphan = await unmatched('A11');
    expect(
      await rejection(
        assignConversion(t.db, {
          conversionId: orphan.id,
          memberEmail: member.email,
          actor: { id: otherMember.id, role: 'member' },
        }),
      ),
    ).toMatchObject({ code: 'forbidden' });
    expect((await conversion(orphan.id)).matchStatus).toBe('orphan');
  });
});
