import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, withdrawals } from '@/db/schema';
import { assertLedgerInvariants } from '@/lib/ledger/check-invariants';
import { mailTo, makeUser, rejection } from '@/tests/helpers/accounts';
import { memberBalances } from '@/tests/helpers/ledger-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import {
  withdrawalTestConfig as config,
  credit,
  formKeyFor,
  lastLinkToken,
  verifiedPaypal,
} from '@/tests/helpers/withdrawal-fixtures';
import { confirmWithdrawal } from './confirm-withdrawal';
import { requestWithdrawal } from './request-withdrawal';
import type { ReviewConfig } from './review-config';
import { reviewWithdrawal } from './review-withdrawal';
import { withdrawalQueue } from './withdrawal-queue';

// Ops' decisions on real Postgres: approve (with four eyes from the
// configured amount, in the domain and in a database check), hold and
// reject with a reason (money back, member told), and the queue's filters
// and signals.

const review: ReviewConfig = {
  appUrl: config.appUrl,
  delivery: config.delivery,
  secondApprovalFromMinor: 50_000,
};

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

async function requested(availableMinor: number, amount: string, paypal = `m-${randomUUID()}@example.com`) {
  const user = await makeUser(t.db);
  await credit(t.db, user.id, availableMinor);
  const methodId = await verifiedPaypal(t.db, user, paypal);
  const { withdrawal } = await requestWithdrawal(
    t.db,
    { userId: user.id, payoutMethodId: methodId, amount, formKey: formKeyFor(user.id) },
    config,
  );
  if (withdrawal.status === 'on_hold') {
    await confirmWithdrawal(t.db, { userId: user.id, token: await lastLinkToken(t.db, user.email) }, config);
  }
  return { user, withdrawalId: withdrawal.id };
}

describe('approving', () => {
  it('below the four-eyes amount: one approval', async () => {
    const { withdrawalId } = await requested(10_000, '20');
    const outcome = await reviewWithdrawal(
      t.db,
      { withdrawalId, actorUserId: ops.id, decision: 'approve' },
      review,
    );
    expect(outcome.awaitingSecondApproval).toBe(false);
    expect(outcome.withdrawal).toMatchObject({
      status: 'approved',
      approvedBy: ops.id,
      secondApprovedBy: null,
    });
  });

  it('from the four-eyes amount: two different staff members', async () => {
    const { withdrawalId } = await requested(80_000, '500');
    const first = await reviewWithdrawal(
      t.db,
      { withdrawalId, actorUserId: ops.id, decision: 'approve' },
      review,
    );
    expect(first.awaitingSecondApproval).toBe(true);
    expect(first.withdrawal).toMatchObject({
      status: 'requested',
      approvedBy: ops.id,
      secondApprovalRequired: true,
    });
    expect(
      await rejection(
        reviewWithdrawal(t.db, { withdrawalId, actorUserId: ops.id, decision: 'approve' }, review),
      ),
    ).toMatchObject({ code: 'forbidden', message: 'withdrawals.errors.secondApprover' });
    const second = await reviewWithdrawal(
      t.db,
      { withdrawalId, actorUserId: admin.id, decision: 'approve' },
      review,
    );
    expect(second.withdrawal).toMatchObject({
      status: 'approved',
      approvedBy: ops.id,
      secondApprovedBy: admin.id,
    });
    const actions = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(sql`${auditLog.details}->>'withdrawalId' = ${withdrawalId}`);
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['withdrawal.first_approved', 'withdrawal.approved']),
    );
  });

  it('the database refuses a once-approved large withdrawal moved on without its second approver', async () => {
    const { withdrawalId } = await requested(80_000, '600');
    await reviewWithdrawal(t.db, { withdrawalId, actorUserId: ops.id, decision: 'approve' }, review);
    await expect(
      t.db.update(withdrawals).set({ status: 'approved' }).where(eq(withdrawals.id, withdrawalId)),
    ).rejects.toSatisfy(
      (e: { cause?: { constraint?: string } }) => e.cause?.constraint === 'withdrawals_four_eyes',
    );
  });

  it('a withdrawal still awaiting the member’s e-mailed confirmation cannot be approved', async () => {
    const user = await makeUser(t.db);
    await credit(t.db, user.id, 10_000);
    const methodId = await verifiedPaypal(t.db, user, `c-${randomUUID()}@example.com`);
    const { withdrawal } = await requestWithdrawal(
      t.db,
      { userId: user.id, payoutMethodId: methodId, amount: '20', formKey: formKeyFor(user.id) },
      config,
    );
    expect(withdrawal.status).toBe('on_hold');
    expect(
      await rejection(
        reviewWithdrawal(
          t.db,
          { withdrawalId: withdrawal.id, actorUserId: ops.id, decision: 'approve' },
          review,
        ),
      ),
    ).toMatchObject({ code: 'conflict', message: 'withdrawals.errors.needsConfirmation' });
  });
});

describe('holding and rejecting', () => {
  it('a hold keeps the money in withdrawing and needs a reason', async () => {
    const { user, withdrawalId } = await requested(10_000, '30');
    expect(
      await rejection(
        reviewWithdrawal(t.db, { withdrawalId, actorUserId: ops.id, decision: 'hold', reason: '  ' }, review),
      ),
    ).toMatchObject({ message: 'withdrawals.errors.reasonRequired' });
    const { withdrawal } = await reviewWithdrawal(
      t.db,
      { withdrawalId, actorUserId: ops.id, decision: 'hold', reason: 'Checking the PayPal account' },
      review,
    );
    expect(withdrawal).toMatchObject({ status: 'on_hold', holdReason: 'ops_review' });
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 7_000, withdrawing: 3_000 });
    // An ops hold does not block approval.
    const approved = await reviewWithdrawal(
      t.db,
      { withdrawalId, actorUserId: ops.id, decision: 'approve' },
      review,
    );
    expect(approved.withdrawal.status).toBe('approved');
  });

  it('a reject returns the money to available and e-mails the member the reason', async () => {
    const { user, withdrawalId } = await requested(10_000, '40');
    await reviewWithdrawal(
      t.db,
      { withdrawalId, actorUserId: ops.id, decision: 'reject', reason: 'Duplicate account' },
      review,
    );
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 10_000, withdrawing: 0 });
    const [mail] = await mailTo(t.db, user.email);
    expect(mail!.textBody).toContain('Duplicate account');
  });
});

describe('the queue', () => {
  it('filters by status, method, amount and age, oldest first', async () => {
    const a = await requested(90_000, '701.23');
    const b = await requested(90_000, '702.00');
    await t.db.execute(
      sql`update withdrawals set created_at = now() - interval '5 days' where id = ${a.withdrawalId}`,
    );
    const byAmount = await withdrawalQueue(t.db, {
      minAmountMinor: 70_123,
      maxAmountMinor: 70_200,
      method: 'paypal',
    });
    expect(byAmount.map((i) => i.id)).toEqual([a.withdrawalId, b.withdrawalId]);
    const old = await withdrawalQueue(t.db, {
      minAmountMinor: 70_123,
      maxAmountMinor: 70_200,
      minAgeDays: 3,
    });
    expect(old.map((i) => i.id)).toEqual([a.withdrawalId]);
    expect(
      await withdrawalQueue(t.db, { minAmountMinor: 70_123, maxAmountMinor: 70_200, method: 'sepa' }),
    ).toEqual([]);
    expect(
      await withdrawalQueue(t.db, { statuses: ['approved'], minAmountMinor: 70_123, maxAmountMinor: 70_200 }),
    ).toEqual([]);
  });

  it('signals a new account, fresh details shared with another member, a large first amount, open flags', async () => {
    const shared = `shared-${randomUUID()}@example.com`;
    await requested(5_000, '10', shared);
    const { user, withdrawalId } = await requested(90_000, '250', shared);
    await t.db.execute(sql`
      insert into ledger_accounts (kind, user_id, currency, balance_minor) values ('member_receivable', ${user.id}, 'EUR', 0)
      on conflict do nothing`);
    const [item] = (await withdrawalQueue(t.db, { minAmountMinor: 25_000, maxAmountMinor: 25_000 })).filter(
      (i) => i.id === withdrawalId,
    );
    expect(item!.signals).toEqual(['newAccount', 'detailsChanged', 'sharedDetails', 'unusualAmount']);
    expect(item!.accountAgeDays).toBe(0);
  });
});
