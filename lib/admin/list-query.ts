import { type UserRole, userRole } from '@/db/schema';
import type { AuditAction } from '@/lib/accounts/audit';
import { normaliseSearchText } from '@/lib/catalog/store-query';
import { isAuditAction } from './audit-actions';
import type { PageCursor } from './keyset';
import { first, parseCursor, queryString, type RawParams } from './url-state';

// The URL state of the back-office lists. Whatever is in the query string
// becomes a valid query: unknown values are dropped, long ones cut, so a
// pasted or stale link always renders. `after=<id>` pages towards older rows,
// `before=<id>` back towards newer ones.

const TARGET_MAX_LENGTH = 254;

export type UserListQuery = { query: string | null; role: UserRole | null; cursor: PageCursor | null };

export function parseUserListQuery(params: RawParams): UserListQuery {
  const role = first(params, 'role');
  return {
    query: normaliseSearchText(first(params, 'q')),
    role: (userRole.enumValues as readonly string[]).includes(role ?? '') ? (role as UserRole) : null,
    cursor: parseCursor(params),
  };
}

export function userListHref(query: Omit<UserListQuery, 'cursor'>, cursor?: PageCursor | null): string {
  return `/admin/users${queryString({ q: query.query, role: query.role }, cursor)}`;
}

export type AuditQuery = { action: AuditAction | null; target: string | null; cursor: PageCursor | null };

export function parseAuditQuery(params: RawParams): AuditQuery {
  const action = first(params, 'action');
  const target = first(params, 'target')?.trim().slice(0, TARGET_MAX_LENGTH);
  return {
    action: isAuditAction(action) ? action : null,
    target: target || null,
    cursor: parseCursor(params),
  };
}

export function auditHref(query: Omit<AuditQuery, 'cursor'>, cursor?: PageCursor | null): string {
  return `/admin/audit${queryString({ action: query.action, target: query.target }, cursor)}`;
}
