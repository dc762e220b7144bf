import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, conversions } from '@/db/schema';
import { assignConversion } from '@/lib/conversions/assign-conversion';
import { makeUser, rejection } from '@/tests/helpers/accounts';
import { addToyAccount, sendToyPostback, type ToyAccount } from '@/tests/helpers/ingestion-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { listOtherFlaggedConversions, listRejectedTransitions } from './ingestion-rejected';
import { markConversionReviewed } from './ingestion-review';

// Rejected transitions and "mark reviewed" on a real database: the refused
// event with its reason and its conversion, the filters, the flag cleared once
// with one audit entry, and who may clear it.

let t: TestDb;
let toy: ToyAccount;
let other: ToyAccount;
let ops: { id: string; role: 'ops' };

beforeAll(async () => {
  t = await createTestDb();
  toy = await addToyAccount(t.db);
  other = await addToyAccount(t.db, 'othernet', 'o1');
  ops = { id: (await makeUser(t.db, { role: 'ops' })).id, role: 'ops' };
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.execute(
    sql`truncate audit_log, conversion_changes, conversion_status_changes, conversion_lines, conversion_events, conversions, inbox_events restart identity cascade`,
  );
});

/** Approved, then "pending" a day later: §6.2 refuses it, records it, flags the conversion. */
async function refused(account: ToyAccount, id: string) {
  await sendToyPostback(t.db, account, {
    id,
    commission: '300',
    status: 'approved',
    at: '2026-11-02T00:00:00Z',
  });
  const inboxEventId = await sendToyPostback(t.db, account, {
    id,
    commission: '300',
    status: 'pending',
    at: '2026-11-03T00:00:00Z',
  });
  const [conversion] = await t.db.select().from(conversions).where(eq(conversions.networkConversionId, id));
  return { inboxEventId, conversion: conversion! };
}
const none = { toReview: false, network: null, cursor: null };
const reviews = () => t.db.select().from(auditLog).where(eq(auditLog.action, 'conversion.reviewed'));

describe('listRejectedTransitions', () => {
  it('lists each refused event with its reason, its request and its conversion as it stands', async () => {
    const { inboxEventId, conversion } = await refused(toy, 'F1');
    await sendToyPostback(t.db, toy, { id: 'OK1', commission: '1' }); // applied: not listed
    const page = await listRejectedTransitions(t.db, none);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      detail: 'approved → pending',
      inboxEventId,
      conversion: {
        id: conversion.id,
        networkCode: 'toynet',
        accountName: 'Toy p1',
        networkConversionId: 'F1',
        status: 'approved',
        networkStatus: 'approved',
        commissionMinor: 300,
        saleMinor: 3000,
        currency: 'EUR',
        flagged: true,
        memberEmail: null,
      },
    });
  });

  it('filters by network and by "still to review"; shows the member once assigned', async () => {
    const a = await refused(toy, 'F2');
    const b = await refused(other, 'F3');
    const member = await makeUser(t.db, { email: 'rejected-member@example.test' });
    await assignConversion(t.db, { conversionId: b.conversion.id, memberEmail: member.email, actor: ops });
    const details = (page: Awaited<ReturnType<typeof listRejectedTransitions>>) =>
      page.items.map((item) => item.conversion.networkConversionId);
    expect(details(await listRejectedTransitions(t.db, none))).toEqual(['F3', 'F2']);
    expect(details(await listRejectedTransitions(t.db, { ...none, network: 'toynet' }))).toEqual(['F2']);
    expect(
      (await listRejectedTransitions(t.db, { ...none, network: 'othernet' })).items[0]!.conversion
        .memberEmail,
    ).toBe(member.email);
    await markConversionReviewed(t.db, { conversionId: a.conversion.id, actor: ops });
    expect(details(await listRejectedTransitions(t.db, { ...none, toReview: true }))).toEqual(['F3']);
    expect(details(await listRejectedTransitions(t.db, none))).toEqual(['F3', 'F2']);
  });

  it('pages by keyset', async () => {
    for (const id of ['P1', 'P2', 'P3']) await refused(toy, id);
    const first = await listRejectedTransitions(t.db, { ...none, limit: 2 });
    expect(first.items.map((i) => i.conversion.networkConversionId)).toEqual(['P3', 'P2']);
    const next = await listRejectedTransitions(t.db, {
      ...none,
      limit: 2,
      cursor: { direction: 'older', id: first.older! },
    });
    expect(next.items.map((i) => i.conversion.networkConversionId)).toEqual(['P1']);
    expect(next.older).toBeNull();
  });

  it('lists flagged conversions with no rejected transition apart', async () => {
    const { conversion } = await refused(toy, 'G1');
    await sendToyPostback(t.db, toy, { id: 'G2', commission: '1' });
    await t.db.update(conversions).set({ flagged: true }).where(eq(conversions.networkConversionId, 'G2'));
    expect((await listOtherFlaggedConversions(t.db)).map((c) => c.networkConversionId)).toEqual(['G2']);
    expect(conversion.flagged).toBe(true);
  });
});

describe('markConversionReviewed', () => {
  it('clears the flag once, with one audit entry about the conversion’s member', async () => {
    const { conversion } = await refused(toy, 'R1');
    const member = await makeUser(t.db);
    await assignConversion(t.db, { conversionId: conversion.id, memberEmail: member.email, actor: ops });
    expect(
      await markConversionReviewed(t.db, { conversionId: conversion.id, actor: ops, ip: '203.0.113.2' }),
    ).toEqual({
      changed: true,
    });
    expect(await markConversionReviewed(t.db, { conversionId: conversion.id, actor: ops })).toEqual({
      changed: false,
    });
    const [row] = await t.db.select().from(conversions).where(eq(conversions.id, conversion.id));
    // Only the flag: the refused event stays refused, the status as it was.
    expect(row).toMatchObject({ flagged: false, status: 'approved' });
    const entries = await reviews();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorUserId: ops.id,
      targetUserId: member.id,
      ip: '203.0.113.2',
      details: { conversionId: conversion.id },
    });
  });

  it('two ops at once: one change, one entry', async () => {
    const { conversion } = await refused(toy, 'R2');
    const results = await Promise.all([
      markConversionReviewed(t.db, { conversionId: conversion.id, actor: ops }),
      markConversionReviewed(t.db, { conversionId: conversion.id, actor: ops }),
    ]);
    expect(results.map((r) => r.changed).sort()).toEqual([false, true]);
    expect(await reviews()).toHaveLength(1);
  });

  it.each(['00000000-0000-4000-8000-000000000000', 'nope'])(
    'refuses an unknown conversion (%s)',
    async (id) => {
      expect(await rejection(markConversionReviewed(t.db, { conversionId: id, actor: ops }))).toMatchObject({
        code: 'not_found',
        message: 'admin.ingestion.errors.conversionNotFound',
      });
    },
  );

  it('refuses a member', async () => {
    const { conversion } = await refused(toy, 'R3');
    const member = await makeUser(t.db);
    expect(
      await rejection(
        markConversionReviewed(t.db, {
          conversionId: conversion.id,
          actor: { id: member.id, role: 'member' },
        }),
      ),
    ).toMatchObject({ code: 'forbidden' });
    expect((await t.db.select().from(conversions).where(eq(conversions.id, conversion.id)))[0]!.flagged).toBe(
      true,
    );
  });
});
