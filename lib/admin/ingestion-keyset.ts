import type { PageCursor } from './keyset';

// What the ingestion lists add to keyset paging (lib/admin/keyset.ts): their
// ids are bigints, and their searches are substrings.

const SERIAL_ID = /^[1-9]\d{0,15}$/;

/** A cursor on a bigint id, or null when the id is not one (a stale or hand-edited link). */
export function serialCursor(cursor: PageCursor | null | undefined): (PageCursor & { value: number }) | null {
  if (!cursor || !SERIAL_ID.test(cursor.id)) return null;
  const value = Number(cursor.id);
  return Number.isSafeInteger(value) ? { ...cursor, value } : null;
}

/** A LIKE pattern for a substring typed by a person: its metacharacters taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}
