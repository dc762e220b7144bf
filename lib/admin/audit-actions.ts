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
  'conversion.reviewed',
  'conversion.assigned',
] as const satisfies readonly AuditAction[];

type Missing = Exclude<AuditAction, (typeof AUDIT_ACTIONS)[number]>;
const everyActionListed: [Missing] extends [never] ? true : Missing = true;
void everyActionListed;

export function isAuditAction(value: string | null | undefined): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value ?? '');
}
