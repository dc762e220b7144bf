import type { AuditAction } from '@/lib/accounts/audit';

// Every action the audit log knows, for the filter and the sentences. A new
// `AuditAction` that is missing here fails to compile (see below), so the
// back office never meets an action it cannot name; rows written by a newer
// deployment still show, with their raw code.

export const AUDIT_ACTIONS = [
  'account.created',
  'account.deleted',
  'email.verified',
  'email.changed',
  'password.changed',
  'password.reset',
  'role.granted',
  'role.revoked',
  'sessions.revoked',
  'ingestion.replayed',
  'ingestion.imported',
  'ingestion.sync_requested',
  'conversion.reviewed',
  'conversion.assigned',
  'ledger.adjustment_requested',
  'ledger.adjustment_posted',
  'ledger.adjustment_rejected',
  'payout_method.added',
  'payout_method.verified',
  'payout_method.archived',
  'withdrawal.requested',
  'withdrawal.confirmed',
  'withdrawal.cancelled',
  'withdrawal.held',
  'withdrawal.released',
  'withdrawal.approved',
  'withdrawal.rejected',
  'withdrawal.batched',
  'withdrawal.paid',
  'withdrawal.returned',
  'withdrawal.first_approved',
  'payout_batch.created',
  'payout_batch.exported',
  'payout_batch.submitted',
  'payout_batch.settled',
  'dormant_balance.warned',
  'dormant_balance.reminded',
  'dormant_balance.paid_out',
  'dormant_balance.donated',
  'charity.created',
  'charity.deactivated',
  'charity.reactivated',
  'charity.made_default',
  'gift_card_brand.created',
  'gift_card_brand.deactivated',
  'gift_card_brand.reactivated',
  'gift_card.stock_uploaded',
] as const satisfies readonly AuditAction[];

type Missing = Exclude<AuditAction, (typeof AUDIT_ACTIONS)[number]>;
const everyActionListed: [Missing] extends [never] ? true : Missing = true;
void everyActionListed;

export function isAuditAction(value: string | null | undefined): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value ?? '');
}
