// The statement's words for an entry's kind (ledger_entries.kind). The ledger
// writes these from several places (conversion changes, adjustments, bonuses,
// withdrawals); a kind this list does not know yet reads as a plain
// "movement" rather than a missing message.

export const STATEMENT_LABELS = [
  'tracked',
  'pending',
  'confirmed',
  'payable',
  'paid',
  'amended',
  'cancelled',
  'network_paid',
  'updated',
  'bonus',
  'welcome_bonus',
  'adjustment',
  'withdrawal_requested',
  'withdrawal_paid',
  'withdrawal_returned',
  'withdrawal_rejected',
  'withdrawal_cancelled',
] as const;

export type StatementLabel = (typeof STATEMENT_LABELS)[number] | 'movement';

export function statementLabel(kind: string): StatementLabel {
  return (STATEMENT_LABELS as readonly string[]).includes(kind) ? (kind as StatementLabel) : 'movement';
}
