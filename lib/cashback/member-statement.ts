import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { isUuid } from '@/lib/accounts/account-user';
import { clampLimit, type KeysetPage, keysetPage, type PageCursor } from '@/lib/admin/keyset';
import type { Money } from '@/lib/money';

// The member's statement (/account/statement and its CSV): every line posted
// to one of their accounts (pending, confirmed, available, withdrawing, owed),
// newest first, with the entry's label (tracked, confirmed, bonus,
// withdrawal_paid…) and, when the entry is about a purchase, its store and
// order. Amounts are signed as the member reads them: a credit to what we owe
// them is positive, and so is a debt they repay.
//
// Lines are paged by their id, which grows with every posting. The member has
// a handful of accounts: each one is read along ledger_lines_account_idx
// (account_id, id desc) for at most one page of ids, the pages are merged and
// only then are the lines read, so a page costs the same for a member with ten
// lines or a hundred thousand.

export const STATEMENT_PAGE_SIZE = 50;
export const STATEMENT_PAGE_SIZE_MAX = 100;
/** The CSV export's bound: the newest lines, enough for years of a busy member. */
export const STATEMENT_EXPORT_MAX = 10_000;

export type StatementAccount = 'pending' | 'confirmed' | 'available' | 'withdrawing' | 'owed';

export type StatementLine = {
  id: number;
  entryId: number;
  at: Date;
  /** The entry's kind: the label the statement shows (`tracked`, `confirmed`, `bonus`…). */
  label: string;
  account: StatementAccount;
  /** Signed from the member's side: positive is money towards them. */
  amount: Money;
  purchase: { id: string; merchantName: string | null; orderRef: string | null } | null;
};

const ACCOUNT: Record<string, StatementAccount> = {
  member_pending: 'pending',
  member_confirmed: 'confirmed',
  member_available: 'available',
  member_withdrawing: 'withdrawing',
  member_receivable: 'owed',
};

type Row = {
  id: string | number;
  entry_id: string | number;
  created_at: Date | string;
  amount_minor: string | number;
  currency: string;
  account_kind: string;
  label: string;
  conversion_id: string | null;
  merchant_name: string | null;
  order_ref: string | null;
};

const LINE_ID = /^[1-9]\d{0,17}$/;

/** One page of the member's statement, newest line first; `?after=<line id>` is older, `?before=` newer. */
export async function memberStatement(
  db: DbOrTx,
  input: { userId: string; cursor?: PageCursor | null; limit?: number },
): Promise<KeysetPage<StatementLine>> {
  const limit = clampLimit(input.limit, STATEMENT_PAGE_SIZE, STATEMENT_PAGE_SIZE_MAX);
  if (!isUuid(input.userId)) return { items: [], newer: null, older: null };
  // A cursor that is not a line id is ignored (first page), as a stale or hand-typed link would be.
  const cursor = input.cursor && LINE_ID.test(input.cursor.id) ? input.cursor : null;
  const rows = await statementRows(db, input.userId, limit + 1, cursor);
  return keysetPage(rows, limit, cursor);
}

/** The newest `max` lines (at most STATEMENT_EXPORT_MAX), newest first, and whether older ones were left out. */
export async function memberStatementExport(
  db: DbOrTx,
  userId: string,
  max = STATEMENT_EXPORT_MAX,
): Promise<{ lines: StatementLine[]; truncated: boolean }> {
  if (!isUuid(userId)) return { lines: [], truncated: false };
  const bound = clampLimit(max, STATEMENT_EXPORT_MAX, STATEMENT_EXPORT_MAX);
  const rows = await statementRows(db, userId, bound + 1, null);
  return { lines: rows.slice(0, bound), truncated: rows.length > bound };
}

async function statementRows(
  db: DbOrTx,
  userId: string,
  count: number,
  cursor: PageCursor | null,
): Promise<StatementLine[]> {
  const newer = cursor?.direction === 'newer';
  const where: SQL = cursor ? sql`and l.id ${newer ? sql`>` : sql`<`} ${cursor.id}::bigint` : sql``;
  const order = newer ? sql`asc` : sql`desc`;
  // Per account, the page's line ids along ledger_lines_account_idx (account_id, id DESC NULLS LAST),
  // then merged. The NULLS clause is the index's own (ids are never null, but the planner matches the
  // order literally): with it, this index is the only way to that order, so the planner cannot walk
  // the primary key backwards instead, filtering out everyone else's lines (all of the table, for a
  // member with fewer lines than a page).
  const accountOrder = newer ? sql`l.id asc nulls first` : sql`l.id desc nulls last`;
  const { rows } = await db.execute<Row>(sql`
    select l.id, l.entry_id, l.created_at, l.amount_minor, l.currency, p.account_kind,
      e.kind as label, e.conversion_id, m.name as merchant_name, c.order_ref
    from (
      select ids.id, a.kind as account_kind
      from ledger_accounts a
      cross join lateral (
        select l.id from ledger_lines l
        where l.account_id = a.id ${where}
        order by ${accountOrder}
        limit ${count}
      ) ids
      where a.user_id = ${userId} and a.kind::text like 'member_%'
      order by ids.id ${order}
      limit ${count}
    ) p
    join ledger_lines l on l.id = p.id
    join ledger_entries e on e.id = l.entry_id
    left join conversions c on c.id = e.conversion_id
    left join merchants m on m.id = c.merchant_id
    order by p.id ${order}`);
  return rows.map(toLine);
}

function toLine(row: Row): StatementLine {
  const account = ACCOUNT[row.account_kind];
  if (!account) throw new Error(`a member statement line on a ${row.account_kind} account`);
  return {
    id: Number(row.id),
    entryId: Number(row.entry_id),
    at: new Date(row.created_at),
    label: row.label,
    account,
    // Debit positive in the ledger: what is owed to the member, or repaid by them, is a credit.
    amount: { amountMinor: 0 - Number(row.amount_minor), currency: row.currency.trim() },
    purchase: row.conversion_id
      ? { id: row.conversion_id, merchantName: row.merchant_name, orderRef: row.order_ref }
      : null,
  };
}
