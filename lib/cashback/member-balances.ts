import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import type { LedgerAccountKind } from '@/db/schema';
import { isUuid } from '@/lib/accounts/account-user';
import { naturalBalance } from '@/lib/ledger/account-spec';

// Where a member's money stands, per currency, as they read it (positive =
// owed to them): the cached balances of their ledger accounts (one indexed
// read of a handful of rows, whatever the number of lines behind them), plus
// what has been paid out to them, summed from the debits to their
// withdrawing account made by `withdrawal_paid` entries. That account only
// ever carries withdrawal lines, so the sum is bounded by their withdrawals,
// not by their purchases. `owed` is what a clawback left them owing us
// (member_receivable), repaid from later credits.

export type MemberBalance = {
  currency: string;
  pendingMinor: number;
  confirmedMinor: number;
  availableMinor: number;
  withdrawingMinor: number;
  owedMinor: number;
  paidMinor: number;
};

type Row = {
  kind: LedgerAccountKind;
  currency: string;
  balance_minor: string | number;
  paid_minor: string | number;
};

const FIELD: Partial<Record<LedgerAccountKind, keyof Omit<MemberBalance, 'currency' | 'paidMinor'>>> = {
  member_pending: 'pendingMinor',
  member_confirmed: 'confirmedMinor',
  member_available: 'availableMinor',
  member_withdrawing: 'withdrawingMinor',
  member_receivable: 'owedMinor',
};

/** The member's balances, one entry per currency they hold money in, the default currency first. */
export async function memberBalances(
  db: DbOrTx,
  userId: string,
  defaultCurrency = 'EUR',
): Promise<MemberBalance[]> {
  if (!isUuid(userId)) return [];
  const { rows } = await db.execute<Row>(sql`
    select a.kind, a.currency, a.balance_minor,
      case when a.kind = 'member_withdrawing' then coalesce((
        select sum(l.amount_minor) from ledger_lines l join ledger_entries e on e.id = l.entry_id
        where l.account_id = a.id and l.amount_minor > 0 and e.kind = 'withdrawal_paid'
      ), 0) else 0 end as paid_minor
    from ledger_accounts a
    where a.user_id = ${userId} and a.kind::text like 'member_%'`);
  const byCurrency = new Map<string, MemberBalance>();
  for (const row of rows) {
    const currency = row.currency.trim();
    let balance = byCurrency.get(currency);
    if (!balance) {
      balance = emptyBalance(currency);
      byCurrency.set(currency, balance);
    }
    const field = FIELD[row.kind];
    // `|| 0`: a zero liability negates to -0, which Intl would print as "-0,00 €".
    if (field) balance[field] = naturalBalance(row.kind, Number(row.balance_minor)) || 0;
    balance.paidMinor += Number(row.paid_minor);
  }
  return [...byCurrency.values()].sort(
    (a, b) =>
      Number(b.currency === defaultCurrency) - Number(a.currency === defaultCurrency) ||
      a.currency.localeCompare(b.currency),
  );
}

export function emptyBalance(currency: string): MemberBalance {
  return {
    currency,
    pendingMinor: 0,
    confirmedMinor: 0,
    availableMinor: 0,
    withdrawingMinor: 0,
    owedMinor: 0,
    paidMinor: 0,
  };
}
