import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  type Conversion,
  conversionChanges,
  conversionEvents,
  conversionLines,
  conversionStatusChanges,
  conversions,
} from '@/db/schema';
import { postConversionChange } from '@/lib/ledger/post-conversion-change';
import type { ConversionEvent } from '@/lib/networks/conversion-event';
import { eventHash } from './event-hash';
import { matchClick } from './match-click';
import { isAllowedTransition } from './transitions';

// Applies one normalised event to its conversion, inside the caller's
// transaction. Order of business:
//   1. record the event under its idempotency key (account, source record key,
//      event hash): a key already there is a duplicate, a no-op. Concurrent
//      copies wait on the unique index, so 20 at once apply once;
//   2. lock the conversion (creating it on first sight, matched to its click);
//   3. refuse what §6.2 forbids (recorded and flagged, never applied), and
//      events older than the last applied one (stale: networks retry and
//      reorder, their own timestamps decide);
//   4. amounts: a `totals` event becomes the signed difference from the
//      current sums; a `delta` event is the line itself;
//   5. the status history and one conversion change for the ledger.

export type ApplyOutcome = 'applied' | 'duplicate' | 'stale' | 'rejected_transition' | 'not_commissionable';

export type ApplyResult = { outcome: ApplyOutcome; conversionId: string | null; detail?: string };

export async function applyConversionEvent(
  tx: Tx,
  input: { networkAccountId: number; inboxEventId: number; event: ConversionEvent },
): Promise<ApplyResult> {
  const { event } = input;
  const [recorded] = await tx
    .insert(conversionEvents)
    .values({
      networkAccountId: input.networkAccountId,
      sourceRecordKey: event.sourceRecordKey,
      eventHash: eventHash(event),
      inboxEventId: input.inboxEventId,
      outcome: 'applied',
      event,
    })
    .onConflictDoNothing()
    .returning({ id: conversionEvents.id });
  if (!recorded) return { outcome: 'duplicate', conversionId: null };

  const finish = async (outcome: ApplyOutcome, conversionId: string | null, detail?: string) => {
    await tx
      .update(conversionEvents)
      .set({ outcome, conversionId, detail: detail ?? null })
      .where(eq(conversionEvents.id, recorded.id));
    return { outcome, conversionId, detail };
  };

  if (!event.commissionable) return finish('not_commissionable', null);

  let current = await lockConversion(tx, input.networkAccountId, event.networkConversionId);
  if (!current) {
    const id = await createConversion(tx, input.networkAccountId, event, recorded.id);
    if (id) return finish('applied', id);
    // Created meanwhile by another event of the same conversion: this one is an update, checked as one.
    current = (await lockConversion(tx, input.networkAccountId, event.networkConversionId))!;
  }

  // Totals are a network's state at a time: an older state is stale. A delta
  // is a line of its own, added whenever it arrives; only its status ages.
  const isDelta = event.amounts.kind === 'delta';
  const eventMs = Date.parse(event.effectiveAt);
  const lastMs = current.lastEffectiveAt.getTime();
  const forward = event.status !== current.status && isAllowedTransition(current.status, event.status);
  // An older state is stale, unless it moves the conversion forward: statuses
  // only go one way, and some networks stamp a postback later than the API's
  // own record of the same approval (Kwanko). At an equal time (networks that
  // give no time for status changes) a step backwards is a replay, not news.
  const stale = eventMs < lastMs && !forward;
  if (stale && !isDelta)
    return finish('stale', current.id, `older than ${current.lastEffectiveAt.toISOString()}`);
  if (eventMs === lastMs && !isDelta && !isAllowedTransition(current.status, event.status)) {
    return finish('stale', current.id, `${current.status} → ${event.status} at the same time: a replay`);
  }
  const currency = eventCurrency(event);
  if (currency !== current.currency) {
    await flag(tx, current.id);
    return finish(
      'rejected_transition',
      current.id,
      `currency ${currency} on a ${current.currency} conversion`,
    );
  }
  if (!stale && !isAllowedTransition(current.status, event.status)) {
    await flag(tx, current.id);
    return finish('rejected_transition', current.id, `${current.status} → ${event.status}`);
  }
  const changed = await updateConversion(tx, current, event, recorded.id, { applyStatus: !stale });
  return finish(changed ? 'applied' : 'stale', current.id, changed ? undefined : 'nothing new');
}

async function lockConversion(tx: Tx, networkAccountId: number, networkConversionId: string) {
  const [row] = await tx
    .select()
    .from(conversions)
    .where(
      and(
        eq(conversions.networkAccountId, networkAccountId),
        eq(conversions.networkConversionId, networkConversionId),
      ),
    )
    .for('update');
  return row ?? null;
}

function eventCurrency(event: ConversionEvent): string {
  return event.amounts.kind === 'totals'
    ? event.amounts.commission.currency
    : event.amounts.commissionDelta.currency;
}

/** The line an event adds, against the current sums (null: nothing changes). */
function lineFor(
  event: ConversionEvent,
  sums: { saleMinor: number | null; commissionMinor: number },
  first: boolean,
): {
  kind: 'original' | 'amendment' | 'correction' | 'reversal' | 'bonus';
  sale: number | null;
  commission: number;
} | null {
  if (event.amounts.kind === 'delta') {
    const { line, saleDelta, commissionDelta } = event.amounts;
    return { kind: line, sale: saleDelta?.amountMinor ?? null, commission: commissionDelta.amountMinor };
  }
  const sale = event.amounts.sale ? event.amounts.sale.amountMinor - (sums.saleMinor ?? 0) : null;
  const commission = event.amounts.commission.amountMinor - sums.commissionMinor;
  if (first) return { kind: 'original', sale: event.amounts.sale?.amountMinor ?? null, commission };
  if (commission === 0 && (sale === null || sale === 0)) return null;
  return { kind: 'amendment', sale, commission };
}

async function createConversion(
  tx: Tx,
  networkAccountId: number,
  event: ConversionEvent,
  eventId: number,
): Promise<string | null> {
  const match = await matchClick(tx, event.clickRef);
  const line = lineFor(event, { saleMinor: null, commissionMinor: 0 }, true)!;
  const effectiveAt = new Date(event.effectiveAt);
  const inserted = await tx
    .insert(conversions)
    .values({
      networkCode: event.network,
      networkAccountId,
      networkConversionId: event.networkConversionId,
      advertiserId: event.advertiserId,
      orderRef: event.orderRef,
      type: event.type,
      clickRef: event.clickRef,
      ...match,
      subIds: event.subIds,
      newCustomer: event.newCustomer ?? null,
      status: event.status,
      networkStatus: event.networkStatus,
      saleMinor: line.sale,
      commissionMinor: line.commission,
      currency: eventCurrency(event),
      originalSaleMinor: event.originalSale?.amountMinor ?? null,
      originalCurrency: event.originalSale?.currency ?? null,
      convertedAt: new Date(event.convertedAt),
      clickedAt: dateOrNull(event.clickedAt),
      validatedAt: dateOrNull(event.validatedAt),
      lockAt: dateOrNull(event.lockAt),
      paidAt: dateOrNull(event.paidAt),
      declineReason: event.status === 'declined' ? event.reason : null,
      lastEffectiveAt: effectiveAt,
    })
    .onConflictDoNothing()
    .returning();
  const conversion = inserted[0];
  if (!conversion) return null;
  await tx.insert(conversionLines).values({
    conversionId: conversion.id,
    kind: line.kind,
    sourceRecordKey: event.amounts.kind === 'delta' ? event.sourceRecordKey : null,
    saleDeltaMinor: line.sale,
    commissionDeltaMinor: line.commission,
    currency: conversion.currency,
    reason: event.reason,
    effectiveAt,
    eventId,
  });
  await tx.insert(conversionStatusChanges).values({
    conversionId: conversion.id,
    fromStatus: null,
    toStatus: conversion.status,
    networkStatus: event.networkStatus,
    effectiveAt,
    eventId,
  });
  await recordChange(tx, conversion);
  return conversion.id;
}

async function updateConversion(
  tx: Tx,
  current: Conversion,
  event: ConversionEvent,
  eventId: number,
  options: { applyStatus: boolean },
): Promise<boolean> {
  const effectiveAt = new Date(event.effectiveAt);
  const recordKey = event.amounts.kind === 'delta' ? event.sourceRecordKey : null;
  // A network line already here (a re-poll of the same CJ record in a new state) adds nothing.
  const known = recordKey !== null && (await hasLine(tx, current.id, recordKey));
  const line = known ? null : lineFor(event, current, false);
  const commissionMinor = current.commissionMinor + (line?.commission ?? 0);
  const status = options.applyStatus
    ? netStatus(event, commissionMinor, await hasCorrection(tx, current.id, line))
    : current.status;
  const statusChanged = current.status !== status && isAllowedTransition(current.status, status);
  const nextStatus = statusChanged ? status : current.status;
  if (!line && !statusChanged && !options.applyStatus) return false;
  const [updated] = await tx
    .update(conversions)
    .set({
      status: nextStatus,
      networkStatus: options.applyStatus ? event.networkStatus : current.networkStatus,
      saleMinor: line?.sale != null ? (current.saleMinor ?? 0) + line.sale : current.saleMinor,
      commissionMinor,
      newCustomer: event.newCustomer ?? current.newCustomer,
      validatedAt: dateOrNull(event.validatedAt) ?? current.validatedAt,
      lockAt: dateOrNull(event.lockAt) ?? current.lockAt,
      paidAt: dateOrNull(event.paidAt) ?? current.paidAt,
      declineReason:
        nextStatus === 'declined' ? (event.reason ?? current.declineReason) : current.declineReason,
      lastEffectiveAt: effectiveAt > current.lastEffectiveAt ? effectiveAt : current.lastEffectiveAt,
      revision: line || statusChanged ? sql`${conversions.revision} + 1` : conversions.revision,
      updatedAt: sql`now()`,
    })
    .where(eq(conversions.id, current.id))
    .returning();
  if (line) {
    await tx.insert(conversionLines).values({
      conversionId: current.id,
      kind: line.kind,
      saleDeltaMinor: line.sale,
      commissionDeltaMinor: line.commission,
      currency: current.currency,
      reason: event.reason,
      effectiveAt,
      sourceRecordKey: recordKey,
      eventId,
    });
  }
  if (statusChanged) {
    await tx.insert(conversionStatusChanges).values({
      conversionId: current.id,
      fromStatus: current.status,
      toStatus: nextStatus,
      networkStatus: event.networkStatus,
      effectiveAt,
      eventId,
    });
  }
  if (line || statusChanged) await recordChange(tx, updated!);
  return Boolean(line || statusChanged);
}

/**
 * The status an event leaves. For networks that send lines (CJ), networks.md
 * §6.2 decides on the whole conversion: once corrected to a net commission of
 * zero or less, it is declined, whatever the record's own status says.
 */
function netStatus(
  event: ConversionEvent,
  commissionMinor: number,
  corrected: boolean,
): ConversionEvent['status'] {
  if (event.amounts.kind === 'delta' && corrected && commissionMinor <= 0) return 'declined';
  return event.status;
}

async function hasLine(tx: Tx, conversionId: string, sourceRecordKey: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: conversionLines.id })
    .from(conversionLines)
    .where(
      and(
        eq(conversionLines.conversionId, conversionId),
        eq(conversionLines.sourceRecordKey, sourceRecordKey),
      ),
    )
    .limit(1);
  return row !== undefined;
}

async function hasCorrection(
  tx: Tx,
  conversionId: string,
  adding: { kind: string } | null,
): Promise<boolean> {
  if (adding && (adding.kind === 'correction' || adding.kind === 'reversal')) return true;
  const [row] = await tx
    .select({ id: conversionLines.id })
    .from(conversionLines)
    .where(
      and(
        eq(conversionLines.conversionId, conversionId),
        sql`${conversionLines.kind} in ('correction', 'reversal')`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** The change for the ledger, consumed at once in this same transaction (DESIGN.md §2: tracked → split → ledger). */
async function recordChange(tx: Tx, conversion: Conversion) {
  const [change] = await tx
    .insert(conversionChanges)
    .values({
      conversionId: conversion.id,
      revision: conversion.revision,
      status: conversion.status,
      saleMinor: conversion.saleMinor,
      commissionMinor: conversion.commissionMinor,
      currency: conversion.currency,
    })
    .returning({ id: conversionChanges.id });
  await postConversionChange(tx, change!.id);
}

async function flag(tx: Tx, conversionId: string) {
  await tx
    .update(conversions)
    .set({ flagged: true, updatedAt: sql`now()` })
    .where(eq(conversions.id, conversionId));
}

function dateOrNull(iso: string | null): Date | null {
  return iso === null ? null : new Date(iso);
}
