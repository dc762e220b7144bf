import { and, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { auditLog, type UserRole, users } from '@/db/schema';
import { isUuid } from '@/lib/accounts/account-user';
import type { AuditAction } from '@/lib/accounts/audit';
import { normaliseEmail } from '@/lib/accounts/email-address';
import {
  clampLimit,
  cursorCondition,
  type KeysetPage,
  keysetOrder,
  keysetPage,
  type PageCursor,
} from './keyset';

// /admin/audit: who did what to whom, when, from where; newest first. The log
// itself holds ids only (it outlives account deletion), so names and
// addresses are joined in at read time; a deleted account shows as such.

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_PAGE_SIZE_MAX = 200;

export type AuditLogInput = {
  action?: AuditAction | null;
  /** The account the entries are about: its id, or its e-mail address. */
  target?: string | null;
  cursor?: PageCursor | null;
  limit?: number;
};

export type AuditPerson = { id: string; name: string; email: string; role: UserRole; deleted: boolean };

export type AuditLogEntry = {
  id: number;
  action: string;
  details: Record<string, unknown>;
  ip: string | null;
  createdAt: Date;
  /** null: the system (a job, the CLI, the seed). */
  actor: AuditPerson | null;
  target: AuditPerson | null;
};

/** `targetFound` is false when a target was asked for and no account matches it (the page is then empty). */
export type AuditLogPage = KeysetPage<AuditLogEntry> & { targetFound: boolean };

const actor = alias(users, 'actor');
const target = alias(users, 'target');

const personColumns = (table: typeof actor | typeof target) => ({
  id: table.id,
  name: table.name,
  email: table.email,
  role: table.role,
  deletedAt: table.deletedAt,
});

type PersonRow = { id: string | null; name: string | null; email: string | null; role: UserRole | null };

function toPerson(row: PersonRow & { deletedAt: Date | null }): AuditPerson | null {
  if (row.id === null) return null;
  return {
    id: row.id,
    name: row.name ?? '',
    email: row.email ?? '',
    role: row.role ?? 'member',
    deleted: row.deletedAt !== null,
  };
}

/** An id (any account, deleted ones too) or an address (live or anonymised) → the account id. */
async function resolveTarget(db: DbOrTx, value: string): Promise<string | null> {
  if (isUuid(value)) return value.toLowerCase();
  if (!value.includes('@')) return null;
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, normaliseEmail(value)));
  return row?.id ?? null;
}

export async function listAuditLog(db: DbOrTx, input: AuditLogInput): Promise<AuditLogPage> {
  const limit = clampLimit(input.limit, AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE_MAX);
  const cursor = input.cursor && /^[1-9]\d{0,17}$/.test(input.cursor.id) ? input.cursor : null;
  const targetId = input.target ? await resolveTarget(db, input.target) : null;
  if (input.target && !targetId) return { items: [], newer: null, older: null, targetFound: false };

  const conditions: (SQL | undefined)[] = [
    input.action ? eq(auditLog.action, input.action) : undefined,
    targetId ? eq(auditLog.targetUserId, targetId) : undefined,
    cursor ? cursorCondition(auditLog, cursor) : undefined,
  ];
  const rows = await db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      details: auditLog.details,
      ip: auditLog.ip,
      createdAt: auditLog.createdAt,
      actor: personColumns(actor),
      target: personColumns(target),
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorUserId))
    .leftJoin(target, eq(target.id, auditLog.targetUserId))
    .where(and(...conditions))
    .orderBy(...keysetOrder(auditLog, cursor))
    .limit(limit + 1);
  const entries = rows.map((row) => ({
    ...row,
    actor: row.actor ? toPerson(row.actor) : null,
    target: row.target ? toPerson(row.target) : null,
  }));
  return { ...keysetPage(entries, limit, cursor), targetFound: true };
}
