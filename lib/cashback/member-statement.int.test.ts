import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { PageCursor } from '@/lib/admin/keyset';
import { makeUser } from '@/tests/helpers/accounts';
import { atMinute, toyIntakeDb } from '@/tests/helpers/toy-intake-db';
import { memberStatement, memberStatementExport, type StatementLine } from './member-statement';
import { bonus, purchase, withdraw } from './testing/member-fixtures';

// The statement on real Postgres: every line of the member's accounts and no
// one else's, newest first, signed as the member reads it, with the entry's
// label and the purchase it is about; pages that neither skip nor repeat; the
// export's bound.

const t = toyIntakeDb();

const at = atMinute;

/** The member's lines straight from SQL, newest first, signed as they read them. */
async function expectedLines(userId: string) {
  const { rows } = await t.db.execute<{ id: string; amount_minor: string }>(sql`
    select l.id, l.amount_minor from ledger_lines l join ledger_accounts a on a.id = l.account_id
    where a.user_id = ${userId} order by l.id desc`);
  return rows.map((row) => ({ id: Number(row.id), amountMinor: 0 - Number(row.amount_minor) }));
}

async function walk(userId: string, limit: number, start: PageCursor | null = null) {
  const pages: StatementLine[][] = [];
  let cursor = start;
  for (let guard = 0; guard < 100; guard++) {
    const page = await memberStatement(t.db, { userId, cursor, limit });
    pages.push(page.items);
    const next = start?.direction === 'newer' ? page.newer : page.older;
    if (!next) break;
    cursor = { direction: start?.direction ?? 'older', id: next };
  }
  return pages;
}

describe('memberStatement', () => {
  it('lists every line of the member’s accounts, newest first, labelled, signed from their side', async () => {
    const member = await makeUser(t.db);
    const other = await makeUser(t.db);
    const p = await purchase(t.db, t.account, member.id);
    await p.send({ commission: '1000', at: at(0) });
    await p.send({ commission: '1000', status: 'approved', at: at(1) });
    const withdrawal = await withdraw(t.db, member.id, 300);
    await withdrawal.pay();
    await bonus(t.db, member.id, 250);
    await (await purchase(t.db, t.account, other.id)).send({ commission: '1000', at: at(0) });

    const page = await memberStatement(t.db, { userId: member.id });
    const seen = page.items.map(({ label, account: kind, amount, purchase: about }) => ({
      label,
      account: kind,
      amountMinor: amount.amountMinor,
      store: about?.merchantName ?? null,
    }));
    expect(seen).toEqual([
      { label: 'bonus', account: 'available', amountMinor: 250, store: null },
      { label: 'withdrawal_paid', account: 'withdrawing', amountMinor: -300, store: null },
      // The request moves money between two of the member's balances: two lines.
      { label: 'withdrawal_requested', account: 'withdrawing', amountMinor: 300, store: null },
      { label: 'withdrawal_requested', account: 'available', amountMinor: -300, store: null },
      {
        label: 'payable',
        account: 'available',
        amountMinor: 500,
        store: expect.stringMatching(/^Ledger shop/),
      },
      {
        label: 'payable',
        account: 'pending',
        amountMinor: -500,
        store: expect.stringMatching(/^Ledger shop/),
      },
      {
        label: 'tracked',
        account: 'pending',
        amountMinor: 500,
        store: expect.stringMatching(/^Ledger shop/),
      },
    ]);
    // Within an entry, lines follow the ledger's own order (line ids), the same as SQL's.
    expect(page.items.map((line) => ({ id: line.id, amountMinor: line.amount.amountMinor }))).toEqual(
      await expectedLines(member.id),
    );
    expect(page.items[page.items.length - 1]!.purchase).toEqual({
      id: await p.conversionId(),
      merchantName: expect.any(String),
      orderRef: `ORD-${p.clickId.slice(-6)}`,
    });
    expect(page).toMatchObject({ newer: null, older: null });
    expect((await memberStatement(t.db, { userId: other.id })).items).toHaveLength(1);
    expect((await memberStatement(t.db, { userId: 'nobody' })).items).toEqual([]);
  });

  it('pages older and back newer without skipping or repeating', async () => {
    const member = await makeUser(t.db);
    for (let i = 0; i < 4; i++) {
      const p = await purchase(t.db, t.account, member.id);
      await p.send({ commission: '1000', at: at(0) });
      await p.send({ commission: '1000', status: 'approved', at: at(1) });
    }
    await bonus(t.db, member.id, 100);
    const expected = (await expectedLines(member.id)).map((line) => line.id);
    expect(expected).toHaveLength(13);
    for (const limit of [1, 2, 5, 13, 100]) {
      const pages = await walk(member.id, limit);
      expect(
        pages.flat().map((line) => line.id),
        `limit ${limit}`,
      ).toEqual(expected);
      expect(pages).toHaveLength(Math.ceil(13 / limit));
    }
    const back = await walk(member.id, 3, { direction: 'newer', id: String(expected[12]) });
    expect(
      back
        .reverse()
        .flat()
        .map((line) => line.id),
    ).toEqual(expected.slice(0, 12));
  });

  it('a cursor from another member’s statement shows none of their lines; a malformed one is the first page', async () => {
    const member = await makeUser(t.db);
    const other = await makeUser(t.db);
    await bonus(t.db, member.id, 100);
    await bonus(t.db, other.id, 200);
    await bonus(t.db, member.id, 300);
    const theirs = (await expectedLines(other.id))[0]!.id;
    const older = await memberStatement(t.db, {
      userId: member.id,
      cursor: { direction: 'older', id: String(theirs) },
    });
    expect(older.items.map((line) => line.amount.amountMinor)).toEqual([100]);
    const first = await memberStatement(t.db, {
      userId: member.id,
      cursor: { direction: 'older', id: '1 or 1=1' },
    });
    expect(first.items.map((line) => line.amount.amountMinor)).toEqual([300, 100]);
  });
});

describe('memberStatementExport', () => {
  it('is the newest lines up to the bound, and says when older ones were left out', async () => {
    const member = await makeUser(t.db);
    for (const amount of [100, 200, 300]) await bonus(t.db, member.id, amount);
    expect(await memberStatementExport(t.db, member.id)).toMatchObject({ truncated: false });
    const bounded = await memberStatementExport(t.db, member.id, 2);
    expect(bounded.truncated).toBe(true);
    expect(bounded.lines.map((line) => line.amount.amountMinor)).toEqual([300, 200]);
    expect(await memberStatementExport(t.db, 'nobody')).toEqual({ lines: [], truncated: false });
  });
});
