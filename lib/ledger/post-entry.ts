import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import type { LedgerAccountKind } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { type AccountSpec, accountKey, hasCachedBalance } from './account-spec';
import { ledgerAccountIds } from './ledger-accounts';

// Posts one journal entry (DESIGN.md §4), inside the caller's transaction:
// the entry under its unique source (a source already posted is a no-op, so
// replays and concurrent copies post once), its lines, and the cached
// balances of the member accounts it touches, locked in id order so that two
// entries on the same accounts cannot deadlock. The lines must sum to zero per
// currency, checked here and again by the database at commit.
//
// Only member accounts carry a cached balance: they are read on every member
// page and their row lock is what makes "never below zero" hold under
// concurrency. Platform accounts (receivable, cash, margin, marketing) are
// touched by every conversion; locking them would queue all intake behind one
// row, so their balances are always summed from their lines.

export type PostingLine = { account: AccountSpec; amountMinor: number };

export type EntryInput = {
  sourceType: 'conversion_change' | 'adjustment' | 'bonus' | 'withdrawal';
  sourceKey: string;
  /** What happened (`tracked`, `amended`, `confirmed`, `adjustment`…): the statement's label. */
  kind: string;
  userId?: string | null;
  conversionId?: string | null;
  memo?: Record<string, unknown>;
  createdBy?: string | null;
  lines: readonly PostingLine[];
};

export type PostResult = { entryId: number; posted: boolean };

export const INSUFFICIENT_BALANCE: MessageKey = 'ledger.errors.insufficientBalance';
const LINES_MAX = 64;

export async function postEntry(db: DbOrTx, input: EntryInput): Promise<PostResult> {
  const lines = mergeLines(input.lines);
  assertBalanced(lines);

  const [entry] = (
    await db.execute<{ id: number }>(sql`
      insert into ledger_entries (source_type, source_key, kind, user_id, conversion_id, memo, created_by)
      values (${input.sourceType}, ${input.sourceKey}, ${input.kind}, ${input.userId ?? null},
        ${input.conversionId ?? null}, ${JSON.stringify(input.memo ?? {})}::jsonb, ${input.createdBy ?? null})
      on conflict (source_type, source_key) do nothing
      returning id`)
  ).rows;
  if (!entry) {
    const [existing] = (
      await db.execute<{ id: number }>(sql`
        select id from ledger_entries where source_type = ${input.sourceType} and source_key = ${input.sourceKey}`)
    ).rows;
    return { entryId: Number(existing!.id), posted: false };
  }
  const entryId = Number(entry.id);
  if (lines.length === 0) return { entryId, posted: true };

  const ids = await ledgerAccountIds(
    db,
    lines.map((line) => line.account),
  );
  const rows = lines
    .map((line) => ({ accountId: ids.get(accountKey(line.account))!, line }))
    .sort((a, b) => a.accountId - b.accountId);
  const cached = rows.filter((row) => hasCachedBalance(row.line.account.kind));
  if (cached.length > 0) {
    await db.execute(sql`
      select id from ledger_accounts where id in (${sql.join(
        cached.map((row) => sql`${row.accountId}`),
        sql`, `,
      )}) order by id for update`);
  }
  await db.execute(sql`
    insert into ledger_lines (entry_id, account_id, amount_minor, currency)
    values ${sql.join(
      rows.map(
        (row) => sql`(${entryId}, ${row.accountId}, ${row.line.amountMinor}, ${row.line.account.currency})`,
      ),
      sql`, `,
    )}`);
  if (cached.length === 0) return { entryId, posted: true };
  try {
    await db.execute(sql`
      update ledger_accounts a
      set balance_minor = a.balance_minor + v.delta, line_count = a.line_count + 1
      from (values ${sql.join(
        cached.map((row) => sql`(${row.accountId}::int, ${row.line.amountMinor}::bigint)`),
        sql`, `,
      )}) as v (id, delta)
      where a.id = v.id`);
  } catch (error) {
    if (isConstraint(error, 'ledger_accounts_member_not_negative')) {
      throw new AppError('conflict', INSUFFICIENT_BALANCE);
    }
    throw error;
  }
  return { entryId, posted: true };
}

/** One line per account (opposite moves on one account cancel out); zero lines dropped. */
export function mergeLines(lines: readonly PostingLine[]): PostingLine[] {
  const byAccount = new Map<string, PostingLine>();
  for (const line of lines) {
    if (!Number.isSafeInteger(line.amountMinor)) {
      throw new RangeError(`ledger line amount ${line.amountMinor} is not a safe integer`);
    }
    const key = accountKey(line.account);
    const seen = byAccount.get(key);
    byAccount.set(key, { account: line.account, amountMinor: (seen?.amountMinor ?? 0) + line.amountMinor });
  }
  const merged = [...byAccount.values()].filter((line) => line.amountMinor !== 0);
  if (merged.length > LINES_MAX) throw new RangeError(`an entry has at most ${LINES_MAX} lines`);
  return merged;
}

export function assertBalanced(lines: readonly PostingLine[]): void {
  const sums = new Map<string, number>();
  for (const line of lines) {
    sums.set(line.account.currency, (sums.get(line.account.currency) ?? 0) + line.amountMinor);
  }
  for (const [currency, sum] of sums) {
    if (sum !== 0) throw new Error(`ledger entry does not balance: ${currency} ${sum}`);
  }
}

function isConstraint(error: unknown, name: string): boolean {
  const cause = (error as { cause?: { constraint?: string } })?.cause;
  const direct = (error as { constraint?: string })?.constraint;
  return direct === name || cause?.constraint === name;
}

export type { LedgerAccountKind };
