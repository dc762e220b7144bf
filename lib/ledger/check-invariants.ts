import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';

// The ledger's invariants as code (issue 6; DESIGN.md §3.3), run by
// `npm run cli -- ledger:check` and by the tests after every scenario. Each
// is one set-based query returning the rows that break it (at most
// VIOLATIONS_SHOWN of each, with the total), so a clean ledger of a million
// lines is checked in a few sequential scans.

export const VIOLATIONS_SHOWN = 20;

export type InvariantResult = { name: string; description: string; violations: number; examples: string[] };

type Check = { name: string; description: string; query: ReturnType<typeof sql> };

const CHECKS: Check[] = [
  {
    name: 'entries-balance',
    description: 'every entry sums to zero per currency',
    query: sql`select entry_id || ' ' || currency || ' ' || sum(amount_minor) as example
      from ledger_lines group by entry_id, currency having sum(amount_minor) <> 0`,
  },
  {
    name: 'line-currency',
    description: "every line is in its account's currency",
    query: sql`select l.id || ' ' || l.currency || '≠' || a.currency as example
      from ledger_lines l join ledger_accounts a on a.id = l.account_id where l.currency <> a.currency`,
  },
  {
    name: 'cached-balances',
    description:
      "each member account's cached balance equals the sum of its lines (platform accounts keep none)",
    query: sql`select a.id || ' cached ' || a.balance_minor || ' lines ' || coalesce(s.total, 0) as example
      from ledger_accounts a
      left join (select account_id, sum(amount_minor) as total, count(*) as n from ledger_lines group by account_id) s
        on s.account_id = a.id
      where case when a.kind::text like 'member_%'
        then a.balance_minor <> coalesce(s.total, 0) or a.line_count <> coalesce(s.n, 0)
        else a.balance_minor <> 0 or a.line_count <> 0 end`,
  },
  {
    name: 'member-balances-not-negative',
    description: "no member's pending, confirmed, available or withdrawing balance is negative",
    query: sql`select a.user_id || ' ' || a.kind || ' ' || (-sum(l.amount_minor)) as example
      from ledger_lines l join ledger_accounts a on a.id = l.account_id
      where a.kind in ('member_pending', 'member_confirmed', 'member_available', 'member_withdrawing')
      group by a.id, a.user_id, a.kind having sum(l.amount_minor) > 0`,
  },
  {
    name: 'conversion-split-sums',
    description: 'for each conversion, member cashback + platform margin = commission + marketing expense',
    query: sql`select p.conversion_id || ' member ' || p.member || ' margin ' || p.margin || ' commission '
        || p.commission || ' marketing ' || p.marketing as example
      from (
        select e.conversion_id,
          -sum(l.amount_minor) filter (where a.kind in ('member_pending', 'member_confirmed', 'member_available', 'member_receivable')) as member,
          -sum(l.amount_minor) filter (where a.kind in ('platform_margin_pending', 'platform_margin')) as margin,
          sum(l.amount_minor) filter (where a.kind in ('network_receivable', 'cash')) as commission,
          sum(l.amount_minor) filter (where a.kind = 'marketing_expense') as marketing
        from ledger_entries e join ledger_lines l on l.entry_id = e.id join ledger_accounts a on a.id = l.account_id
        where e.source_type = 'conversion_change'
        group by e.conversion_id
      ) p
      where coalesce(p.member, 0) + coalesce(p.margin, 0) <> coalesce(p.commission, 0) + coalesce(p.marketing, 0)`,
  },
  {
    name: 'conversion-matches-network',
    description:
      "each conversion's ledger commission is the network's current commission (zero once declined)",
    query: sql`select c.id || ' ledger ' || coalesce(p.commission, 0) || ' network ' || c.commission_minor as example
      from conversions c
      left join (
        select e.conversion_id, sum(l.amount_minor) as commission
        from ledger_entries e join ledger_lines l on l.entry_id = e.id join ledger_accounts a on a.id = l.account_id
        where e.source_type = 'conversion_change' and a.kind in ('network_receivable', 'cash')
        group by e.conversion_id
      ) p on p.conversion_id = c.id
      where exists (select 1 from ledger_entries e where e.conversion_id = c.id)
        and coalesce(p.commission, 0) <> case when c.status in ('declined', 'void') then 0 else c.commission_minor end`,
  },
  {
    name: 'member-purchase-matches-ledger',
    description: "each purchase's member cashback is what the ledger holds for it",
    query: sql`select m.conversion_id || ' purchase ' || m.member_minor || ' ledger ' || coalesce(p.member, 0) as example
      from member_cashback m
      left join (
        select e.conversion_id, -sum(l.amount_minor) as member
        from ledger_entries e join ledger_lines l on l.entry_id = e.id join ledger_accounts a on a.id = l.account_id
        where e.source_type = 'conversion_change'
          and a.kind in ('member_pending', 'member_confirmed', 'member_available', 'member_receivable')
        group by e.conversion_id
      ) p on p.conversion_id = m.conversion_id
      where coalesce(p.member, 0) <> case when m.status = 'cancelled' then 0 else m.member_minor end`,
  },
  {
    name: 'paid-out-within-confirmed',
    description: 'no member has been paid out more than was ever made available to them',
    query: sql`select a.user_id || ' ' || a.currency || ' paid ' || coalesce(sum(l.amount_minor) filter (where e.kind = 'withdrawal_paid' and a.kind = 'member_withdrawing'), 0)
        || ' made available ' || coalesce(-sum(l.amount_minor) filter (where a.kind = 'member_available' and l.amount_minor < 0), 0) as example
      from ledger_lines l join ledger_accounts a on a.id = l.account_id join ledger_entries e on e.id = l.entry_id
      where a.user_id is not null
      group by a.user_id, a.currency
      having coalesce(sum(l.amount_minor) filter (where e.kind = 'withdrawal_paid' and a.kind = 'member_withdrawing'), 0)
        > coalesce(-sum(l.amount_minor) filter (where a.kind = 'member_available' and l.amount_minor < 0), 0)`,
  },
  {
    name: 'append-only-guards',
    description:
      'the triggers that refuse UPDATE and DELETE on entries and lines, and check balance at commit, are in place',
    query: sql`select t.name as example from (values ('ledger_entries_append_only'), ('ledger_lines_append_only'),
        ('ledger_lines_balanced')) as t (name)
      where not exists (select 1 from pg_trigger g where g.tgname = t.name and g.tgenabled <> 'D')`,
  },
];

export async function checkLedgerInvariants(db: DbOrTx): Promise<InvariantResult[]> {
  const results: InvariantResult[] = [];
  for (const check of CHECKS) {
    const rows = await db.execute<{ example: string; total: number }>(sql`
      select example, count(*) over () :: int as total from (${check.query}) v limit ${VIOLATIONS_SHOWN}`);
    results.push({
      name: check.name,
      description: check.description,
      violations: rows.rows[0]?.total ?? 0,
      examples: rows.rows.map((row) => row.example),
    });
  }
  return results;
}

/** Throws listing every broken invariant: for tests after each scenario. */
export async function assertLedgerInvariants(db: DbOrTx): Promise<void> {
  const broken = (await checkLedgerInvariants(db)).filter((result) => result.violations > 0);
  if (broken.length > 0) {
    throw new Error(
      `ledger invariants broken:\n${broken.map((r) => `  ${r.name} (${r.violations}): ${r.examples.join('; ')}`).join('\n')}`,
    );
  }
}
