import { type UserRole, userRole } from '@/db/schema';
import { isAuditAction } from '@/lib/admin/audit-actions';
import type { AuditLogEntry } from '@/lib/admin/audit-log';
import type { Translator } from '@/lib/i18n/translate';

// An audit entry as a sentence a person reads ("Granted the “Ops” role (was
// “Member”)") plus its remaining details. Details keys without a sentence of
// their own are shown as `key: value`: never hidden, even if not pretty.

export type AuditSummary = { title: string; details: string[] };

function roleName(value: unknown, t: Translator): string {
  return (userRole.enumValues as readonly unknown[]).includes(value)
    ? t(`admin.roles.${value as UserRole}`)
    : String(value ?? '?');
}

export function auditSummary(entry: Pick<AuditLogEntry, 'action' | 'details'>, t: Translator): AuditSummary {
  const { action } = entry;
  const rest: Record<string, unknown> = { ...entry.details };
  const details: string[] = [];
  let title: string;
  if (action === 'role.granted' || action === 'role.revoked') {
    const vars = { from: roleName(rest.from, t), to: roleName(rest.to, t) };
    delete rest.from;
    delete rest.to;
    title = t(
      action === 'role.granted' ? 'admin.audit.sentences.roleGranted' : 'admin.audit.sentences.roleRevoked',
      vars,
    );
  } else {
    // An action from a newer deployment keeps its raw code rather than vanish.
    title = isAuditAction(action) ? t(`admin.audit.actions.${action}`) : action;
  }
  if (typeof rest.sessionsRevoked === 'number') {
    details.push(t('admin.audit.details.sessionsRevoked', { count: rest.sessionsRevoked }));
    delete rest.sessionsRevoked;
  }
  for (const [key, value] of Object.entries(rest)) {
    details.push(`${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  return { title, details };
}
