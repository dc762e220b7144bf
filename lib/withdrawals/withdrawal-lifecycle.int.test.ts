import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, payoutBatches, withdrawalEvents, withdrawals } from '@/db/schema';
import { assertLedgerInvariants } from '@/lib/ledger/check-invariants';
import { payoutBatchKey } from '@/lib/payouts/batch-key';
import { mailTo, makeUser, rejection } from '@/tests/helpers/accounts';
import { memberBalances, platformBalances } from '@/tests/helpers/ledger-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import {
  withdrawalTestConfig as config,
  credit,
  formKeyFor,
  lastLinkToken,
  verifiedPaypal,
} from '@/tests/helpers/withdrawal-fixtures';
import { cancelWithdrawal } from './cancel-withdrawal';
import { confirmWithdrawal } from './confirm-withdrawal';
import { lockWithdrawal } from './lock-withdrawal';
import { memberWithdrawals } from './member-withdrawals';
import { requestWithdrawal } from './request-withdrawal';
import { type TransitionInput, transitionWithdrawal } from './transition-withdrawal';

// A withdrawal's life after the request, on a real database: the member's
// cancel, ops steps through transitionWithdrawal (what the ops queue and the
// payout batches call), the money each step moves, and a cancel racing an
// approval under the row lock.

let t: TestDb;
let ops: { id: string };
let admin: { id: string };
beforeAll(async () => {
  t = await createTestDb();
  ops = await makeUser(t.db, { role: 'ops' });
  admin = await makeUser(t.db, { role: 'admin' });
});
afterAll(async () => {
  await t.close();
});
afterEach(async () => {
  await assertLedgerInvariants(t.db);
});

/** A member with `availableMinor`, a verified PayPal method and one confirmed (so `requested`) withdrawal of `amountMinor`. */
async function requested(availableMinor: number, amount: string) {
  const user = await makeUser(t.db);
  await credit(t.db, user.id, availableMinor);
  const methodId = await verifiedPaypal(t.db, user);
  const { withdrawal } = await requestWithdrawal(
    t.db,
    { userId: user.id, payoutMethodId: methodId, amount, formKey: formKeyFor(user.id) },
    config,
  );
  if (withdrawal.status === 'on_hold') {
    await confirmWithdrawal(t.db, { userId: user.id, token: await lastLinkToken(t.db, user.email) }, config);
  }
  return { user, methodId, withdrawalId: withdrawal.id };
}

const step = (db: Db, withdrawalId: string, input: TransitionInput) =>
  db.transaction((tx) => transitionWithdrawal(tx, withdrawalId, input, config));

async function batchOf(withdrawalIds: string[]) {
  const [batch] = await t.db
    .insert(payoutBatches)
    .values({
      method: 'paypal',
      idempotencyKey: payoutBatchKey('paypal', withdrawalIds),
      currency: 'EUR',
      itemCount: withdrawalIds.length,
      totalMinor: 1,
      createdBy: ops.id,
    })
    .returning();
  return batch!.id;
}

describe('the member cancels', () => {
  it('a requested withdrawal: the money goes back to available', async () => {
    const { user, withdrawalId } = await requested(5_000, '20');
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 3_000, withdrawing: 2_000 });
    const cancelled = await cancelWithdrawal(t.db, { userId: user.id, withdrawalId }, config);
    expect(cancelled).toMatchObject({ status: 'cancelled' });
    expect(cancelled.closedAt).not.toBeNull();
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 5_000, withdrawing: 0 });
    const [listed] = await memberWithdrawals(t.db, user.id);
    expect(listed).toMatchObject({ status: 'cancelled', mayCancel: false });
    expect(listed!.events.map((e) => e.status)).toEqual(['on_hold', 'requested', 'cancelled']);
  });

  it('one still waiting for its e-mailed confirmation, whose link then stops working', async () => {
    const user = await makeUser(t.db);
    await credit(t.db, user.id, 5_000);
    const methodId = await verifiedPaypal(t.db, user);
    const { withdrawal } = await requestWithdrawal(
      t.db,
      { userId: user.id, payoutMethodId: methodId, amount: '15', formKey: formKeyFor(user.id) },
      config,
    );
    const token = await lastLinkToken(t.db, user.email);
    expect((await memberWithdrawals(t.db, user.id))[0]).toMatchObject({ status: 'on_hold', mayCancel: true });
    await cancelWithdrawal(t.db, { userId: user.id, withdrawalId: withdrawal.id }, config);
    expect(await rejection(confirmWithdrawal(t.db, { userId: user.id, token }, config))).toMatchObject({
      message: 'withdrawals.links.invalid',
    });
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 5_000, withdrawing: 0 });
  });

  it('not once ops have approved it, nor another member’s', async () => {
    const { user, withdrawalId } = await requested(5_000, '20');
    const stranger = await makeUser(t.db);
    expect(
      await rejection(cancelWithdrawal(t.db, { userId: stranger.id, withdrawalId }, config)),
    ).toMatchObject({
      code: 'not_found',
    });
    await step(t.db, withdrawalId, { to: 'approved', actorUserId: ops.id });
    expect(await rejection(cancelWithdrawal(t.db, { userId: user.id, withdrawalId }, config))).toMatchObject({
      code: 'conflict',
      message: 'withdrawals.cancel.notAllowed',
    });
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 3_000, withdrawing: 2_000 });
  });
});

describe('a cancel racing an approval', () => {
  // The stand-in for the ops approval: the same lock discipline as the real
  // one (lock the row, decide on what it says, transition).
  const approve = (withdrawalId: string) =>
    t.db.transaction(async (tx) => {
      const locked = await lockWithdrawal(tx, withdrawalId);
      if (locked.status !== 'requested') throw new Error(`cannot approve a ${locked.status} withdrawal`);
      return transitionWithdrawal(tx, withdrawalId, { to: 'approved', actorUserId: ops.id }, config);
    });

  it('lets exactly one win, every time, and the ledger agrees with the winner', async () => {
    const winners = { cancelled: 0, approved: 0 };
    for (let round = 0; round < 12; round++) {
      const { user, withdrawalId } = await requested(3_000, '10');
      const [cancel, approval] = await Promise.allSettled([
        cancelWithdrawal(t.db, { userId: user.id, withdrawalId }, config),
        approve(withdrawalId),
      ]);
      expect([cancel.status, approval.status].sort(), `round ${round}`).toEqual(['fulfilled', 'rejected']);
      const [row] = await t.db.select().from(withdrawals).where(eq(withdrawals.id, withdrawalId));
      const balances = await memberBalances(t.db, user.id);
      if (cancel.status === 'fulfilled') {
        winners.cancelled += 1;
        expect(row!.status).toBe('cancelled');
        expect(row!.approvedBy).toBeNull();
        expect(balances).toMatchObject({ available: 3_000, withdrawing: 0 });
      } else {
        winners.approved += 1;
        expect(cancel.reason).toMatchObject({ message: 'withdrawals.cancel.notAllowed' });
        expect(row!.status).toBe('approved');
        expect(balances).toMatchObject({ available: 2_000, withdrawing: 1_000 });
      }
      const events = await t.db
        .select()
        .from(withdrawalEvents)
        .where(eq(withdrawalEvents.withdrawalId, withdrawalId));
      expect(events.filter((e) => e.toStatus === 'cancelled' || e.toStatus === 'approved')).toHaveLength(1);
    }
    expect(winners.cancelled + winners.approved).toBe(12);
  });
});

describe('ops steps through transitionWithdrawal', () => {
  it('approve → in batch → paid posts withdrawing → cash; a return after payment comes back from cash', async () => {
    const { user, withdrawalId } = await requested(5_000, '25');
    const cashBefore = (await platformBalances(t.db)).cash ?? 0;
    await step(t.db, withdrawalId, { to: 'approved', actorUserId: ops.id });
    const batchId = await batchOf([withdrawalId]);
    await step(t.db, withdrawalId, { to: 'in_batch', actorUserId: ops.id, batchId });
    const paid = await step(t.db, withdrawalId, { to: 'paid', actorUserId: null });
    expect(paid).toMatchObject({ status: 'paid', batchId, approvedBy: ops.id });
    expect(paid.paidAt).not.toBeNull();
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 2_500, withdrawing: 0 });
    expect((await platformBalances(t.db)).cash).toBe(cashBefore - 2_500);

    const returned = await step(t.db, withdrawalId, {
      to: 'returned',
      actorUserId: null,
      reason: 'Unclaimed PayPal payment',
    });
    expect(returned).toMatchObject({ status: 'returned', returnReason: 'Unclaimed PayPal payment' });
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 5_000, withdrawing: 0 });
    expect((await platformBalances(t.db)).cash).toBe(cashBefore);
    const [mail] = await mailTo(t.db, user.email);
    expect(mail!.template).toBe('withdrawal-returned');
    expect(mail!.textBody).toContain('Unclaimed PayPal payment');
    expect(mail!.textBody).toContain('25,00');

    const entryKinds = await t.db.execute<{ kind: string }>(sql`
      select kind from ledger_entries where source_type = 'withdrawal' and source_key like ${`${withdrawalId}:%`} order by id`);
    expect(entryKinds.rows.map((r) => r.kind)).toEqual([
      'withdrawal_requested',
      'withdrawal_paid',
      'withdrawal_returned',
    ]);
  });

  it('a return before payment goes from withdrawing back to available', async () => {
    const { user, withdrawalId } = await requested(5_000, '30');
    await step(t.db, withdrawalId, { to: 'approved', actorUserId: ops.id });
    await step(t.db, withdrawalId, {
      to: 'in_batch',
      actorUserId: ops.id,
      batchId: await batchOf([withdrawalId]),
    });
    await step(t.db, withdrawalId, { to: 'returned', actorUserId: null, reason: 'AC04 closed account' });
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 5_000, withdrawing: 0 });
    expect(await rejection(step(t.db, withdrawalId, { to: 'paid', actorUserId: null }))).toMatchObject({
      code: 'conflict',
      message: 'withdrawals.errors.notAllowed',
    });
  });

  it('a rejection needs a reason, returns the money and tells the member', async () => {
    const { user, withdrawalId } = await requested(5_000, '40');
    expect(
      await rejection(step(t.db, withdrawalId, { to: 'rejected', actorUserId: ops.id, reason: '  ' })),
    ).toMatchObject({
      message: 'withdrawals.errors.reasonRequired',
    });
    await step(t.db, withdrawalId, { to: 'rejected', actorUserId: ops.id, reason: 'Duplicate account' });
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 5_000, withdrawing: 0 });
    const [mail] = await mailTo(t.db, user.email);
    expect(mail!.template).toBe('withdrawal-rejected');
    expect(mail!.textBody).toContain('Duplicate account');
    const [listed] = await memberWithdrawals(t.db, user.id);
    expect(listed).toMatchObject({ status: 'rejected', rejectReason: 'Duplicate account' });
    const actions = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetUserId, user.id));
    expect(actions.map((a) => a.action)).toContain('withdrawal.rejected');
  });

  it('an ops hold with a note, then approval from hold; no hold without a note', async () => {
    const { user, withdrawalId } = await requested(5_000, '10');
    expect(
      await rejection(
        step(t.db, withdrawalId, { to: 'on_hold', actorUserId: ops.id, holdReason: 'ops_review' }),
      ),
    ).toMatchObject({ message: 'withdrawals.errors.reasonRequired' });
    expect(
      await rejection(
        step(t.db, withdrawalId, {
          to: 'on_hold',
          actorUserId: ops.id,
          holdReason: 'security_hold',
          reason: 'x',
        }),
      ),
    ).toMatchObject({ message: 'withdrawals.errors.holdReasonRequired' });
    await step(t.db, withdrawalId, {
      to: 'on_hold',
      actorUserId: ops.id,
      holdReason: 'ops_review',
      reason: 'Checking the account',
    });
    const [listed] = await memberWithdrawals(t.db, user.id);
    expect(listed).toMatchObject({
      status: 'on_hold',
      holdReason: 'ops_review',
      holdNote: 'Checking the account',
      mayCancel: false,
    });
    const approved = await step(t.db, withdrawalId, { to: 'approved', actorUserId: ops.id });
    expect(approved).toMatchObject({ status: 'approved', holdReason: null, holdNote: null });
  });

  it('refuses to move on a withdrawal the member has not confirmed yet', async () => {
    const user = await makeUser(t.db);
    await credit(t.db, user.id, 5_000);
    const methodId = await verifiedPaypal(t.db, user);
    const { withdrawal } = await requestWithdrawal(
      t.db,
      { userId: user.id, payoutMethodId: methodId, amount: '10', formKey: formKeyFor(user.id) },
      config,
    );
    for (const to of ['approved', 'requested'] as const) {
      expect(await rejection(step(t.db, withdrawal.id, { to, actorUserId: ops.id }))).toMatchObject({
        code: 'conflict',
        message: 'withdrawals.errors.needsConfirmation',
      });
    }
  });

  it('four eyes: a second approval by another staff member, never the same one or the member', async () => {
    const { user, withdrawalId } = await requested(5_000, '10');
    expect(await rejection(step(t.db, withdrawalId, { to: 'approved', actorUserId: user.id }))).toMatchObject(
      {
        code: 'forbidden',
        message: 'withdrawals.errors.selfApproval',
      },
    );
    // Part of the ops queue's four-eyes flow: a first approval recorded while the withdrawal waits.
    await t.db.execute(
      sql`update withdrawals set approved_by = ${ops.id}, approved_at = now() where id = ${withdrawalId}`,
    );
    expect(await rejection(step(t.db, withdrawalId, { to: 'approved', actorUserId: ops.id }))).toMatchObject({
      message: 'withdrawals.errors.secondApprover',
    });
    const approved = await step(t.db, withdrawalId, { to: 'approved', actorUserId: admin.id });
    expect(approved).toMatchObject({ approvedBy: ops.id, secondApprovedBy: admin.id });
    expect(
      await rejection(
        t.db.execute(sql`update withdrawals set second_approved_by = approved_by where id = ${withdrawalId}`),
      ),
    ).toBeTruthy();
  });

  it('refuses steps the state machine does not have, and a batch step without a batch', async () => {
    const { withdrawalId } = await requested(5_000, '10');
    const refusals: Array<[TransitionInput, string]> = [
      [{ to: 'paid', actorUserId: null }, 'withdrawals.errors.notAllowed'],
      [{ to: 'in_batch', actorUserId: ops.id }, 'withdrawals.errors.notAllowed'],
      [{ to: 'requested', actorUserId: ops.id }, 'withdrawals.errors.notAllowed'],
    ];
    for (const [input, message] of refusals) {
      expect(await rejection(step(t.db, withdrawalId, input)), input.to).toMatchObject({ message });
    }
    await step(t.db, withdrawalId, { to: 'approved', actorUserId: ops.id });
    expect(await rejection(step(t.db, withdrawalId, { to: 'in_batch', actorUserId: ops.id }))).toMatchObject({
      message: 'withdrawals.errors.batchRequired',
    });
    expect(await rejection(step(t.db, 'nope', { to: 'approved', actorUserId: ops.id }))).toMatchObject({
      code: 'not_found',
    });
  });
});
