import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, rejection } from '@/tests/helpers/accounts';
import { memberBalances } from '@/tests/helpers/ledger-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { approveAdjustment, parseAdjustmentForm, rejectAdjustment, requestAdjustment } from './adjustments';
import { assertLedgerInvariants } from './check-invariants';

// Manual adjustments on real Postgres: small ones post at once, large ones
// wait for a second staff member (never the requester), a debit never takes
// the balance below zero, each step is audited.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

const options = { secondApprovalFromMinor: 5_000 };
const audits = async (userId: string) =>
  (
    await t.db.execute<{ action: string }>(
      sql`select action from audit_log where target_user_id = ${userId} order by id`,
    )
  ).rows.map((row) => row.action);

describe('parseAdjustmentForm', () => {
  it.each([
    [
      'a credit with a decimal comma',
      { direction: 'credit', amount: '12,50', reason: 'Geste commercial' },
      1250,
    ],
    [
      'a debit with a decimal point',
      { direction: 'debit', amount: '3.05', reason: 'Erreur de saisie' },
      -305,
    ],
  ])('%s', (_label, form, expected) => {
    expect(parseAdjustmentForm({ userId: 'u', currency: 'EUR', ...form }).amountMinor).toBe(expected);
  });

  it.each([
    ['no amount', { direction: 'credit', amount: '', reason: 'Motif' }, 'amount'],
    ['a zero amount', { direction: 'credit', amount: '0', reason: 'Motif' }, 'amount'],
    ['a fraction of a cent', { direction: 'credit', amount: '1,005', reason: 'Motif' }, 'amount'],
    ['a negative amount typed', { direction: 'credit', amount: '-5', reason: 'Motif' }, 'amount'],
    ['no reason', { direction: 'credit', amount: '5', reason: ' ' }, 'reason'],
    ['no direction', { direction: 'sideways', amount: '5', reason: 'Motif' }, 'direction'],
  ])('refuses %s with a field message', async (_label, form, field) => {
    const error = await rejection(
      Promise.resolve().then(() => parseAdjustmentForm({ userId: 'u', ...form })),
    );
    expect(Object.keys(error.fields ?? {})).toContain(field);
  });
});

describe('requestAdjustment', () => {
  it('posts a small credit at once, from marketing expense to the member’s available balance', async () => {
    const [member, ops] = [await makeUser(t.db), await makeUser(t.db, { role: 'ops' })];
    const { posted, adjustment } = await requestAdjustment(
      t.db,
      { actor: ops, userId: member.id, amountMinor: 1_250, currency: 'EUR', reason: 'Geste commercial' },
      options,
    );
    expect(posted).toBe(true);
    expect(adjustment.status).toBe('posted');
    expect(await memberBalances(t.db, member.id)).toMatchObject({ available: 1_250 });
    expect(await audits(member.id)).toEqual(['ledger.adjustment_requested', 'ledger.adjustment_posted']);
    await assertLedgerInvariants(t.db);
  });

  it('holds a large one for a second staff member, who cannot be the requester', async () => {
    const [member, ops, admin] = [
      await makeUser(t.db),
      await makeUser(t.db, { role: 'ops' }),
      await makeUser(t.db, { role: 'admin' }),
    ];
    const { posted, adjustment } = await requestAdjustment(
      t.db,
      { actor: ops, userId: member.id, amountMinor: 5_000, currency: 'EUR', reason: 'Commande perdue' },
      options,
    );
    expect(posted).toBe(false);
    expect(await memberBalances(t.db, member.id)).toMatchObject({ available: 0 });
    expect(
      await rejection(approveAdjustment(t.db, { actor: ops, adjustmentId: adjustment.id })),
    ).toMatchObject({
      code: 'forbidden',
      message: 'ledger.adjust.errors.secondPerson',
    });
    const approved = await approveAdjustment(t.db, { actor: admin, adjustmentId: adjustment.id });
    expect(approved).toMatchObject({ status: 'posted', decidedBy: admin.id });
    expect(await memberBalances(t.db, member.id)).toMatchObject({ available: 5_000 });
    expect(
      await rejection(approveAdjustment(t.db, { actor: admin, adjustmentId: adjustment.id })),
    ).toMatchObject({
      code: 'conflict',
    });
    await assertLedgerInvariants(t.db);
  });

  it('the database itself refuses an approval by the requester', async () => {
    const [member, ops] = [await makeUser(t.db), await makeUser(t.db, { role: 'ops' })];
    const { adjustment } = await requestAdjustment(
      t.db,
      { actor: ops, userId: member.id, amountMinor: 9_000, currency: 'EUR', reason: 'Test' },
      options,
    );
    const refused = await t.db
      .execute(sql`update ledger_adjustments set decided_by = requested_by where id = ${adjustment.id}`)
      .then(
        () => 'updated',
        (e: { cause?: { constraint?: string } }) => e.cause?.constraint,
      );
    expect(refused).toBe('ledger_adjustments_four_eyes');
  });

  it('a rejected one posts nothing', async () => {
    const [member, ops, admin] = [
      await makeUser(t.db),
      await makeUser(t.db, { role: 'ops' }),
      await makeUser(t.db, { role: 'admin' }),
    ];
    const { adjustment } = await requestAdjustment(
      t.db,
      { actor: ops, userId: member.id, amountMinor: 7_500, currency: 'EUR', reason: 'Doublon' },
      options,
    );
    expect(await rejectAdjustment(t.db, { actor: admin, adjustmentId: adjustment.id })).toMatchObject({
      status: 'rejected',
    });
    expect(await memberBalances(t.db, member.id)).toMatchObject({ available: 0 });
    expect(await audits(member.id)).toEqual(['ledger.adjustment_requested', 'ledger.adjustment_rejected']);
  });

  it('a debit beyond the available balance is refused and nothing is kept', async () => {
    const [member, ops] = [await makeUser(t.db), await makeUser(t.db, { role: 'ops' })];
    await requestAdjustment(
      t.db,
      { actor: ops, userId: member.id, amountMinor: 300, currency: 'EUR', reason: 'Geste' },
      options,
    );
    expect(
      await rejection(
        requestAdjustment(
          t.db,
          { actor: ops, userId: member.id, amountMinor: -301, currency: 'EUR', reason: 'Reprise' },
          options,
        ),
      ),
    ).toMatchObject({ code: 'conflict', message: 'ledger.errors.insufficientBalance' });
    const count = await t.db.execute<{ n: string }>(
      sql`select count(*) as n from ledger_adjustments where user_id = ${member.id}`,
    );
    expect(Number(count.rows[0]!.n)).toBe(1);
    await requestAdjustment(
      t.db,
      { actor: ops, userId: member.id, amountMinor: -300, currency: 'EUR', reason: 'Reprise' },
      options,
    );
    expect(await memberBalances(t.db, member.id)).toMatchObject({ available: 0 });
    await assertLedgerInvariants(t.db);
  });

  it('refuses members, one’s own balance and unknown members', async () => {
    const [member, ops] = [await makeUser(t.db), await makeUser(t.db, { role: 'ops' })];
    const base = { amountMinor: 100, currency: 'EUR', reason: 'Test' };
    expect(
      await rejection(requestAdjustment(t.db, { ...base, actor: member, userId: member.id }, options)),
    ).toMatchObject({
      code: 'forbidden',
    });
    expect(
      await rejection(requestAdjustment(t.db, { ...base, actor: ops, userId: ops.id }, options)),
    ).toMatchObject({
      message: 'ledger.adjust.errors.self',
    });
    expect(
      await rejection(
        requestAdjustment(
          t.db,
          { ...base, actor: ops, userId: '00000000-0000-4000-8000-000000000000' },
          options,
        ),
      ),
    ).toMatchObject({ code: 'not_found' });
  });
});
