import { asc, count, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { conversionEvents, conversions, inboxEvents, networkAccounts } from '@/db/schema';
import type { InboxStatusValue } from './ingestion-query';

// /admin/ingestion/inbox/[id]: one stored request exactly as it came (the
// page shows it as text) and what intake recorded from it, event by event.

export const DETAIL_EVENTS_MAX = 200;

export type InboxEventDetail = {
  id: number;
  networkCode: string;
  account: { id: number; name: string; publisherId: string };
  channel: 'postback' | 'api' | 'csv';
  receivedAt: Date;
  processedAt: Date | null;
  sourceIp: string | null;
  method: string | null;
  path: string | null;
  query: Record<string, string> | null;
  headers: Record<string, string> | null;
  body: string;
  payloadHash: string;
  status: InboxStatusValue;
  error: string | null;
  eventCount: number;
  replayCount: number;
  events: InboxRecordedEvent[];
  /** How many events were recorded in all (only the first DETAIL_EVENTS_MAX are listed). */
  eventsTotal: number;
};

export type InboxRecordedEvent = {
  id: number;
  createdAt: Date;
  sourceRecordKey: string;
  outcome: 'applied' | 'duplicate' | 'stale' | 'rejected_transition' | 'not_commissionable';
  detail: string | null;
  conversionId: string | null;
  networkConversionId: string | null;
};

const SERIAL_ID = /^[1-9]\d{0,15}$/;

/** The row and its events, or null for an unknown or malformed id (the page's 404). */
export async function inboxEventDetail(db: DbOrTx, id: string | number): Promise<InboxEventDetail | null> {
  const text = String(id);
  if (!SERIAL_ID.test(text) || !Number.isSafeInteger(Number(text))) return null;
  const inboxEventId = Number(text);
  const [row] = await db
    .select({
      event: inboxEvents,
      account: {
        id: networkAccounts.id,
        name: networkAccounts.name,
        publisherId: networkAccounts.publisherId,
      },
    })
    .from(inboxEvents)
    .innerJoin(networkAccounts, eq(networkAccounts.id, inboxEvents.networkAccountId))
    .where(eq(inboxEvents.id, inboxEventId));
  if (!row) return null;
  const [events, [total]] = await Promise.all([
    db
      .select({
        id: conversionEvents.id,
        createdAt: conversionEvents.createdAt,
        sourceRecordKey: conversionEvents.sourceRecordKey,
        outcome: conversionEvents.outcome,
        detail: conversionEvents.detail,
        conversionId: conversionEvents.conversionId,
        networkConversionId: conversions.networkConversionId,
      })
      .from(conversionEvents)
      .leftJoin(conversions, eq(conversions.id, conversionEvents.conversionId))
      .where(eq(conversionEvents.inboxEventId, inboxEventId))
      .orderBy(asc(conversionEvents.id))
      .limit(DETAIL_EVENTS_MAX),
    db.select({ n: count() }).from(conversionEvents).where(eq(conversionEvents.inboxEventId, inboxEventId)),
  ]);
  const { event } = row;
  return {
    id: event.id,
    networkCode: event.networkCode,
    account: row.account,
    channel: event.channel,
    receivedAt: event.receivedAt,
    processedAt: event.processedAt,
    sourceIp: event.sourceIp,
    method: event.method,
    path: event.path,
    query: event.query,
    headers: event.headers,
    body: event.body,
    payloadHash: event.payloadHash,
    status: event.status,
    error: event.error,
    eventCount: event.eventCount,
    replayCount: event.replayCount,
    events,
    eventsTotal: total?.n ?? 0,
  };
}
