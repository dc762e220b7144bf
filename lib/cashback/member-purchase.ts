import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { conversions, type MemberCashbackStatus, memberCashbackEvents } from '@/db/schema';
import { isUuid } from '@/lib/accounts/account-user';
import type { Money } from '@/lib/money';
import { getMemberClick, type MemberClickDetail } from '@/lib/tracking/member-clicks';
import { type MemberPurchase, selectPurchases, toPurchase, withPredictions } from './purchase-row';

// One purchase of the member's with the path it took: the click and the terms
// it captured (what the member was promised), then each member-side change
// the ledger recorded (tracked, amended, confirmed, payable, paid, cancelled…)
// with the share after it. Another member's purchase, an orphan or anything
// that is not a conversion id is null, which the page turns into a 404.

export const TIMELINE_KINDS = [
  'tracked',
  'assigned',
  'pending',
  'amended',
  'confirmed',
  'payable',
  'paid',
  'cancelled',
  'clawback',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number] | 'unknown';

export type TimelineEvent = {
  id: number;
  kind: TimelineKind;
  at: Date;
  /** The member-side status after the change. */
  status: MemberCashbackStatus;
  /** The member's share after the change. */
  cashback: Money;
  /** For an amendment: the share before it. */
  previous: Money | null;
};

export type MemberPurchaseDetail = MemberPurchase & {
  /** The member's click, with the terms it captured; null without one (a purchase assigned by ops). */
  click: MemberClickDetail | null;
  /** Oldest first. */
  timeline: TimelineEvent[];
};

/** A timeline holds a few events per purchase; this bounds a pathological one. */
const TIMELINE_MAX = 200;

export async function memberPurchase(
  db: DbOrTx,
  input: { userId: string; conversionId: string; now?: Date },
): Promise<MemberPurchaseDetail | null> {
  if (!isUuid(input.userId) || !isUuid(input.conversionId)) return null;
  const [row] = await selectPurchases(db)
    .where(and(eq(conversions.id, input.conversionId), eq(conversions.userId, input.userId)))
    .limit(1);
  if (!row) return null;
  const [purchase] = await withPredictions(db, [toPurchase(row)], input.now ?? new Date());
  const [click, events] = await Promise.all([
    purchase!.clickId ? getMemberClick(db, { userId: input.userId, clickId: purchase!.clickId }) : null,
    db
      .select({
        id: memberCashbackEvents.id,
        kind: memberCashbackEvents.kind,
        at: memberCashbackEvents.createdAt,
        status: memberCashbackEvents.status,
        memberMinor: memberCashbackEvents.memberMinor,
        currency: memberCashbackEvents.currency,
        entryId: memberCashbackEvents.entryId,
      })
      .from(memberCashbackEvents)
      // The user filter again: after a re-assignment, the earlier owner's events are not this member's.
      .where(
        and(
          eq(memberCashbackEvents.conversionId, input.conversionId),
          eq(memberCashbackEvents.userId, input.userId),
        ),
      )
      .orderBy(asc(memberCashbackEvents.id))
      .limit(TIMELINE_MAX),
  ]);
  return {
    ...purchase!,
    click,
    timeline: timelineOf(events),
  };
}

type EventRow = {
  id: number;
  kind: string;
  at: Date;
  status: MemberCashbackStatus;
  memberMinor: number;
  currency: string;
  entryId: number | null;
};

/**
 * The events as the member reads them. Every event carries the share after
 * its ledger entry, and one entry may record several (assigned, amended,
 * payable): an amendment's "before" is the share the previous entry left.
 */
function timelineOf(events: EventRow[]): TimelineEvent[] {
  let entry: number | null | undefined;
  let last: number | null = null;
  let before: number | null = null;
  return events.map((event) => {
    const currency = event.currency.trim();
    const kind = (TIMELINE_KINDS as readonly string[]).includes(event.kind)
      ? (event.kind as TimelineKind)
      : 'unknown';
    const memberMinor = Number(event.memberMinor);
    if (event.entryId === null || event.entryId !== entry) before = last;
    entry = event.entryId;
    last = memberMinor;
    const previous = kind === 'amended' && before !== null ? { amountMinor: before, currency } : null;
    return {
      id: Number(event.id),
      kind,
      at: event.at,
      status: event.status,
      cashback: { amountMinor: memberMinor, currency },
      previous,
    };
  });
}
