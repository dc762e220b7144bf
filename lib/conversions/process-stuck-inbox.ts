import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { inboxEvents, networkAccountSecrets, networkAccounts } from '@/db/schema';
import {
  isTransientDbError,
  type PostbackAdapters,
  processInboxEvent,
  recordProcessingFailure,
} from './process-inbox';

// Postbacks that were stored and answered 200 but never applied: the process
// died in between (a crash, a kill, a deploy), or its in-memory queue was
// full (receive-postback-intake.ts). They are still `received`, without an
// error. This reads them again with the account as it is now, oldest first.
// Safe beside live intake and other sweeps: applying is idempotent, so a row
// two processes apply at once is applied once. A row that fails here keeps
// its error and is left to ops (the replay action), not retried for ever.

export type SweepOptions = {
  adapters: PostbackAdapters;
  /** Only rows received before this: younger ones are still on their way through a live process. */
  receivedBefore: Date;
  limit?: number;
  concurrency?: number;
};

export type SweepReport = { claimed: number; processed: number; parseErrors: number; failed: number };

const LIMIT = 500;

export async function processStuckInbox(db: Db, options: SweepOptions): Promise<SweepReport> {
  const rows = await db
    .select({
      id: inboxEvents.id,
      network: networkAccounts.networkCode,
      publisherId: networkAccounts.publisherId,
      defaultCurrency: networkAccounts.defaultCurrency,
      fieldMap: networkAccountSecrets.fieldMap,
    })
    .from(inboxEvents)
    .innerJoin(networkAccounts, eq(networkAccounts.id, inboxEvents.networkAccountId))
    .leftJoin(networkAccountSecrets, eq(networkAccountSecrets.networkAccountId, networkAccounts.id))
    .where(
      and(
        eq(inboxEvents.status, 'received'),
        eq(inboxEvents.channel, 'postback'),
        isNull(inboxEvents.error),
        lt(inboxEvents.receivedAt, options.receivedBefore),
      ),
    )
    .orderBy(asc(inboxEvents.id))
    .limit(options.limit ?? LIMIT);

  const report: SweepReport = { claimed: rows.length, processed: 0, parseErrors: 0, failed: 0 };
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const row = rows[next++]!;
      const account = {
        network: row.network,
        publisherId: row.publisherId,
        defaultCurrency: row.defaultCurrency,
        fieldMap: row.fieldMap ?? undefined,
      };
      for (let attempt = 1; ; attempt++) {
        try {
          const result = await processInboxEvent(db, row.id, {
            adapters: options.adapters,
            account,
            onlyReceived: true,
          });
          if (result.status === 'processed') report.processed += 1;
          else report.parseErrors += 1;
          break;
        } catch (error) {
          if (attempt < 3 && isTransientDbError(error)) continue;
          await recordProcessingFailure(db, row.id, error);
          report.failed += 1;
          break;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
  return report;
}
