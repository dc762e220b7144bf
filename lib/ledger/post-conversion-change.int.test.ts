import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { assignConversion } from '@/lib/conversions/assign-conversion';
import { makeUser } from '@/tests/helpers/accounts';
import { sendToyPostback } from '@/tests/helpers/ingestion-fixtures';
import { insertTermsClick, memberBalances, platformBalances } from '@/tests/helpers/ledger-fixtures';
import { atMinute, toyIntakeDb } from '@/tests/helpers/toy-intake-db';
import { assertLedgerInvariants } from './check-invariants';
import { flaggedPurchases } from './flagged-purchases';
import { postConversionChange } from './post-conversion-change';
import { postEntry } from './post-entry';

// Conversion changes → ledger on real Postgres, through the real intake (a toy
// network whose sale is ten times its commission, so 5 % of the sale is half
// the commission). Every scenario ends with the invariants checked.

const t = toyIntakeDb();

const at = atMinute;

async function purchase(userId: string, spec = {}) {
  const click = await insertTermsClick(t.db, userId, spec);
  const id = `T-${click.id}`;
  const send = (query: Record<string, string>) =>
    sendToyPostback(t.db, t.account, { id, sub: click.id, ...query });
  return { click, id, send };
}

async function memberPurchase(conversionNetworkId: string) {
  const rows = await t.db.execute<{ status: string; member_minor: string; flagged: string | null }>(sql`
    select m.status, m.member_minor, m.flagged from member_cashback m
    join conversions c on c.id = m.conversion_id where c.network_conversion_id = ${conversionNetworkId}`);
  const row = rows.rows[0];
  return row ? { status: row.status, memberMinor: Number(row.member_minor), flagged: row.flagged } : null;
}

async function timeline(conversionNetworkId: string) {
  const rows = await t.db.execute<{ kind: string }>(sql`
    select e.kind from member_cashback_events e join conversions c on c.id = e.conversion_id
    where c.network_conversion_id = ${conversionNetworkId} order by e.id`);
  return rows.rows.map((row) => row.kind);
}

describe('postConversionChange', () => {
  it('tracks, amends, confirms and is paid: each step moves exactly the difference', async () => {
    const member = await makeUser(t.db);
    const p = await purchase(member.id);

    await p.send({ commission: '1000', at: at(0) });
    expect(await memberPurchase(p.id)).toEqual({ status: 'tracked', memberMinor: 500, flagged: null });
    expect(await memberBalances(t.db, member.id)).toMatchObject({ pending: 500, available: 0 });
    await assertLedgerInvariants(t.db);

    await p.send({ commission: '801', at: at(1) });
    // 5 % of 80,10 € = 4,005 € → rounded down for the member: 4,00 €; the platform keeps 4,01 €.
    expect(await memberPurchase(p.id)).toMatchObject({ memberMinor: 400 });
    expect(await memberBalances(t.db, member.id)).toMatchObject({ pending: 400 });
    await assertLedgerInvariants(t.db);

    await p.send({ commission: '801', status: 'approved', at: at(2) });
    expect(await memberPurchase(p.id)).toMatchObject({ status: 'payable', memberMinor: 400 });
    expect(await memberBalances(t.db, member.id)).toMatchObject({ pending: 0, available: 400 });

    await p.send({ commission: '801', status: 'paid', at: at(3) });
    const platform = await platformBalances(t.db);
    expect(platform.cash).toBeGreaterThanOrEqual(801);
    expect(await timeline(p.id)).toEqual(['tracked', 'amended', 'payable']);
    await assertLedgerInvariants(t.db);
  });

  it('posts nothing more when the same postback comes again', async () => {
    const member = await makeUser(t.db);
    const p = await purchase(member.id);
    await p.send({ commission: '1000', at: at(0) });
    const count = async () =>
      Number((await t.db.execute<{ n: string }>(sql`select count(*) as n from ledger_lines`)).rows[0]!.n);
    const before = await count();
    await p.send({ commission: '1000', at: at(0) });
    await p.send({ commission: '1000', at: at(0) });
    expect(await count()).toBe(before);
    expect(await memberBalances(t.db, member.id)).toMatchObject({ pending: 500 });
  });

  it('a decline reverses what is pending', async () => {
    const member = await makeUser(t.db);
    const p = await purchase(member.id);
    await p.send({ commission: '1000', at: at(0) });
    await p.send({ commission: '1000', status: 'declined', at: at(1) });
    expect(await memberPurchase(p.id)).toMatchObject({ status: 'cancelled' });
    expect(await memberBalances(t.db, member.id)).toMatchObject({ pending: 0, available: 0 });
    expect(await timeline(p.id)).toEqual(['tracked', 'cancelled']);
    await assertLedgerInvariants(t.db);
  });

  it('a clawback after payment the member cannot cover becomes what they owe, flagged to ops', async () => {
    const member = await makeUser(t.db);
    const p = await purchase(member.id);
    await p.send({ commission: '1000', status: 'approved', at: at(0) });
    await p.send({ commission: '1000', status: 'paid', at: at(1) });
    expect(await memberBalances(t.db, member.id)).toMatchObject({ available: 500 });
    // The member withdraws 3,00 € of the 5,00 €.
    await postEntry(t.db, {
      sourceType: 'withdrawal',
      sourceKey: `test-${member.id}`,
      kind: 'withdrawal_requested',
      userId: member.id,
      lines: [
        { account: { kind: 'member_available', userId: member.id, currency: 'EUR' }, amountMinor: 300 },
        { account: { kind: 'member_withdrawing', userId: member.id, currency: 'EUR' }, amountMinor: -300 },
      ],
    });
    // The network reverses the whole commission after paying it (a clawback: a reversal line, status stays paid).
    await p.send({ commission: '0', status: 'paid', at: at(2) });
    expect(await memberBalances(t.db, member.id)).toMatchObject({
      available: 0,
      withdrawing: 300,
      owed: 300,
    });
    expect(await memberPurchase(p.id)).toMatchObject({ memberMinor: 0, flagged: 'clawback' });
    expect(await timeline(p.id)).toEqual(['tracked', 'payable', 'amended', 'clawback']);
    const [conversion] = (
      await t.db.execute<{ flagged: boolean }>(
        sql`select flagged from conversions where network_conversion_id = ${p.id}`,
      )
    ).rows;
    expect(conversion!.flagged).toBe(true);
    const flagged = (await flaggedPurchases(t.db)).find((item) => item.networkConversionId === p.id);
    expect(flagged).toMatchObject({ flag: 'clawback', owedMinor: 300, userId: member.id });
    // The network had paid us: the money stays in cash, the receivable turns negative (we owe it back).
    await assertLedgerInvariants(t.db);

    // The next purchase repays the debt first.
    const q = await purchase(member.id);
    await q.send({ commission: '1000', status: 'approved', at: at(3) });
    expect(await memberBalances(t.db, member.id)).toMatchObject({ available: 200, owed: 0 });
    await assertLedgerInvariants(t.db);
  });

  it('an orphan is all margin until ops assign it; then the member gets their share', async () => {
    const member = await makeUser(t.db);
    const ops = await makeUser(t.db, { role: 'ops' });
    const click = await insertTermsClick(t.db, member.id);
    const id = `ORPHAN-${click.id}`;
    await sendToyPostback(t.db, t.account, { id, commission: '1000', at: at(0) });
    expect(await memberPurchase(id)).toBeNull();
    const [conversion] = (
      await t.db.execute<{ id: string }>(sql`select id from conversions where network_conversion_id = ${id}`)
    ).rows;
    await assertLedgerInvariants(t.db);
    await assignConversion(t.db, {
      actor: ops,
      conversionId: conversion!.id,
      memberEmail: member.email,
      clickId: click.id,
      ip: null,
    });
    expect(await memberPurchase(id)).toMatchObject({ status: 'tracked', memberMinor: 500 });
    expect(await memberBalances(t.db, member.id)).toMatchObject({ pending: 500 });
    await assertLedgerInvariants(t.db);
  });

  it('with the network_paid hold rule, approval confirms and the network’s payment makes it payable', async () => {
    const member = await makeUser(t.db);
    const p = await purchase(member.id);
    await p.send({ commission: '1000', at: at(0) });
    let revision = 100;
    const change = async () => {
      revision += 1;
      return Number(
        (
          await t.db.execute<{ id: string }>(sql`
            insert into conversion_changes (conversion_id, revision, status, commission_minor, currency)
            select id, revision + ${revision}, status, commission_minor, currency
            from conversions where network_conversion_id = ${p.id}
            returning id`)
        ).rows[0]!.id,
      );
    };
    await t.db.execute(sql`update conversions set status = 'approved' where network_conversion_id = ${p.id}`);
    const approved = await change();
    await t.db.transaction((tx) => postConversionChange(tx, approved, { holdRule: 'network_paid' }));
    expect(await memberPurchase(p.id)).toMatchObject({ status: 'confirmed' });
    expect(await memberBalances(t.db, member.id)).toMatchObject({ pending: 0, confirmed: 500, available: 0 });
    await t.db.execute(sql`update conversions set status = 'paid' where network_conversion_id = ${p.id}`);
    const paid = await change();
    await t.db.transaction((tx) => postConversionChange(tx, paid, { holdRule: 'network_paid' }));
    expect(await memberBalances(t.db, member.id)).toMatchObject({ confirmed: 0, available: 500 });
    await assertLedgerInvariants(t.db);
  });

  it('the same change offered 10 times at once posts once', async () => {
    const member = await makeUser(t.db);
    const p = await purchase(member.id);
    await p.send({ commission: '1000', at: at(0) });
    await t.db.execute(sql`update conversions set status = 'approved' where network_conversion_id = ${p.id}`);
    const [row] = (
      await t.db.execute<{ id: string }>(sql`
        insert into conversion_changes (conversion_id, revision, status, commission_minor, currency)
        select id, revision + 1, status, commission_minor, currency from conversions where network_conversion_id = ${p.id}
        returning id`)
    ).rows;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => t.db.transaction((tx) => postConversionChange(tx, Number(row!.id)))),
    );
    expect(results.filter((r) => r.posted)).toHaveLength(1);
    const entries = await t.db.execute<{ n: string }>(
      sql`select count(*) as n from ledger_entries where source_type = 'conversion_change' and source_key = ${row!.id}`,
    );
    expect(Number(entries.rows[0]!.n)).toBe(1);
    expect(await memberBalances(t.db, member.id)).toMatchObject({ pending: 0, available: 500 });
    await assertLedgerInvariants(t.db);
  });

  it('a capped rate pays at most its cap; a subsidised rate beyond the commission is marketing expense', async () => {
    const member = await makeUser(t.db);
    const capped = await purchase(member.id, { rateBps: 500, capMinor: 300 });
    await capped.send({ commission: '1000', at: at(0) });
    expect(await memberPurchase(capped.id)).toMatchObject({ memberMinor: 300 });

    const subsidised = await purchase(member.id, { rateBps: 2000, subsidised: true });
    // 20 % of 100,00 € = 20,00 € against a 10,00 € commission: we fund the other 10,00 €.
    await subsidised.send({ commission: '1000', at: at(0) });
    expect(await memberPurchase(subsidised.id)).toMatchObject({ memberMinor: 2000 });
    expect((await platformBalances(t.db)).marketing_expense).toBe(1000);

    const unsubsidised = await purchase(member.id, { rateBps: 2000 });
    await unsubsidised.send({ commission: '1000', at: at(0) });
    expect(await memberPurchase(unsubsidised.id)).toMatchObject({ memberMinor: 1000 });
    await assertLedgerInvariants(t.db);
  });
});

describe('new-customer rates', () => {
  it('apply when the network says the customer is new, not when it says returning or nothing', async () => {
    const member = await makeUser(t.db);
    const spec = { rateBps: 200, newCustomerRateBps: 1000 };
    const fresh = await purchase(member.id, spec);
    await fresh.send({ commission: '2000', new: '1', at: at(0) });
    // 10 % of 200,00 € = 20,00 €, within the 20,00 € commission.
    expect(await memberPurchase(fresh.id)).toMatchObject({ memberMinor: 2000 });
    const returning = await purchase(member.id, spec);
    await returning.send({ commission: '2000', new: '0', at: at(0) });
    expect(await memberPurchase(returning.id)).toMatchObject({ memberMinor: 400 });
    const unknown = await purchase(member.id, spec);
    await unknown.send({ commission: '2000', at: at(0) });
    expect(await memberPurchase(unknown.id)).toMatchObject({ memberMinor: 400 });
    await assertLedgerInvariants(t.db);
  });
});

describe('the ledger tables', () => {
  it('refuse an update or a delete of a line or an entry', async () => {
    const member = await makeUser(t.db);
    const p = await purchase(member.id);
    await p.send({ commission: '1000', at: at(0) });
    const refusal = async (statement: ReturnType<typeof sql>) => {
      const error = await t.db.execute(statement).then(
        () => null,
        (e: { cause?: { message?: string } }) => e.cause?.message ?? '',
      );
      return error;
    };
    expect(await refusal(sql`update ledger_lines set amount_minor = amount_minor + 1`)).toMatch(
      /append-only/,
    );
    expect(await refusal(sql`delete from ledger_entries`)).toMatch(/append-only/);
    await assertLedgerInvariants(t.db);
  });

  it('refuse, at commit, an entry that does not balance', async () => {
    const error = await t.db
      .transaction(async (tx) => {
        const [entry] = (
          await tx.execute<{ id: string }>(sql`
            insert into ledger_entries (source_type, source_key, kind) values ('adjustment', 'unbalanced', 'test') returning id`)
        ).rows;
        const [acct] = (
          await tx.execute<{ id: number }>(sql`
            insert into ledger_accounts (kind, currency) values ('cash', 'EUR')
            on conflict on constraint ledger_accounts_owner_key do update set currency = excluded.currency returning id`)
        ).rows;
        await tx.execute(sql`
          insert into ledger_lines (entry_id, account_id, amount_minor, currency) values (${entry!.id}, ${acct!.id}, 5, 'EUR')`);
      })
      .then(
        () => 'committed',
        (e: { message?: string; cause?: { message?: string } }) => e.cause?.message ?? e.message ?? '',
      );
    expect(error).toMatch(/does not balance/);
  });
});
