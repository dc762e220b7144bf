import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import type { Db } from '@/db/client';
import { inboxEvents } from '@/db/schema';
import type { AdapterAccount } from '@/lib/networks/conversion-event';
import { resolvePostbackAccount } from '@/lib/networks/network-accounts';
import { type PostbackAdapters, processInboxEvent, recordProcessingFailure } from './process-inbox';

// GET|POST /api/postbacks/<network>/<token> (networks.md §4 receiver
// contract): a bad token is a 401 and only a security log line; otherwise the
// raw request is committed to the inbox FIRST, then processed, then answered
// 200 — also when it cannot be parsed or names an unknown click, because a
// network that gets an error retries or gives up, and either way nothing it
// sent may be lost. A processing failure leaves the row `received` for
// replay (process-inbox.ts, recordProcessingFailure).
//
// With an `intake` (the production server's, receive-postback-intake.ts) the
// row is committed with others in one group commit and answered 200 once
// durable, then applied right behind the answer (DESIGN.md §2: "store raw,
// answer 200, process"). Applying before answering, as without an intake,
// was measured at about 200 postbacks/s on this 2-core machine (some thirty
// statements per row), against 1,000/s asked for; the 200 still means the
// raw request is stored. A row a crash left unread, or one beyond the
// intake's queue, is applied by the sweep (process-stuck-inbox.ts). Its
// accounts are remembered for a few seconds, so a revoked token still works
// that long. Without an intake (the route handler under `next dev`, tests)
// each row is stored, processed, then answered.

export const POSTBACK_BODY_MAX_BYTES = 64 * 1024;

export type IncomingPostback = {
  networkCode: string;
  token: string;
  method: 'GET' | 'POST';
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
  sourceIp: string | null;
};

export type PostbackAnswer =
  | { status: 200; inboxEventId: number; processed: 'processed' | 'parse_error' | 'failed' | 'queued' }
  | { status: 401 | 403; reason: string };

export type NewInboxEvent = typeof inboxEvents.$inferInsert;

/** Stores inbox rows durably (resolving once committed) and processes them afterwards. */
export type PostbackIntake = {
  resolveAccount: typeof resolvePostbackAccount;
  store: (row: NewInboxEvent) => Promise<number>;
  /** Resolves once applied, or at once with 'queued' when the queue is full (the sweep applies it later). */
  process: (
    inboxEventId: number,
    account: AdapterAccount,
  ) => Promise<'processed' | 'parse_error' | 'failed' | 'queued'>;
};

// Headers that say something about the sender; cookies and authorisation never reach the inbox.
const KEPT_HEADERS = ['content-type', 'content-length', 'user-agent', 'x-forwarded-for', 'x-request-id'];

export async function receivePostback(
  db: Db,
  incoming: IncomingPostback,
  deps: { adapters: PostbackAdapters; log?: (line: string) => void; intake?: PostbackIntake },
): Promise<PostbackAnswer> {
  const log = deps.log ?? ((line: string) => console.warn(line));
  const resolveAccount = deps.intake?.resolveAccount ?? resolvePostbackAccount;
  const account = await resolveAccount(db, incoming.networkCode, incoming.token);
  if (!account) {
    log(
      `[security] postback refused: bad token for network "${incoming.networkCode.slice(0, 32)}" from ${incoming.sourceIp ?? 'unknown'}`,
    );
    return { status: 401, reason: 'unknown network or token' };
  }
  if (
    account.allowedSourceIps &&
    !(incoming.sourceIp && account.allowedSourceIps.includes(incoming.sourceIp))
  ) {
    log(
      `[security] postback refused: source ${incoming.sourceIp ?? 'unknown'} not allowed for network account ${account.id}`,
    );
    return { status: 403, reason: 'source address not allowed' };
  }

  const headers = Object.fromEntries(
    KEPT_HEADERS.filter((name) => incoming.headers[name] !== undefined).map((name) => [
      name,
      incoming.headers[name]!,
    ]),
  );
  const row: NewInboxEvent = {
    networkCode: account.networkCode,
    networkAccountId: account.id,
    channel: 'postback',
    sourceIp: incoming.sourceIp && isIP(incoming.sourceIp) ? incoming.sourceIp : null,
    method: incoming.method,
    path: incoming.path.replace(incoming.token, '<token>'),
    query: incoming.query,
    headers,
    body: incoming.body,
    payloadHash: createHash('sha256')
      .update(`${incoming.method}\n${JSON.stringify(incoming.query)}\n${incoming.body}`)
      .digest('hex'),
  };
  const adapterAccount: AdapterAccount = {
    network: account.networkCode,
    publisherId: account.publisherId,
    defaultCurrency: account.defaultCurrency,
    fieldMap: account.fieldMap ?? undefined,
  };

  if (deps.intake) {
    const inboxEventId = await deps.intake.store(row);
    // Answered once durable; applied right behind the answer (see above for why).
    void deps.intake.process(inboxEventId, adapterAccount);
    return { status: 200, inboxEventId, processed: 'queued' };
  }

  const [stored] = await db.insert(inboxEvents).values(row).returning({ id: inboxEvents.id });
  const inboxEventId = stored!.id;
  try {
    const result = await processInboxEvent(db, inboxEventId, {
      adapters: deps.adapters,
      account: adapterAccount,
    });
    return { status: 200, inboxEventId, processed: result.status };
  } catch (error) {
    // Stored, not yet applied: the row stays `received`, with why, for a replay.
    await recordProcessingFailure(db, inboxEventId, error);
    return { status: 200, inboxEventId, processed: 'failed' };
  }
}
