import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import type { UserRole } from '@/db/schema';
import { conversionEvents, conversions, inboxEvents, networkAccounts } from '@/db/schema';
import { writeAudit } from '@/lib/accounts/audit';
import { requireRole } from '@/lib/accounts/roles';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import type {
  AdapterIssue,
  AdapterResult,
  ConversionEvent,
  ConversionStatus,
  Money,
} from '@/lib/networks/conversion-event';
import { type DocumentFormat, findDocumentFormat } from '@/lib/networks/document-adapters';
import { type ApplyOutcome, applyConversionEvent } from './apply-event';
import { eventHash } from './event-hash';

// Report import from the back office (issue 5): ops upload what a network
// exported (a CSV report, a saved API response), see what applying it would
// do, then apply it. Both steps read the same text with the same adapter on
// the server: a preview is never trusted, the apply reads the file again.
// Applying keeps the file as one inbox row (channel `csv`) and sends every
// event through applyConversionEvent in one transaction, so re-importing the
// same file is all duplicates and changes nothing.

/** The inbox keeps the file as sent; its body column is bounded to 1 MiB. */
export const IMPORT_MAX_BYTES = 1_048_576;
/** Events listed on the preview; the counts cover all of them. */
export const PREVIEW_EVENT_LIMIT = 50;
const ERROR_MAX = 4_000;
const LOOKUP_CHUNK = 500;

export type ImportRequest = { networkAccountId: number; format: string; content: string };

/** What applying an event would do: create its conversion, change it, or nothing (already recorded). */
export type PreviewAction = 'new' | 'update' | 'duplicate';

export type PreviewEvent = {
  networkConversionId: string;
  sourceRecordKey: string;
  status: ConversionStatus;
  networkStatus: string;
  /** `totals`: the conversion's amounts; `delta`: a line to add. */
  amountsKind: 'totals' | 'delta';
  sale: Money | null;
  commission: Money;
  clickRef: string | null;
  action: PreviewAction;
};

export type ImportAccount = { id: number; name: string; networkCode: string };

export type ReportPreview = {
  account: ImportAccount;
  format: { id: string; label: string };
  bytes: number;
  total: number;
  counts: Record<PreviewAction, number>;
  /** The first PREVIEW_EVENT_LIMIT events, in file order. */
  events: PreviewEvent[];
  issues: AdapterIssue[];
};

export type ApplyReportRequest = ImportRequest & {
  actor: { id: string; role: UserRole };
  ip?: string | null;
  /** The uploaded file's name, kept with the inbox row. */
  fileName?: string | null;
};

export type ReportApplied = {
  inboxEventId: number;
  total: number;
  outcomes: Record<ApplyOutcome, number>;
  conversionsCreated: number;
  issues: AdapterIssue[];
};

const key = (name: string) => `admin.ingestion.errors.import.${name}` as MessageKey;

/** Parses the file with the account's adapter and says what applying each event would do; writes nothing. */
export async function previewReport(db: DbOrTx, request: ImportRequest): Promise<ReportPreview> {
  const { account, format, result, bytes } = await readReport(db, request);
  const recorded = await recordedKeys(db, account.id, result.events);
  const existing = await existingConversions(
    db,
    account.id,
    result.events.map((e) => e.networkConversionId),
  );

  const counts: Record<PreviewAction, number> = { new: 0, update: 0, duplicate: 0 };
  const seenKeys = new Set<string>();
  const events: PreviewEvent[] = [];
  for (const event of result.events) {
    const idKey = idempotencyKey(event);
    let action: PreviewAction;
    if (recorded.has(idKey) || seenKeys.has(idKey)) action = 'duplicate';
    else if (existing.has(event.networkConversionId)) action = 'update';
    else action = 'new';
    seenKeys.add(idKey);
    // Later events of a conversion this file creates update it.
    if (action !== 'duplicate') existing.add(event.networkConversionId);
    counts[action] += 1;
    if (events.length < PREVIEW_EVENT_LIMIT) events.push(previewEvent(event, action));
  }
  return {
    account,
    format: { id: format.id, label: format.label },
    bytes,
    total: result.events.length,
    counts,
    events,
    issues: result.issues,
  };
}

/** Keeps the file as one inbox row and applies every event in one transaction; audited. */
export async function applyReport(db: Db, request: ApplyReportRequest): Promise<ReportApplied> {
  const actor = requireRole(request.actor, 'ops', 'admin');
  const { account, format, result, bytes } = await readReport(db, request);
  if (result.events.length === 0) throw new AppError('unprocessable', key('nothingToApply'));

  return db.transaction(async (tx) => {
    const before = await countConversions(tx, account.id);
    const [inbox] = await tx
      .insert(inboxEvents)
      .values({
        networkCode: account.networkCode,
        networkAccountId: account.id,
        channel: 'csv',
        sourceIp: request.ip ?? null,
        method: null,
        path: '/admin/ingestion/import',
        query: {
          format: format.id,
          ...(request.fileName ? { file: request.fileName.slice(0, 255) } : {}),
        },
        headers: {},
        body: request.content,
        payloadHash: createHash('sha256').update(request.content, 'utf8').digest('hex'),
        status: 'received',
      })
      .returning({ id: inboxEvents.id });

    const outcomes: Record<ApplyOutcome, number> = {
      applied: 0,
      duplicate: 0,
      stale: 0,
      rejected_transition: 0,
      not_commissionable: 0,
    };
    for (const event of result.events) {
      const applied = await applyConversionEvent(tx, {
        networkAccountId: account.id,
        inboxEventId: inbox!.id,
        event,
      });
      outcomes[applied.outcome] += 1;
    }
    await tx
      .update(inboxEvents)
      .set({
        status: 'processed',
        processedAt: sql`now()`,
        eventCount: result.events.length,
        error: result.issues.length ? truncate(issueText(result.issues)) : null,
      })
      .where(eq(inboxEvents.id, inbox!.id));
    const conversionsCreated = (await countConversions(tx, account.id)) - before;

    await writeAudit(tx, {
      actorUserId: actor.id,
      action: 'ingestion.imported',
      details: {
        inboxEventId: inbox!.id,
        networkAccountId: account.id,
        network: account.networkCode,
        format: format.id,
        bytes,
        events: result.events.length,
        applied: outcomes.applied,
        duplicates: outcomes.duplicate,
        conversionsCreated,
        issues: result.issues.length,
      },
      ip: request.ip,
    });
    return {
      inboxEventId: inbox!.id,
      total: result.events.length,
      outcomes,
      conversionsCreated,
      issues: result.issues,
    };
  });
}

/** The size and text checks shared by the action and the domain. */
export function checkReportContent(content: string): number {
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > IMPORT_MAX_BYTES) throw new AppError('payload_too_large', key('tooLarge'));
  if (content.trim() === '') throw new AppError('unprocessable', key('empty'));
  // A NUL is never in a text report (and PostgreSQL text cannot hold one): a binary file.
  if (content.includes('\u0000')) throw new AppError('unprocessable', key('unreadable'));
  return bytes;
}

async function readReport(
  db: DbOrTx,
  request: ImportRequest,
): Promise<{ account: ImportAccount; format: DocumentFormat; result: AdapterResult; bytes: number }> {
  const bytes = checkReportContent(request.content);
  if (!Number.isSafeInteger(request.networkAccountId) || request.networkAccountId < 1)
    throw new AppError('not_found', key('accountNotFound'));
  const [row] = await db
    .select({
      id: networkAccounts.id,
      name: networkAccounts.name,
      networkCode: networkAccounts.networkCode,
      publisherId: networkAccounts.publisherId,
      defaultCurrency: networkAccounts.defaultCurrency,
    })
    .from(networkAccounts)
    .where(eq(networkAccounts.id, request.networkAccountId));
  if (!row) throw new AppError('not_found', key('accountNotFound'));
  const format = findDocumentFormat(row.networkCode, request.format);
  if (!format) throw new AppError('unprocessable', key('formatMismatch'));

  let result: AdapterResult;
  try {
    result = format.adapter(request.content, {
      network: row.networkCode,
      publisherId: row.publisherId,
      defaultCurrency: row.defaultCurrency,
    });
  } catch (error) {
    // Adapters are meant never to throw; one that does is a bug, shown as an issue.
    result = {
      events: [],
      issues: [
        {
          at: 'document',
          problem: `adapter failed: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
  return {
    account: { id: row.id, name: row.name, networkCode: row.networkCode },
    format,
    result,
    bytes,
  };
}

function idempotencyKey(event: ConversionEvent): string {
  return `${event.sourceRecordKey}\u0000${eventHash(event)}`;
}

async function recordedKeys(
  db: DbOrTx,
  networkAccountId: number,
  events: readonly ConversionEvent[],
): Promise<Set<string>> {
  const found = new Set<string>();
  const recordKeys = [...new Set(events.map((e) => e.sourceRecordKey))];
  for (let i = 0; i < recordKeys.length; i += LOOKUP_CHUNK) {
    const rows = await db
      .select({ sourceRecordKey: conversionEvents.sourceRecordKey, eventHash: conversionEvents.eventHash })
      .from(conversionEvents)
      .where(
        and(
          eq(conversionEvents.networkAccountId, networkAccountId),
          inArray(conversionEvents.sourceRecordKey, recordKeys.slice(i, i + LOOKUP_CHUNK)),
        ),
      );
    for (const row of rows) found.add(`${row.sourceRecordKey}\u0000${row.eventHash}`);
  }
  return found;
}

async function existingConversions(
  db: DbOrTx,
  networkAccountId: number,
  ids: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += LOOKUP_CHUNK) {
    const rows = await db
      .select({ id: conversions.networkConversionId })
      .from(conversions)
      .where(
        and(
          eq(conversions.networkAccountId, networkAccountId),
          inArray(conversions.networkConversionId, unique.slice(i, i + LOOKUP_CHUNK)),
        ),
      );
    for (const row of rows) found.add(row.id);
  }
  return found;
}

async function countConversions(db: DbOrTx, networkAccountId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(conversions)
    .where(eq(conversions.networkAccountId, networkAccountId));
  return row?.n ?? 0;
}

function previewEvent(event: ConversionEvent, action: PreviewAction): PreviewEvent {
  const amounts = event.amounts;
  return {
    networkConversionId: event.networkConversionId,
    sourceRecordKey: event.sourceRecordKey,
    status: event.status,
    networkStatus: event.networkStatus,
    amountsKind: amounts.kind,
    sale: amounts.kind === 'totals' ? amounts.sale : amounts.saleDelta,
    commission: amounts.kind === 'totals' ? amounts.commission : amounts.commissionDelta,
    clickRef: event.clickRef,
    action,
  };
}

function issueText(issues: readonly AdapterIssue[]): string {
  return issues.map((i) => `${i.at}: ${i.problem}`).join('; ');
}

function truncate(text: string): string {
  return text.length > ERROR_MAX ? `${text.slice(0, ERROR_MAX - 1)}…` : text;
}
