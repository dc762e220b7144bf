import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type InboxEvent, inboxEvents } from '@/db/schema';
import type { AdapterAccount, PostbackAdapter, RawPostback } from '@/lib/networks/conversion-event';
import { type ApplyOutcome, applyConversionEvent } from './apply-event';

// Reads a stored inbox row with its network's adapter and applies every event
// in it, in one transaction per row. What cannot be read is kept with its
// error (status parse_error) for ops, who replay it once the adapter is fixed:
// replaying is safe at any time, because applying is idempotent.

export type PostbackAdapters = Readonly<Record<string, PostbackAdapter>>;

export type ProcessResult = { status: 'processed' | 'parse_error'; outcomes: ApplyOutcome[]; error?: string };

const ERROR_MAX = 4_000;

export async function processInboxEvent(
  db: Db,
  inboxEventId: number,
  deps: { adapters: PostbackAdapters; account: AdapterAccount },
): Promise<ProcessResult> {
  const [row] = await db.select().from(inboxEvents).where(eq(inboxEvents.id, inboxEventId));
  if (!row) throw new Error(`no inbox event ${inboxEventId}`);
  const adapter = deps.adapters[row.networkCode];
  if (!adapter) return markParseError(db, row, `no adapter for network "${row.networkCode}"`);

  let result: ReturnType<PostbackAdapter>;
  try {
    result = adapter(toRawPostback(row), deps.account);
  } catch (error) {
    // Adapters are meant never to throw; one that does is a bug, kept like a parse error.
    return markParseError(
      db,
      row,
      `adapter failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (result.events.length === 0) {
    const issues = result.issues.map((issue) => `${issue.at}: ${issue.problem}`).join('; ');
    return markParseError(db, row, issues || 'no conversion in the payload');
  }

  const outcomes = await db.transaction(async (tx) => {
    const list: ApplyOutcome[] = [];
    for (const event of result.events) {
      list.push(
        (
          await applyConversionEvent(tx, {
            networkAccountId: row.networkAccountId,
            inboxEventId: row.id,
            event,
          })
        ).outcome,
      );
    }
    await tx
      .update(inboxEvents)
      .set({
        status: 'processed',
        processedAt: sql`now()`,
        eventCount: result.events.length,
        error: result.issues.length
          ? truncate(result.issues.map((i) => `${i.at}: ${i.problem}`).join('; '))
          : null,
      })
      .where(eq(inboxEvents.id, row.id));
    return list;
  });
  return { status: 'processed', outcomes };
}

async function markParseError(db: Db, row: InboxEvent, error: string): Promise<ProcessResult> {
  await db
    .update(inboxEvents)
    .set({ status: 'parse_error', error: truncate(error), processedAt: sql`now()`, eventCount: 0 })
    .where(eq(inboxEvents.id, row.id));
  return { status: 'parse_error', outcomes: [], error };
}

export function toRawPostback(row: InboxEvent): RawPostback {
  const headers = row.headers ?? {};
  return {
    method: row.method === 'POST' ? 'POST' : 'GET',
    query: row.query ?? {},
    headers,
    body: row.body,
    contentType: headers['content-type'] ?? null,
    receivedAt: row.receivedAt.toISOString(),
  };
}

function truncate(text: string): string {
  return text.length > ERROR_MAX ? `${text.slice(0, ERROR_MAX - 1)}…` : text;
}
