import { describe, expect, it } from 'vitest';
import { assertLedgerInvariants } from '@/lib/ledger/check-invariants';
import { makeUser } from '@/tests/helpers/accounts';
import { atMinute, toyIntakeDb } from '@/tests/helpers/toy-intake-db';
import { memberBalances } from './member-balances';
import { lastMonths, monthlyEarnings } from './monthly-earnings';
import { bonus, purchase, withdraw } from './testing/member-fixtures';

// The dashboard's two reads on real Postgres, fed by the real intake and
// ledger: balances as the member reads them (paid out included, what a
// clawback left owing, other currencies after the default one), and cashback
// by month of purchase in Paris time.

const t = toyIntakeDb();

const at = atMinute;

describe('memberBalances', () => {
  it('is nothing for a member without money, or an id that is not one', async () => {
    const member = await makeUser(t.db);
    expect(await memberBalances(t.db, member.id)).toEqual([]);
    expect(await memberBalances(t.db, 'nobody')).toEqual([]);
  });

  it('reads pending, available, withdrawing, owed and paid out as the member sees them, per currency', async () => {
    const member = await makeUser(t.db);
    const other = await makeUser(t.db);
    const tracked = await purchase(t.db, t.account, member.id);
    await tracked.send({ commission: '1000', at: at(0) });
    const approved = await purchase(t.db, t.account, member.id);
    await approved.send({ commission: '1000', status: 'approved', at: at(0) });
    await (await purchase(t.db, t.account, other.id)).send({
      commission: '4000',
      status: 'approved',
      at: at(0),
    });

    expect(await memberBalances(t.db, member.id)).toEqual([
      {
        currency: 'EUR',
        pendingMinor: 500,
        confirmedMinor: 0,
        availableMinor: 500,
        withdrawingMinor: 0,
        owedMinor: 0,
        paidMinor: 0,
      },
    ]);

    // 3,00 € asked for; then the network takes the approved purchase back: the 2,00 € left available
    // go, and the 3,00 € being withdrawn are owed.
    const withdrawal = await withdraw(t.db, member.id, 300);
    await approved.send({ commission: '1000', status: 'paid', at: at(1) });
    await approved.send({ commission: '0', status: 'paid', at: at(2) });
    expect(await memberBalances(t.db, member.id)).toMatchObject([
      { availableMinor: 0, withdrawingMinor: 300, owedMinor: 300, paidMinor: 0 },
    ]);
    await withdrawal.pay();
    await bonus(t.db, member.id, 1500, 'USD');
    await bonus(t.db, member.id, 200);
    expect(await memberBalances(t.db, member.id)).toEqual([
      {
        currency: 'EUR',
        pendingMinor: 500,
        confirmedMinor: 0,
        // The 2,00 € bonus repays nothing by itself (only purchase credits repay what is owed).
        availableMinor: 200,
        withdrawingMinor: 0,
        owedMinor: 300,
        paidMinor: 300,
      },
      {
        currency: 'USD',
        pendingMinor: 0,
        confirmedMinor: 0,
        availableMinor: 1500,
        withdrawingMinor: 0,
        owedMinor: 0,
        paidMinor: 0,
      },
    ]);
    // Another default currency comes first.
    expect((await memberBalances(t.db, member.id, 'USD')).map((b) => b.currency)).toEqual(['USD', 'EUR']);
    expect(await memberBalances(t.db, other.id)).toMatchObject([{ availableMinor: 2000, paidMinor: 0 }]);
    await assertLedgerInvariants(t.db);
  });
});

describe('monthlyEarnings', () => {
  const now = new Date('2026-11-15T12:00:00Z');

  it('sums each Paris month’s purchases, confirmed apart from pending, cancelled and older ones left out', async () => {
    const member = await makeUser(t.db);
    const other = await makeUser(t.db);
    const buy = async (userId: string, converted: string, query: Record<string, string>) =>
      (await purchase(t.db, t.account, userId)).send({ converted, at: at(0), ...query });

    await buy(member.id, '2026-11-01T09:00:00Z', { commission: '1000' }); // Nov, pending 500
    // 23:30 UTC on 31 October is 00:30 on 1 November in Paris (UTC+1 since the 25th).
    await buy(member.id, '2026-10-31T23:30:00Z', { commission: '2000', status: 'approved' }); // Nov, confirmed 1000
    await buy(member.id, '2026-10-15T09:00:00Z', { commission: '800', status: 'approved' }); // Oct, confirmed 400
    await buy(member.id, '2026-10-16T09:00:00Z', { commission: '600' }); // Oct, pending 300
    await buy(member.id, '2026-10-17T09:00:00Z', { commission: '5000', status: 'declined' }); // cancelled: nothing
    // Midnight on 1 December 2025 in Paris is the first instant of the window…
    await buy(member.id, '2025-11-30T23:00:00Z', { commission: '200' }); // Dec 2025, pending 100
    // …and a second before it is out.
    await buy(member.id, '2025-11-30T22:59:59Z', { commission: '9000', status: 'approved' });
    await buy(other.id, '2026-11-02T09:00:00Z', { commission: '7000' });

    const series = await monthlyEarnings(t.db, member.id, { now });
    expect(series).toHaveLength(1);
    expect(series[0]!.currency).toBe('EUR');
    expect(series[0]!.months.map((month) => month.month)).toEqual(lastMonths(now, 12));
    const byMonth = Object.fromEntries(series[0]!.months.map(({ month, ...rest }) => [month, rest]));
    expect(byMonth['2026-11']).toEqual({ confirmedMinor: 1000, pendingMinor: 500 });
    expect(byMonth['2026-10']).toEqual({ confirmedMinor: 400, pendingMinor: 300 });
    expect(byMonth['2025-12']).toEqual({ confirmedMinor: 0, pendingMinor: 100 });
    const total = series[0]!.months.reduce(
      (sum, month) => sum + month.confirmedMinor + month.pendingMinor,
      0,
    );
    expect(total).toBe(2300);

    expect(await monthlyEarnings(t.db, member.id, { now, months: 1 })).toEqual([
      { currency: 'EUR', months: [{ month: '2026-11', confirmedMinor: 1000, pendingMinor: 500 }] },
    ]);
  });

  it('is no series for a member without purchases in the window', async () => {
    const member = await makeUser(t.db);
    expect(await monthlyEarnings(t.db, member.id, { now })).toEqual([]);
    expect(await monthlyEarnings(t.db, 'nobody', { now })).toEqual([]);
  });
});
