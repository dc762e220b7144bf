import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { inboxEvents, type NetworkSyncCursor, networkSyncRuns, networkSyncStates } from '@/db/schema';
import { type ApplyOutcome, applyConversionEvent } from '@/lib/conversions/apply-event';
import { AppError } from '@/lib/errors';
import type { AdapterAccount, AdapterIssue, AdapterResult } from '../conversion-event';
import type { FetchedPage, NetworkApiClient, PageRequest, SyncWindow } from './api-client';
import { leaseLost, ownedBy, SYNC_LEASE_MS, type SyncClaim } from './claim-sync';

// One pulled page, the way intake takes everything a network sends:
//  1. the answer is stored raw as one inbox row (channel `api`) and committed
//     FIRST: whatever happens next, what the network sent is kept;
//  2. it is read with the network's document adapter (the same one report
//     import uses), and the client finds the next page in it — an answer that
//     says nothing of the next page fails the run here, kept as a parse error;
//  3. one transaction applies every event (idempotent: a page fetched again
//     is all duplicates), marks the inbox row, moves the cursor past this page
//     and adds to the run's figures. So the cursor never points past a page
//     that is not applied, nor before one that is.
// The cursor write is guarded by the lease token: a run that lost its lease
// rolls back instead of moving someone else's cursor.

/** The inbox body column holds at most this (db/schema/conversions.ts). */
export const INBOX_BODY_MAX_BYTES = 1_048_576;
const ERROR_MAX = 4_000;

export type PagePosition = { window: number; page: PageRequest | null };

export type PageCounts = {
  events: number;
  applied: number;
  duplicates: number;
  otherOutcomes: number;
  issues: number;
};

export type StorePageInput = {
  claim: SyncClaim;
  runId: number;
  client: NetworkApiClient;
  account: AdapterAccount & { id: number };
  range: { from: string; to: string };
  window: SyncWindow;
  position: PagePosition;
  fetched: FetchedPage;
  leaseMs?: number;
};

export async function storeSyncPage(
  db: Db,
  input: StorePageInput,
): Promise<{ next: PagePosition; counts: PageCounts }> {
  const { client, account, fetched, position } = input;
  const body = fetched.response.body;
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > INBOX_BODY_MAX_BYTES) {
    throw new AppError(
      'payload_too_large',
      `${client.network} page of ${bytes} bytes is over the inbox's ${INBOX_BODY_MAX_BYTES}: use smaller windows or pages`,
    );
  }
  // PostgreSQL text holds no NUL; no JSON API sends one.
  if (body.includes('\u0000')) throw new AppError('unprocessable', `${client.network} page holds a NUL byte`);

  const [inbox] = await db
    .insert(inboxEvents)
    .values({
      networkCode: account.network,
      networkAccountId: account.id,
      channel: 'api',
      method: fetched.request.method,
      path: fetched.request.path,
      query: fetched.request.query,
      headers: fetched.response.contentType ? { 'content-type': fetched.response.contentType } : {},
      body,
      payloadHash: createHash('sha256').update(body, 'utf8').digest('hex'),
    })
    .returning({ id: inboxEvents.id });
  const inboxEventId = inbox!.id;

  const result = readPage(client, body, account);
  let nextPage: PageRequest | null;
  try {
    nextPage = client.nextPage(input.window, position.page, body);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    await db
      .update(inboxEvents)
      .set({
        status: 'parse_error',
        processedAt: sql`now()`,
        error: clip([why, issueText(result.issues)].filter(Boolean).join('; ')),
      })
      .where(eq(inboxEvents.id, inboxEventId));
    throw error;
  }
  const next: PagePosition =
    nextPage === null
      ? { window: position.window + 1, page: null }
      : { window: position.window, page: nextPage };
  const cursor: NetworkSyncCursor = { ...input.range, ...next };
  // Records were there but none could be read: kept as a parse error for ops;
  // the paging still worked, so the sync goes on.
  const unreadable = result.events.length === 0 && result.issues.length > 0;

  const counts = await db.transaction(async (tx) => {
    const tally: PageCounts = {
      events: result.events.length,
      applied: 0,
      duplicates: 0,
      otherOutcomes: 0,
      issues: result.issues.length,
    };
    for (const event of result.events) {
      const { outcome } = await applyConversionEvent(tx, {
        networkAccountId: account.id,
        inboxEventId,
        event,
      });
      count(tally, outcome);
    }
    await tx
      .update(inboxEvents)
      .set({
        status: unreadable ? 'parse_error' : 'processed',
        processedAt: sql`now()`,
        eventCount: result.events.length,
        error: result.issues.length ? clip(issueText(result.issues)) : null,
      })
      .where(eq(inboxEvents.id, inboxEventId));
    const moved = await tx
      .update(networkSyncStates)
      .set({
        cursor,
        leaseUntil: sql`now() + make_interval(secs => ${(input.leaseMs ?? SYNC_LEASE_MS) / 1000})`,
        updatedAt: sql`now()`,
      })
      .where(ownedBy(input.claim))
      .returning({ id: networkSyncStates.networkAccountId });
    if (moved.length === 0) throw leaseLost(input.claim);
    await tx
      .update(networkSyncRuns)
      .set({
        pages: sql`${networkSyncRuns.pages} + 1`,
        events: sql`${networkSyncRuns.events} + ${tally.events}`,
        applied: sql`${networkSyncRuns.applied} + ${tally.applied}`,
        duplicates: sql`${networkSyncRuns.duplicates} + ${tally.duplicates}`,
        otherOutcomes: sql`${networkSyncRuns.otherOutcomes} + ${tally.otherOutcomes}`,
        issues: sql`${networkSyncRuns.issues} + ${tally.issues}`,
      })
      .where(eq(networkSyncRuns.id, input.runId));
    return tally;
  });
  return { next, counts };
}

function readPage(client: NetworkApiClient, body: string, account: AdapterAccount): AdapterResult {
  try {
    return client.adapter(body, account);
  } catch (error) {
    // Adapters are meant never to throw; one that does is a bug, kept as an issue.
    const why = error instanceof Error ? error.message : String(error);
    return { events: [], issues: [{ at: 'document', problem: `adapter failed: ${why}` }] };
  }
}

function count(tally: PageCounts, outcome: ApplyOutcome): void {
  if (outcome === 'applied') tally.applied++;
  else if (outcome === 'duplicate') tally.duplicates++;
  else tally.otherOutcomes++;
}

function issueText(issues: readonly AdapterIssue[]): string {
  return issues.map((issue) => `${issue.at}: ${issue.problem}`).join('; ');
}

function clip(text: string): string {
  return text.length > ERROR_MAX ? `${text.slice(0, ERROR_MAX - 1)}…` : text;
}
