import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ledgerEntries, withdrawalEvents, withdrawals } from '@/db/schema';
import { assertLedgerInvariants } from '@/lib/ledger/check-invariants';
import { postEntry } from '@/lib/ledger/post-entry';
import { mailTo, makeUser, rejection } from '@/tests/helpers/accounts';
import { memberBalances } from '@/tests/helpers/ledger-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import {
  withdrawalTestConfig as config,
  credit,
  formKeyFor,
  insertCharity,
  insertGiftCardStock,
  lastLinkToken,
  verifiedPaypal,
} from '@/tests/helpers/withdrawal-fixtures';
import { confirmWithdrawal } from './confirm-withdrawal';
import { issueFormKey } from './form-key';
import { type RequestWithdrawalInput, requestWithdrawal } from './request-withdrawal';
import { savePayoutMethod } from './save-payout-method';
import { verifyPayoutMethod } from './verify-payout-method';

// Requesting a withdrawal on a real database: every refusal writes nothing,
// a double submit is one request, and no race takes more than the balance.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});
afterEach(async () => {
  await assertLedgerInvariants(t.db);
});

async function member(availableMinor: number) {
  const user = await makeUser(t.db);
  if (availableMinor > 0) await credit(t.db, user.id, availableMinor);
  const methodId = await verifiedPaypal(t.db, user);
  return { user, methodId };
}

const request = (input: Omit<RequestWithdrawalInput, 'formKey'> & { formKey?: string }) =>
  requestWithdrawal(t.db, { formKey: formKeyFor(input.userId), ...input }, config);

/** Until some transaction of this test's database waits on a lock another one holds. */
async function waitForLockWait() {
  for (let i = 0; i < 200; i++) {
    const { rows } = await t.db.execute<{ n: number }>(sql`
      select count(*)::int as n from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where not l.granted and a.datname = current_database()`);
    if (rows[0]!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('no transaction ever waited on a lock');
}

const withdrawalCount = async (userId: string) =>
  (await t.db.select().from(withdrawals).where(eq(withdrawals.userId, userId))).length;
const entryCount = async (userId: string) =>
  (await t.db.select().from(ledgerEntries).where(eq(ledgerEntries.userId, userId))).length;

describe('requesting a withdrawal', () => {
  it('moves the amount to withdrawing and holds the first one for an e-mailed confirmation', async () => {
    const { user, methodId } = await member(5_000);
    const { withdrawal, created } = await request({
      userId: user.id,
      payoutMethodId: methodId,
      amount: '12,50',
    });
    expect(created).toBe(true);
    expect(withdrawal).toMatchObject({
      status: 'on_hold',
      holdReason: 'awaiting_confirmation',
      amountMinor: 1_250,
      currency: 'EUR',
      method: 'paypal',
      destinationLabel: 'j•••@example.com',
      confirmationRequired: true,
    });
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 3_750, withdrawing: 1_250 });
    const [mail] = await mailTo(t.db, user.email);
    expect(mail!.template).toBe('withdrawal-confirm');
    expect(mail!.textBody).toContain('12,50');
    expect(mail!.textBody).toContain('https://ristourne.test/account/withdrawals/confirm?token=');

    const confirmed = await confirmWithdrawal(
      t.db,
      { userId: user.id, token: await lastLinkToken(t.db, user.email) },
      config,
    );
    expect(confirmed).toMatchObject({ status: 'requested', holdReason: null, confirmationTokenHash: null });
    expect(confirmed.confirmedAt).not.toBeNull();
    const events = await t.db
      .select({ from: withdrawalEvents.fromStatus, to: withdrawalEvents.toStatus })
      .from(withdrawalEvents)
      .where(eq(withdrawalEvents.withdrawalId, withdrawal.id))
      .orderBy(withdrawalEvents.id);
    expect(events).toEqual([
      { from: null, to: 'on_hold' },
      { from: 'on_hold', to: 'requested' },
    ]);
    // The money moved once, on the request; confirming moves none.
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 3_750, withdrawing: 1_250 });

    // Later withdrawals to this (now older) method need no confirmation.
    await t.db.execute(
      sql`update payout_methods set details_changed_at = now() - interval '4 days' where id = ${methodId}`,
    );
    const second = await request({ userId: user.id, payoutMethodId: methodId, amount: '10', all: false });
    expect(second.withdrawal).toMatchObject({
      status: 'requested',
      holdReason: null,
      confirmationRequired: false,
    });
  });

  it('puts a withdrawal to details set in the last 72 hours on a security hold', async () => {
    const { user, methodId: oldMethod } = await member(10_000);
    const first = await request({ userId: user.id, payoutMethodId: oldMethod, amount: '10' });
    await confirmWithdrawal(t.db, { userId: user.id, token: await lastLinkToken(t.db, user.email) }, config);
    expect(first.withdrawal.holdReason).toBe('awaiting_confirmation');
    const { methodId: newMethod } = await savePayoutMethod(
      t.db,
      { userId: user.id, method: { kind: 'sepa', holderName: 'A B', iban: 'DE89370400440532013000' } },
      config,
    );
    await verifyPayoutMethod(t.db, { userId: user.id, token: await lastLinkToken(t.db, user.email) });
    const { withdrawal } = await request({ userId: user.id, payoutMethodId: newMethod, amount: '20' });
    expect(withdrawal).toMatchObject({
      status: 'on_hold',
      holdReason: 'security_hold',
      confirmationRequired: true,
    });
    expect((await mailTo(t.db, user.email))[0]!.textBody).toContain('72');
  });

  it('takes "all of it" as the whole available balance', async () => {
    const { user, methodId } = await member(4_321);
    const { withdrawal } = await request({
      userId: user.id,
      payoutMethodId: methodId,
      amount: '',
      all: true,
    });
    expect(withdrawal.amountMinor).toBe(4_321);
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 0, withdrawing: 4_321 });
  });

  it.each([
    ['an empty amount', '', 'withdrawals.request.errors.amountRequired'],
    ['a negative amount', '-10', 'withdrawals.request.errors.amountNegative'],
    ['zero', '0,00', 'withdrawals.request.errors.amountZero'],
    ['too many decimals', '12.345', 'withdrawals.request.errors.amountDecimals'],
    ['words', 'ten euros', 'withdrawals.request.errors.amountInvalid'],
    ['below the PayPal minimum', '9,99', 'withdrawals.request.errors.belowMinimum'],
    ['above the available balance', '50,01', 'withdrawals.request.errors.aboveBalance'],
    ['above the maximum', '10000,01', 'withdrawals.request.errors.aboveMaximum'],
  ])('refuses %s with a field message and writes nothing', async (_label, amount, message) => {
    const { user, methodId } = await member(5_000);
    const entries = await entryCount(user.id);
    const error = await rejection(request({ userId: user.id, payoutMethodId: methodId, amount }));
    expect(error).toMatchObject({ code: 'unprocessable', fields: { amount: [message] } });
    expect(await withdrawalCount(user.id)).toBe(0);
    expect(await entryCount(user.id)).toBe(entries);
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 5_000, withdrawing: 0 });
  });

  it('refuses an unverified, archived or foreign method, and an unverified e-mail', async () => {
    const { user } = await member(5_000);
    const other = await member(5_000);
    const { methodId: unverified } = await savePayoutMethod(
      t.db,
      { userId: user.id, method: { kind: 'sepa', holderName: 'A B', iban: 'DE89370400440532013000' } },
      config,
    );
    const cases = [
      [unverified, 'withdrawals.request.errors.methodUnverified'],
      [other.methodId, 'withdrawals.request.errors.method'],
      ['not-a-uuid', 'withdrawals.request.errors.method'],
    ] as const;
    for (const [payoutMethodId, message] of cases) {
      const error = await rejection(request({ userId: user.id, payoutMethodId, amount: '10' }));
      expect(error.fields, payoutMethodId).toEqual({ payoutMethodId: [message] });
    }
    await t.db.execute(sql`update users set email_verified_at = null where id = ${user.id}`);
    const paypal = (await t.db.select().from(withdrawals).where(eq(withdrawals.userId, user.id))).length;
    expect(paypal).toBe(0);
    const noEmail = await rejection(
      request({ userId: user.id, payoutMethodId: other.methodId, amount: '10' }),
    );
    expect(noEmail.message).toBe('withdrawals.errors.emailUnverified');
    expect(await withdrawalCount(user.id)).toBe(0);
  });

  it('refuses a tampered, malformed or borrowed form key, writing nothing', async () => {
    const { user, methodId } = await member(5_000);
    const other = await makeUser(t.db);
    const good = formKeyFor(user.id);
    const keys = [
      ['edited uuid', good.replace(/^./, good[0] === 'a' ? 'b' : 'a')],
      ['edited signature', `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`],
      ['no signature', good.split('.')[0]!],
      ['malformed', 'hello'],
      ['another member’s', formKeyFor(other.id)],
      ['signed with another secret', issueFormKey('another-secret-0123456789abcdef', user.id)],
    ];
    for (const [label, formKey] of keys) {
      const error = await rejection(
        request({ userId: user.id, payoutMethodId: methodId, amount: '10', formKey }),
      );
      expect(error.fields, label).toEqual({ formKey: ['withdrawals.request.errors.formKey'] });
    }
    expect(await withdrawalCount(user.id)).toBe(0);
  });

  it('makes one withdrawal of a form submitted twice, in turn or at once', async () => {
    const { user, methodId } = await member(10_000);
    const formKey = formKeyFor(user.id);
    const first = await request({ userId: user.id, payoutMethodId: methodId, amount: '10', formKey });
    const again = await request({ userId: user.id, payoutMethodId: methodId, amount: '10', formKey });
    expect(again).toEqual({ withdrawal: first.withdrawal, created: false });

    const concurrentKey = formKeyFor(user.id);
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        request({ userId: user.id, payoutMethodId: methodId, amount: '20', formKey: concurrentKey }),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.withdrawal.id)).size).toBe(1);
    expect(await withdrawalCount(user.id)).toBe(2);
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 7_000, withdrawing: 3_000 });

    // The same key replayed for another method is someone editing the form.
    const charity = await insertCharity(t.db);
    const { methodId: charityMethod } = await savePayoutMethod(
      t.db,
      { userId: user.id, method: { kind: 'charity', charityId: String(charity.id) } },
      config,
    );
    const error = await rejection(
      request({ userId: user.id, payoutMethodId: charityMethod, amount: '10', formKey }),
    );
    expect(error.fields).toEqual({ formKey: ['withdrawals.request.errors.formKey'] });
  });

  it('never lets 50 simultaneous requests take more than the balance', async () => {
    const { user, methodId } = await member(10_000);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        request({ userId: user.id, payoutMethodId: methodId, amount: '10,00' }),
      ),
    );
    const created = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(created).toHaveLength(10);
    expect(refused).toHaveLength(40);
    // Refused at our read of the balance, or by the ledger when another request took it meanwhile.
    for (const outcome of refused) {
      expect(outcome.reason).toMatchObject({ code: 'unprocessable' });
      expect([
        'withdrawals.request.errors.aboveBalance',
        'withdrawals.request.errors.nothingAvailable',
      ]).toContain(outcome.reason.fields.amount[0]);
    }
    expect(await withdrawalCount(user.id)).toBe(10);
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 0, withdrawing: 10_000 });
  });

  it('rolls the whole request back when the ledger refuses it (balance taken after our read)', async () => {
    const { user, methodId } = await member(1_000);
    let posted!: () => void;
    let release!: () => void;
    const postedOnce = new Promise<void>((resolve) => {
      posted = resolve;
    });
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Another transaction takes the whole balance and keeps the account locked until released.
    const taker = t.db.transaction(async (tx) => {
      await postEntry(tx, {
        sourceType: 'adjustment',
        sourceKey: `take-${user.id}`,
        kind: 'adjustment',
        userId: user.id,
        lines: [
          { account: { kind: 'member_available', currency: 'EUR', userId: user.id }, amountMinor: 1_000 },
          { account: { kind: 'marketing_expense', currency: 'EUR' }, amountMinor: -1_000 },
        ],
      });
      posted();
      await held;
    });
    await postedOnce;
    // Reads the committed 10 €, passes every check, then waits on the account lock.
    const pending = rejection(request({ userId: user.id, payoutMethodId: methodId, amount: '10' }));
    await waitForLockWait();
    release();
    await taker;
    expect(await pending).toMatchObject({ fields: { amount: ['withdrawals.request.errors.aboveBalance'] } });
    expect(await withdrawalCount(user.id)).toBe(0);
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 0, withdrawing: 0 });
  });

  it('never lets 50 simultaneous "all of it" requests take the balance twice', async () => {
    const { user, methodId } = await member(2_500);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        request({ userId: user.id, payoutMethodId: methodId, amount: '', all: true }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 0, withdrawing: 2_500 });
  });

  it('withdraws to a charity from 1 € and to a gift card at a value in stock', async () => {
    const user = await makeUser(t.db);
    await credit(t.db, user.id, 10_000);
    const charity = await insertCharity(t.db);
    const brand = await insertGiftCardStock(t.db, [1_500, 3_000], config.detailsKey!);
    const { methodId: charityMethod } = await savePayoutMethod(
      t.db,
      { userId: user.id, method: { kind: 'charity', charityId: String(charity.id) } },
      config,
    );
    await verifyPayoutMethod(t.db, { userId: user.id, token: await lastLinkToken(t.db, user.email) });
    const { methodId: cardMethod } = await savePayoutMethod(
      t.db,
      { userId: user.id, method: { kind: 'gift_card', giftCardBrandId: String(brand.id) } },
      config,
    );
    await verifyPayoutMethod(t.db, { userId: user.id, token: await lastLinkToken(t.db, user.email) });

    const below = await rejection(
      request({ userId: user.id, payoutMethodId: charityMethod, amount: '0,99' }),
    );
    expect(below.fields).toEqual({ amount: ['withdrawals.request.errors.belowMinimum'] });
    const donation = await request({ userId: user.id, payoutMethodId: charityMethod, amount: '1' });
    expect(donation.withdrawal).toMatchObject({
      method: 'charity',
      destinationLabel: charity.name,
      amountMinor: 100,
    });

    const offValue = await rejection(request({ userId: user.id, payoutMethodId: cardMethod, amount: '20' }));
    expect(offValue.fields).toEqual({ amount: ['withdrawals.request.errors.notACardValue'] });
    const card = await request({ userId: user.id, payoutMethodId: cardMethod, amount: '30' });
    expect(card.withdrawal).toMatchObject({
      method: 'gift_card',
      destinationLabel: brand.name,
      amountMinor: 3_000,
    });
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 6_900, withdrawing: 3_100 });
  });

  it('refuses a withdrawal to a charity ops have since deactivated', async () => {
    const user = await makeUser(t.db);
    await credit(t.db, user.id, 1_000);
    const charity = await insertCharity(t.db);
    const { methodId } = await savePayoutMethod(
      t.db,
      { userId: user.id, method: { kind: 'charity', charityId: String(charity.id) } },
      config,
    );
    await verifyPayoutMethod(t.db, { userId: user.id, token: await lastLinkToken(t.db, user.email) });
    await t.db.execute(sql`update charities set active = false where id = ${charity.id}`);
    const error = await rejection(request({ userId: user.id, payoutMethodId: methodId, amount: '5' }));
    expect(error.fields).toEqual({ payoutMethodId: ['withdrawals.request.errors.charityInactive'] });
    expect(await withdrawalCount(user.id)).toBe(0);
  });

  it('accepts only the member’s own, unexpired confirmation link, once', async () => {
    const { user, methodId } = await member(5_000);
    const other = await makeUser(t.db);
    await request({ userId: user.id, payoutMethodId: methodId, amount: '10' });
    const token = await lastLinkToken(t.db, user.email);
    expect(await rejection(confirmWithdrawal(t.db, { userId: other.id, token }, config))).toMatchObject({
      message: 'withdrawals.links.invalid',
    });
    await t.db.execute(
      sql`update withdrawals set confirmation_expires_at = now() - interval '1 second' where user_id = ${user.id}`,
    );
    expect(await rejection(confirmWithdrawal(t.db, { userId: user.id, token }, config))).toMatchObject({
      message: 'withdrawals.links.expired',
    });
    await t.db.execute(
      sql`update withdrawals set confirmation_expires_at = now() + interval '1 hour' where user_id = ${user.id}`,
    );
    await confirmWithdrawal(t.db, { userId: user.id, token }, config);
    expect(await rejection(confirmWithdrawal(t.db, { userId: user.id, token }, config))).toMatchObject({
      message: 'withdrawals.links.invalid',
    });
  });
});
