import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { makeUser } from '@/tests/helpers/accounts';
import { sendToyPostback } from '@/tests/helpers/ingestion-fixtures';
import { insertTermsClick, memberBalances, platformBalances } from '@/tests/helpers/ledger-fixtures';
import { toyIntakeDb } from '@/tests/helpers/toy-intake-db';
import { assertLedgerInvariants } from './check-invariants';

// The welcome bonus through the real intake (a toy network whose sale is ten
// times its commission: 5 % of the sale is half the commission), with a bonus
// of 5,00 € configured for this file (the other ledger tests run with none, so
// their amounts stay the split's alone). Ledger invariants after each test.

process.env.WELCOME_BONUS_MINOR = '500';

const t = toyIntakeDb();
afterEach(async () => {
  await assertLedgerInvariants(t.db);
});

async function purchase(userId: string) {
  const click = await insertTermsClick(t.db, userId);
  const id = `W-${click.id}`;
  return (query: Record<string, string>) => sendToyPostback(t.db, t.account, { id, sub: click.id, ...query });
}

async function bonusEntries(userId: string) {
  const rows = await t.db.execute<{ kind: string; source_key: string }>(sql`
    select kind, source_key from ledger_entries where source_type = 'bonus' and user_id = ${userId}`);
  return rows.rows;
}

describe('the welcome bonus', () => {
  it('is credited from marketing expense when the first cashback is confirmed, and only then', async () => {
    const member = await makeUser(t.db);
    const marketingBefore = (await platformBalances(t.db)).marketing_expense ?? 0;
    const first = await purchase(member.id);
    await first({ commission: '1000' });
    // Tracked: no bonus yet.
    expect(await memberBalances(t.db, member.id)).toMatchObject({ pending: 500, available: 0 });
    expect(await bonusEntries(member.id)).toEqual([]);

    await first({ commission: '1000', status: 'approved' });
    expect(await memberBalances(t.db, member.id)).toMatchObject({ pending: 0, available: 500 + 500 });
    expect(await bonusEntries(member.id)).toEqual([
      { kind: 'welcome_bonus', source_key: `welcome:${member.id}` },
    ]);
    expect((await platformBalances(t.db)).marketing_expense).toBe(marketingBefore + 500);

    // A second confirmed purchase, and the first one confirmed again (paid by the network): no second bonus.
    const second = await purchase(member.id);
    await second({ commission: '2000', status: 'approved' });
    await first({ commission: '1000', status: 'paid' });
    expect(await bonusEntries(member.id)).toHaveLength(1);
    expect(await memberBalances(t.db, member.id)).toMatchObject({ available: 500 + 1_000 + 500 });
  });

  it('a declined purchase earns none; two purchases confirmed at once earn one', async () => {
    const member = await makeUser(t.db);
    const declined = await purchase(member.id);
    await declined({ commission: '1000' });
    await declined({ commission: '1000', status: 'declined' });
    expect(await bonusEntries(member.id)).toEqual([]);

    const a = await purchase(member.id);
    const b = await purchase(member.id);
    await a({ commission: '1000' });
    await b({ commission: '3000' });
    await Promise.all([
      a({ commission: '1000', status: 'approved' }),
      b({ commission: '3000', status: 'approved' }),
    ]);
    expect(await bonusEntries(member.id)).toHaveLength(1);
    expect(await memberBalances(t.db, member.id)).toMatchObject({ available: 500 + 1_500 + 500 });
  });

  it('a purchase cancelled after its confirmation keeps the bonus it earned', async () => {
    const member = await makeUser(t.db);
    const p = await purchase(member.id);
    await p({ commission: '1000', status: 'approved' });
    expect(await memberBalances(t.db, member.id)).toMatchObject({ available: 1_000 });
    await p({ commission: '1000', status: 'declined' });
    expect(await bonusEntries(member.id)).toHaveLength(1);
    expect(await memberBalances(t.db, member.id)).toMatchObject({ available: 500 });
  });
});
