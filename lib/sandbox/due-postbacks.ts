import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { type SandboxPostback, sandboxPostbacks } from '@/db/schema';

/**
 * Queued postbacks whose time has come, oldest first, without claiming them:
 * what the sender would take now (the console's "waiting" count, a worker's
 * "anything to do?"). A row behind an unsent earlier event of its sale is
 * left out, as the sender leaves it (see send-postbacks.ts).
 */
export function dueSandboxPostbacks(
  db: DbOrTx,
  input: { now?: Date; limit?: number } = {},
): Promise<SandboxPostback[]> {
  const now = input.now ?? new Date();
  const limit = Math.min(Math.max(Math.trunc(input.limit ?? 100) || 1, 1), 1000);
  return db
    .select()
    .from(sandboxPostbacks)
    .where(and(eq(sandboxPostbacks.status, 'queued'), lte(sandboxPostbacks.dueAt, now), noEarlierQueued()))
    .orderBy(asc(sandboxPostbacks.dueAt), asc(sandboxPostbacks.id))
    .limit(limit);
}

/** No queued postback of the same sale comes before this one: a sale's events leave in order. */
export function noEarlierQueued() {
  return sql`not exists (
    select 1 from ${sandboxPostbacks} as earlier
    where earlier.sale_id = ${sandboxPostbacks.saleId}
      and earlier.id < ${sandboxPostbacks.id}
      and earlier.status = 'queued')`;
}
