import type { DbOrTx } from '@/db/client';
import { auditLog } from '@/db/schema';

// The audit log answers "who did what to whom, when, from where" for
// security-relevant changes. Written in the transaction of the change itself,
// so there is never a change without its entry, nor an entry without its
// change. Rows are never updated or deleted. Details hold no e-mail addresses
// or names: the log outlives account deletion.

export type AuditAction =
  | 'account.created'
  | 'account.deleted'
  | 'email.verified'
  | 'email.changed'
  | 'password.changed'
  | 'password.reset'
  | 'role.granted'
  | 'role.revoked'
  | 'sessions.revoked'
  | 'ingestion.replayed'
  | 'ingestion.imported'
  | 'ingestion.sync_requested'
  | 'conversion.reviewed'
  | 'conversion.assigned'
  | 'ledger.adjustment_requested'
  | 'ledger.adjustment_posted'
  | 'ledger.adjustment_rejected'
  | 'payout_method.added'
  | 'payout_method.verified'
  | 'payout_method.archived'
  | 'withdrawal.requested'
  | 'withdrawal.confirmed'
  | 'withdrawal.cancelled'
  | 'withdrawal.held'
  | 'withdrawal.released'
  | 'withdrawal.approved'
  | 'withdrawal.rejected'
  | 'withdrawal.batched'
  | 'withdrawal.paid'
  | 'withdrawal.returned'
  | 'withdrawal.first_approved'
  | 'payout_batch.created'
  | 'payout_batch.exported'
  | 'payout_batch.submitted'
  | 'payout_batch.settled'
  | 'dormant_balance.warned'
  | 'dormant_balance.reminded'
  | 'dormant_balance.paid_out'
  | 'dormant_balance.donated'
  | 'charity.created'
  | 'charity.deactivated'
  | 'charity.reactivated'
  | 'charity.made_default'
  | 'gift_card_brand.created'
  | 'gift_card_brand.deactivated'
  | 'gift_card_brand.reactivated'
  | 'gift_card.stock_uploaded';

export type AuditInput = {
  /** NULL: the system (a job, the CLI). */
  actorUserId: string | null;
  action: AuditAction;
  targetUserId?: string | null;
  details?: Record<string, string | number | boolean | null>;
  /** The client's IP as the edge saw it. */
  ip?: string | null;
};

export async function writeAudit(db: DbOrTx, input: AuditInput): Promise<void> {
  await db.insert(auditLog).values({
    actorUserId: input.actorUserId,
    action: input.action,
    targetUserId: input.targetUserId ?? null,
    details: input.details ?? {},
    // The column is bounded; an edge handing over something longer is not an IP.
    ip: input.ip ? input.ip.trim().slice(0, 100) : null,
  });
}
