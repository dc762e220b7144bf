import { asc, desc, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';

// Keyset pagination for the back-office lists (newest first). A page is
// addressed by the id of a row it continues from, never by an offset: the
// lists grow while staff read them, and an offset would then repeat or skip
// rows, and cost more the deeper one goes.

export type CursorDirection = 'older' | 'newer';

/** `older`: the rows after this one in display order (`?after=`); `newer`: the rows before it (`?before=`). */
export type PageCursor = { direction: CursorDirection; id: string };

export type KeysetPage<T> = {
  items: T[];
  /** The cursor id for the page of newer rows, or null on the first page. */
  newer: string | null;
  /** The cursor id for the page of older rows, or null on the last page. */
  older: string | null;
};

/** A requested page size, bounded: absent or absurd values never reach SQL. */
export function clampLimit(limit: number | undefined, fallback: number, max: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.min(Math.max(Math.trunc(limit), 1), max);
}

/**
 * Shapes `limit + 1` rows fetched in the cursor's direction (newest first for
 * `older` and the first page, oldest first for `newer`) into one page.
 */
export function keysetPage<T extends { id: string | number }>(
  rows: T[],
  limit: number,
  cursor: PageCursor | null,
): KeysetPage<T> {
  const hasMore = rows.length > limit;
  const kept = rows.slice(0, limit);
  if (cursor?.direction === 'newer') {
    const items = kept.reverse();
    return {
      items,
      newer: hasMore && items.length > 0 ? String(items[0]!.id) : null,
      // The cursor row itself is older than this page, so an older page exists.
      older: items.length > 0 ? String(items[items.length - 1]!.id) : null,
    };
  }
  return {
    items: kept,
    newer: cursor && kept.length > 0 ? String(kept[0]!.id) : null,
    older: hasMore && kept.length > 0 ? String(kept[kept.length - 1]!.id) : null,
  };
}

/** The order a list pages in: a time column, then the id as a tie-breaker. */
export type KeysetColumns = { table: PgTable; at: AnyPgColumn; id: AnyPgColumn };

/**
 * The rows strictly beyond the cursor row. The cursor's position is read in
 * SQL, not sent back from JavaScript: a JS Date keeps milliseconds only, and
 * Postgres timestamps have microseconds, so a round trip would skip rows.
 */
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

/** A table ordered by `(created_at, id)`, the order of most back-office lists. */
type KeysetTable = PgTable & { createdAt: AnyPgColumn; id: AnyPgColumn };

export function cursorCondition(table: KeysetTable, cursor: PageCursor): SQL {
  return beyondCursor({ table, at: table.createdAt, id: table.id }, cursor, cursor.id);
}

export function keysetOrder(table: KeysetTable, cursor: PageCursor | null): SQL[] {
  return keysetOrderBy({ table, at: table.createdAt, id: table.id }, cursor);
}
