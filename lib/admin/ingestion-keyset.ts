import { asc, desc, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { PageCursor } from './keyset';

// Keyset paging (lib/admin/keyset.ts) for the ingestion lists, whose order is
// not always `created_at`: the inbox pages by `received_at`, the unmatched
// conversions by `first_seen_at`. Same rule: the cursor row's position is read
// in SQL (microseconds), never sent back from JavaScript (milliseconds).

export type KeysetColumns = { table: PgTable; at: AnyPgColumn; id: AnyPgColumn };

/** Rows strictly beyond the cursor row, in the cursor's direction. */
export function beyondCursor(
  { table, at, id }: KeysetColumns,
  cursor: PageCursor,
  cursorId: string | number,
): SQL {
  const op = cursor.direction === 'older' ? sql`<` : sql`>`;
  // The subquery names the same table: its column references bind to it, not the outer row.
  return sql`(${at}, ${id}) ${op} (select ${at}, ${id} from ${table} where ${id} = ${cursorId})`;
}

/** Newest first, except when walking back towards newer rows (reversed by `keysetPage`). */
export function keysetOrderBy({ at, id }: KeysetColumns, cursor: PageCursor | null): SQL[] {
  return cursor?.direction === 'newer' ? [asc(at), asc(id)] : [desc(at), desc(id)];
}

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
