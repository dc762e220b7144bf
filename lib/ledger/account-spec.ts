import type { LedgerAccountKind } from '@/db/schema';

// Which ledger account a line goes to (DESIGN.md §4): a kind, its owner (a
// member for member_* kinds, a network account for the receivable) and a
// currency. Accounts are created on first use (lib/ledger/ledger-accounts.ts).

export type AccountSpec = {
  kind: LedgerAccountKind;
  currency: string;
  userId?: string | null;
  networkAccountId?: number | null;
};

export const MEMBER_KINDS = [
  'member_pending',
  'member_confirmed',
  'member_available',
  'member_withdrawing',
  'member_receivable',
] as const satisfies readonly LedgerAccountKind[];

const MEMBER_KIND_SET: ReadonlySet<LedgerAccountKind> = new Set(MEMBER_KINDS);

/** Member accounts keep a cached balance (lib/ledger/post-entry.ts says why only they do). */
export function hasCachedBalance(kind: LedgerAccountKind): boolean {
  return MEMBER_KIND_SET.has(kind);
}

/** Assets and expenses grow with debits; liabilities and income with credits. */
const DEBIT_NORMAL: ReadonlySet<LedgerAccountKind> = new Set([
  'network_receivable',
  'cash',
  'member_receivable',
  'marketing_expense',
]);

export function isDebitNormal(kind: LedgerAccountKind): boolean {
  return DEBIT_NORMAL.has(kind);
}

/** The balance as its owner reads it: what we owe a member is positive on member_available. */
export function naturalBalance(kind: LedgerAccountKind, balanceMinor: number): number {
  return isDebitNormal(kind) ? balanceMinor : -balanceMinor;
}

export function accountKey(spec: AccountSpec): string {
  return `${spec.kind}|${spec.userId ?? ''}|${spec.networkAccountId ?? ''}|${spec.currency}`;
}
