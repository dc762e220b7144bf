import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dormantBalanceNotices, payoutMethods, withdrawals } from '@/db/schema';
import { assertLedgerInvariants } from '@/lib/ledger/check-invariants';
import { mailTo, makeUser } from '@/tests/helpers/accounts';
import { memberBalances } from '@/tests/helpers/ledger-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import {
  withdrawalTestConfig as config,
  credit,
  insertCharity,
  verifiedPaypal,
} from '@/tests/helpers/withdrawal-fixtures';
import { runDormantBalances } from './dormant-balances';

// Dormant balances with a fixed `now`: members' last activity is set
// relative to it (account creation, a session). Warned at 11 months once;
// at 12 paid to a saved method, donated with prior consent, or kept and
// reminded once; an active member is left alone; the ledger stays sound.

const now = new Date('2031-06-15T12:00:00Z');
const monthsBefore = (months: number, days = 0) => {
  const at = new Date(now);
  at.setUTCMonth(at.getUTCMonth() - months);
  at.setUTCDate(at.getUTCDate() - days);
  return at;
};

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

async function member(lastActive: Date, balanceMinor: number) {
  const user = await makeUser(t.db);
  await credit(t.db, user.id, balanceMinor);
  await t.db.execute(
    sql`update users set created_at = ${lastActive.toISOString()}::timestamptz where id = ${user.id}`,
  );
  return user;
}

const notices = (userId: string) =>
  t.db.select().from(dormantBalanceNotices).where(eq(dormantBalanceNotices.userId, userId));

describe('runDormantBalances', () => {
  it('warns once at 11 months, settles or reminds at 12, leaves active members alone', async () => {
    const warned = await member(monthsBefore(11, 3), 3_000);
    const paid = await member(monthsBefore(12, 1), 4_200);
    await verifiedPaypal(t.db, paid, `dormant-${randomUUID().slice(0, 8)}@example.com`);
    const donor = await member(monthsBefore(13), 1_500);
    const charity = await insertCharity(t.db, { name: 'Secours Default' });
    await t.db.execute(sql`update charities set is_default = true where id = ${charity.id}`);
    await t.db.execute(
      sql`insert into payout_preferences (user_id, dormant_donate) values (${donor.id}, true)`,
    );
    const kept = await member(monthsBefore(14), 900);
    const active = await member(monthsBefore(24), 5_000);
    await t.db.execute(sql`
      insert into user_sessions (user_id, created_at, last_seen_at, expires_at)
      values (${active.id}, ${monthsBefore(2).toISOString()}::timestamptz, ${monthsBefore(1).toISOString()}::timestamptz,
        ${now.toISOString()}::timestamptz)`);

    const report = await runDormantBalances(t.db, now, config);
    expect(report).toEqual({ warned: 1, paidOut: 1, donated: 1, reminded: 1 });

    // 11 months: a warning naming the date the balance would move; the money stays.
    expect((await notices(warned.id)).map((n) => [n.kind, n.balanceMinor])).toEqual([['warning', 3_000]]);
    expect((await mailTo(t.db, warned.email))[0]!.subject).toMatch(/30,00|30\.00/);
    expect(await memberBalances(t.db, warned.id)).toMatchObject({ available: 3_000, withdrawing: 0 });

    // 12 months with a verified PayPal method: the whole balance requested to it, for ops to approve and pay.
    const [payout] = await t.db.select().from(withdrawals).where(eq(withdrawals.userId, paid.id));
    expect(payout).toMatchObject({ status: 'requested', method: 'paypal', amountMinor: 4_200 });
    expect(await memberBalances(t.db, paid.id)).toMatchObject({ available: 0, withdrawing: 4_200 });
    expect((await notices(paid.id)).map((n) => [n.kind, n.withdrawalId])).toEqual([['paid_out', payout!.id]]);

    // Consent to donate, no method: to the default charity, through a charity method made for it.
    const [donation] = await t.db.select().from(withdrawals).where(eq(withdrawals.userId, donor.id));
    expect(donation).toMatchObject({
      method: 'charity',
      destinationLabel: 'Secours Default',
      amountMinor: 1_500,
    });
    const [charityMethod] = await t.db
      .select()
      .from(payoutMethods)
      .where(and(eq(payoutMethods.userId, donor.id), eq(payoutMethods.kind, 'charity')));
    expect(charityMethod!.charityId).toBe(charity.id);
    expect((await notices(donor.id)).map((n) => n.kind)).toEqual(['donated']);

    // Nothing chosen: kept, and the member reminded.
    expect(await memberBalances(t.db, kept.id)).toMatchObject({ available: 900, withdrawing: 0 });
    expect((await notices(kept.id)).map((n) => n.kind)).toEqual(['reminder']);
    expect((await mailTo(t.db, kept.email))[0]!.textBody).toContain('ajoutez un moyen de paiement');

    expect(await notices(active.id)).toEqual([]);

    // The daily job again: nothing new is sent or moved.
    expect(await runDormantBalances(t.db, now, config)).toEqual({
      warned: 0,
      paidOut: 0,
      donated: 0,
      reminded: 0,
    });
    expect(await mailTo(t.db, kept.email)).toHaveLength(1);
    expect(await t.db.select().from(withdrawals).where(eq(withdrawals.userId, paid.id))).toHaveLength(1);
  });

  it('a member warned at 11 months who stays away is settled at 12', async () => {
    const user = await member(monthsBefore(11, 5), 2_000);
    await verifiedPaypal(t.db, user, `later-${randomUUID().slice(0, 8)}@example.com`);
    await runDormantBalances(t.db, now, config);
    const later = new Date(now);
    later.setUTCMonth(later.getUTCMonth() + 1);
    await runDormantBalances(t.db, later, config);
    expect((await notices(user.id)).map((n) => n.kind).sort()).toEqual(['paid_out', 'warning']);
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 0, withdrawing: 2_000 });
  });
});
