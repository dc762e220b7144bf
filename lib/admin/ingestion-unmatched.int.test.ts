import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { conversions } from '@/db/schema';
import { assignConversion } from '@/lib/conversions/assign-conversion';
import { makeUser } from '@/tests/helpers/accounts';
import {
  addToyAccount,
  insertClick,
  sendToyPostback,
  type ToyAccount,
} from '@/tests/helpers/ingestion-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { conversionAssignment, listUnmatchedConversions } from './ingestion-unmatched';

// The unmatched queue on a real database: orphans and unknown clicks only,
// filters, search on the references as received, pages, and the read-back
// that confirms an assignment.

let t: TestDb;
let toy: ToyAccount;
let other: ToyAccount;

beforeAll(async () => {
  t = await createTestDb();
  toy = await addToyAccount(t.db);
  other = await addToyAccount(t.db, 'othernet', 'o1');
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.execute(
    sql`truncate audit_log, conversion_changes, conversion_status_changes, conversion_lines, conversion_events, conversions, inbox_events restart identity cascade`,
  );
});

const none = { matchStatus: null, network: null, search: null, cursor: null };
const refs = (page: { items: { networkConversionId: string }[] }) =>
  page.items.map((i) => i.networkConversionId);

describe('listUnmatchedConversions', () => {
  it('lists orphans and unknown clicks, newest first, never a matched conversion', async () => {
    const member = await makeUser(t.db);
    const click = await insertClick(t.db, member.id);
    await sendToyPostback(t.db, toy, { id: 'U1', commission: '420', order: 'ORD-9' });
    await sendToyPostback(t.db, toy, { id: 'U2', commission: '100', sub: 'zz-unknown' });
    await sendToyPostback(t.db, toy, { id: 'U3', commission: '100', sub: click.id });
    const page = await listUnmatchedConversions(t.db, none);
    expect(refs(page)).toEqual(['U2', 'U1']);
    expect(page.items[1]).toMatchObject({
      networkCode: 'toynet',
      accountName: 'Toy p1',
      orderRef: 'ORD-9',
      clickRef: null,
      matchStatus: 'orphan',
      status: 'pending',
      saleMinor: 4200,
      commissionMinor: 420,
      currency: 'EUR',
    });
    expect(page.items[0]).toMatchObject({ matchStatus: 'unknown_click', clickRef: 'zz-unknown' });
  });

  it('filters by kind, network and a reference (id, order, click as received)', async () => {
    await sendToyPostback(t.db, toy, { id: 'V1', commission: '1', order: 'SBX-ABC123' });
    await sendToyPostback(t.db, toy, { id: 'V2', commission: '1', sub: 'legacy_ref%1' });
    await sendToyPostback(t.db, other, { id: 'V3', commission: '1' });
    expect(refs(await listUnmatchedConversions(t.db, { ...none, matchStatus: 'orphan' }))).toEqual([
      'V3',
      'V1',
    ]);
    expect(refs(await listUnmatchedConversions(t.db, { ...none, matchStatus: 'unknown_click' }))).toEqual([
      'V2',
    ]);
    expect(refs(await listUnmatchedConversions(t.db, { ...none, network: 'othernet' }))).toEqual(['V3']);
    expect(refs(await listUnmatchedConversions(t.db, { ...none, search: 'sbx-abc' }))).toEqual(['V1']);
    expect(refs(await listUnmatchedConversions(t.db, { ...none, search: 'ref%1' }))).toEqual(['V2']);
    expect(refs(await listUnmatchedConversions(t.db, { ...none, search: 'v3' }))).toEqual(['V3']);
    expect(refs(await listUnmatchedConversions(t.db, { ...none, search: '_' }))).toEqual(['V2']);
  });

  it('pages by keyset; an assigned conversion leaves the queue', async () => {
    for (const id of ['W1', 'W2', 'W3']) await sendToyPostback(t.db, toy, { id, commission: '1' });
    const first = await listUnmatchedConversions(t.db, { ...none, limit: 2 });
    expect(refs(first)).toEqual(['W3', 'W2']);
    const next = await listUnmatchedConversions(t.db, {
      ...none,
      limit: 2,
      cursor: { direction: 'older', id: first.older! },
    });
    expect(refs(next)).toEqual(['W1']);
    const back = await listUnmatchedConversions(t.db, {
      ...none,
      limit: 2,
      cursor: { direction: 'newer', id: next.newer! },
    });
    expect(refs(back)).toEqual(['W3', 'W2']);

    const ops = await makeUser(t.db, { role: 'ops' });
    const member = await makeUser(t.db);
    await assignConversion(t.db, {
      conversionId: first.items[0]!.id,
      memberEmail: member.email,
      actor: { id: ops.id, role: 'ops' },
    });
    expect(refs(await listUnmatchedConversions(t.db, none))).toEqual(['W2', 'W1']);
  });
});

describe('conversionAssignment', () => {
  it('reads back to whom and by whom a conversion was assigned', async () => {
    await sendToyPostback(t.db, toy, { id: 'Z1', commission: '1', order: 'ORD-Z1' });
    const [conversion] = await t.db
      .select()
      .from(conversions)
      .where(eq(conversions.networkConversionId, 'Z1'));
    expect(await conversionAssignment(t.db, conversion!.id)).toMatchObject({
      member: null,
      assignedBy: null,
    });
    const ops = await makeUser(t.db, { role: 'ops' });
    const member = await makeUser(t.db);
    await assignConversion(t.db, {
      conversionId: conversion!.id,
      memberEmail: member.email,
      actor: { id: ops.id, role: 'ops' },
    });
    expect(await conversionAssignment(t.db, conversion!.id.toUpperCase())).toEqual({
      id: conversion!.id,
      networkConversionId: 'Z1',
      orderRef: 'ORD-Z1',
      member: { id: member.id, email: member.email },
      assignedBy: { id: ops.id, email: ops.email },
    });
    expect(await conversionAssignment(t.db, 'nope')).toBeNull();
    expect(await conversionAssignment(t.db, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});
