import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import type { UserRole } from '@/db/schema';
import { inboxEvents, networkAccountSecrets, networkAccounts } from '@/db/schema';
import { writeAudit } from '@/lib/accounts/audit';
import { requireRole } from '@/lib/accounts/roles';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import type { AdapterAccount } from '@/lib/networks/conversion-event';
import { POSTBACK_ADAPTERS } from '@/lib/networks/postback-adapters';
import type { ApplyOutcome } from './apply-event';
import { type PostbackAdapters, processInboxEvent } from './process-inbox';

// The back office's "replay" on an inbox row that could not be read (parse
// error) or was stored but never processed (the process died between the two):
// it is read again with today's adapter and the account as it is now. Safe at
// any time, because applying is idempotent (conversion_events' unique key):
// two ops pressing it at once apply each event once.

export type ReplayRequest = {
  inboxEventId: number;
  actor: { id: string; role: UserRole };
  ip?: string | null;
  /** Tests hand in their own; the app uses the registered ones. */
  adapters?: PostbackAdapters;
};

export type ReplayResult = {
  inboxEventId: number;
  from: 'received' | 'parse_error';
  status: 'processed' | 'parse_error';
  outcomes: ApplyOutcome[];
  error: string | null;
};

/** What may be replayed: postbacks not read yet (`received`) or unreadable (`parse_error`). */
export function isReplayable(row: { status: string; channel: string }): boolean {
  return row.channel === 'postback' && row.status !== 'processed';
}

const NOT_FOUND = 'admin.ingestion.errors.inboxNotFound' satisfies MessageKey;

export async function replayInboxEvent(db: Db, request: ReplayRequest): Promise<ReplayResult> {
  const actor = requireRole(request.actor, 'ops', 'admin');
  if (!Number.isSafeInteger(request.inboxEventId) || request.inboxEventId < 1)
    throw new AppError('not_found', NOT_FOUND);

  const [row] = await db
    .select({
      id: inboxEvents.id,
      status: inboxEvents.status,
      channel: inboxEvents.channel,
      network: networkAccounts.networkCode,
      publisherId: networkAccounts.publisherId,
      defaultCurrency: networkAccounts.defaultCurrency,
      fieldMap: networkAccountSecrets.fieldMap,
    })
    .from(inboxEvents)
    .innerJoin(networkAccounts, eq(networkAccounts.id, inboxEvents.networkAccountId))
    .leftJoin(networkAccountSecrets, eq(networkAccountSecrets.networkAccountId, networkAccounts.id))
    .where(eq(inboxEvents.id, request.inboxEventId));
  if (!row) throw new AppError('not_found', NOT_FOUND);
  // A processed row has nothing left to apply; pulled pages and CSV reports
  // are read by other adapters and come back by re-running their sync/import.
  if (row.status === 'processed')
    throw new AppError('conflict', 'admin.ingestion.errors.alreadyProcessed' satisfies MessageKey);
  if (row.channel !== 'postback')
    throw new AppError('conflict', 'admin.ingestion.errors.notAPostback' satisfies MessageKey);

  const account: AdapterAccount = {
    network: row.network,
    publisherId: row.publisherId,
    defaultCurrency: row.defaultCurrency,
    fieldMap: row.fieldMap ?? undefined,
  };
  const result = await processInboxEvent(db, row.id, {
    adapters: request.adapters ?? POSTBACK_ADAPTERS,
    account,
  });

  // Written after the replay, which runs its own transaction (processInboxEvent
  // takes a Db). A crash in between leaves a replay without its entry, never an
  // entry without its replay; the row's replay_count still tells it happened.
  await db.transaction(async (tx) => {
    await tx
      .update(inboxEvents)
      .set({ replayCount: sql`${inboxEvents.replayCount} + 1` })
      .where(eq(inboxEvents.id, row.id));
    await writeAudit(tx, {
      actorUserId: actor.id,
      action: 'ingestion.replayed',
      details: {
        inboxEventId: row.id,
        network: row.network,
        from: row.status,
        to: result.status,
        events: result.outcomes.length,
      },
      ip: request.ip,
    });
  });
  return {
    inboxEventId: row.id,
    from: row.status,
    status: result.status,
    outcomes: result.outcomes,
    error: result.error ?? null,
  };
}
