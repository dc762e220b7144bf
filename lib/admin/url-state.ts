import type { PageCursor } from './keyset';

// What every back-office list does with its query string: read one value,
// read the page cursor (`after=<id>` towards older rows, `before=<id>` back
// towards newer ones), and write a query string back.

export type RawParams = Record<string, string | string[] | undefined>;

const CURSOR_ID = /^[0-9a-f-]{1,64}$/i;

/** The first value of `key`, trimmed. */
export function first(params: RawParams, key: string): string | undefined {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim();
}

export function parseCursor(params: RawParams): PageCursor | null {
  const after = first(params, 'after');
  if (after && CURSOR_ID.test(after)) return { direction: 'older', id: after };
  const before = first(params, 'before');
  if (before && CURSOR_ID.test(before)) return { direction: 'newer', id: before };
  return null;
}

/** `?a=1&after=…` from the set values (empty ones left out), or '' when there are none. */
export function queryString(
  entries: Record<string, string | null | undefined>,
  cursor?: PageCursor | null,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(entries)) if (value) params.set(key, value);
  if (cursor) params.set(cursor.direction === 'older' ? 'after' : 'before', cursor.id);
  const text = params.toString();
  return text ? `?${text}` : '';
}
