import { type UserRole, userRole } from '@/db/schema';
import type { AuditAction } from '@/lib/accounts/audit';
import { normaliseSearchText } from '@/lib/catalog/store-query';
import { isAuditAction } from './audit-actions';
import type { PageCursor } from './keyset';

// The URL state of the back-office lists. Whatever is in the query string
// becomes a valid query: unknown values are dropped, long ones cut, so a
// pasted or stale link always renders. `after=<id>` pages towards older rows,
// `before=<id>` back towards newer ones.

type RawParams = Record<string, string | string[] | undefined>;

const CURSOR_ID = /^[0-9a-f-]{1,64}$/i;
const TARGET_MAX_LENGTH = 254;

function first(params: RawParams, key: string): string | undefined {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

function parseCursor(params: RawParams): PageCursor | null {
  const after = first(params, 'after')?.trim();
  if (after && CURSOR_ID.test(after)) return { direction: 'older', id: after };
  const before = first(params, 'before')?.trim();
  if (before && CURSOR_ID.test(before)) return { direction: 'newer', id: before };
  return null;
}

function queryString(entries: Record<string, string | null | undefined>, cursor?: PageCursor | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(entries)) if (value) params.set(key, value);
  if (cursor) params.set(cursor.direction === 'older' ? 'after' : 'before', cursor.id);
  const text = params.toString();
  return text ? `?${text}` : '';
}

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
