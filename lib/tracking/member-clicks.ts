import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { type ClickTermsSnapshot, clicks, type DeviceType, merchants } from '@/db/schema';
import { isUuid } from '@/lib/accounts/account-user';
import { clampLimit, type KeysetPage, keysetOrder, keysetPage, type PageCursor } from '@/lib/admin/keyset';
import { baseValue, effectiveValue, type RateValue, sameValue } from '@/lib/catalog/headline';
import { isClickId } from './click-id';

// "My clicks" (/account/clicks): a member's exit clicks, newest first, with the
// terms each one locked in. This list is the evidence a missing-cashback claim
// rests on, so it shows the snapshot taken at the click (DESIGN.md §3.6), never
// today's catalog. Ownership is the query itself: every read is filtered on the
// member's id, so another member's click id is simply not found.

export const MEMBER_CLICKS_PAGE_SIZE = 20;
export const MEMBER_CLICKS_PAGE_SIZE_MAX = 50;

type SnapshotOffer = ClickTermsSnapshot['offers'][number];
type SnapshotRate = SnapshotOffer['rates'][number];

/** One rate as captured: its usual value and, if a boost was in force, the boosted one. */
export type CapturedRate = Pick<
  SnapshotRate,
  | 'id'
  | 'scope'
  | 'productCategoryFr'
  | 'productCategoryEn'
  | 'minBasketMinor'
  | 'currency'
  | 'labelFr'
  | 'labelEn'
> & {
  usual: RateValue;
  boost: { labelFr: string; labelEn: string; value: RateValue; endsAt: Date } | null;
};

export type CapturedOffer = Pick<
  SnapshotOffer,
  | 'id'
  | 'titleFr'
  | 'titleEn'
  | 'conditionsFr'
  | 'conditionsEn'
  | 'exclusionsFr'
  | 'exclusionsEn'
  | 'minBasketMinor'
  | 'currency'
> & { endsAt: Date | null; rates: CapturedRate[] };

export type MemberClick = {
  id: string;
  createdAt: Date;
  /** Today's name and slug (the store page to go back to). */
  merchant: { name: string; slug: string };
  /** The offer the member chose (`?offer=`); null when every offer below was open. */
  offer: { id: number; titleFr: string; titleEn: string } | null;
  /** The offers and rates in force at the click, as captured. */
  offers: CapturedOffer[];
  deviceType: DeviceType;
  deepLink: string | null;
};

export type MemberClickDetail = MemberClick & {
  capturedAt: Date;
  /** The merchant's validation delay when the click was made. */
  validationDelayDays: number;
};

export type MemberClicksInput = { userId: string; cursor?: PageCursor | null; limit?: number };

const columns = {
  id: clicks.id,
  createdAt: clicks.createdAt,
  deviceType: clicks.deviceType,
  deepLink: clicks.deepLink,
  snapshot: clicks.termsSnapshot,
  merchantName: merchants.name,
  merchantSlug: merchants.slug,
};

type ClickRow = {
  id: string;
  createdAt: Date;
  deviceType: DeviceType;
  deepLink: string | null;
  snapshot: ClickTermsSnapshot;
  merchantName: string;
  merchantSlug: string;
};

/** One page of the member's clicks, newest first; keyset on (created_at, id), at most 50 a page. */
export async function listMemberClicks(
  db: DbOrTx,
  input: MemberClicksInput,
): Promise<KeysetPage<MemberClick>> {
  const limit = clampLimit(input.limit, MEMBER_CLICKS_PAGE_SIZE, MEMBER_CLICKS_PAGE_SIZE_MAX);
  if (!isUuid(input.userId)) return { items: [], newer: null, older: null };
  // A cursor that is not a click id is ignored (first page), as a stale or hand-typed link would be.
  const cursor = input.cursor && isClickId(input.cursor.id) ? input.cursor : null;
  const conditions: SQL[] = [eq(clicks.userId, input.userId)];
  if (cursor) conditions.push(beyond(input.userId, cursor));
  const rows = await db
    .select(columns)
    .from(clicks)
    .innerJoin(merchants, eq(merchants.id, clicks.merchantId))
    .where(and(...conditions))
    .orderBy(...keysetOrder(clicks, cursor))
    .limit(limit + 1);
  return keysetPage(rows.map(toMemberClick), limit, cursor);
}

/** One of the member's clicks with its full snapshot; null for an unknown id or anyone else's click. */
export async function getMemberClick(
  db: DbOrTx,
  input: { userId: string; clickId: string },
): Promise<MemberClickDetail | null> {
  if (!isUuid(input.userId) || !isClickId(input.clickId)) return null;
  const [row] = await db
    .select(columns)
    .from(clicks)
    .innerJoin(merchants, eq(merchants.id, clicks.merchantId))
    .where(and(eq(clicks.id, input.clickId), eq(clicks.userId, input.userId)))
    .limit(1);
  if (!row) return null;
  return {
    ...toMemberClick(row),
    capturedAt: new Date(row.snapshot.capturedAt),
    validationDelayDays: row.snapshot.merchant.validationDelayDays,
  };
}

/**
 * The rows strictly beyond the cursor click, read in SQL (timestamps keep their
 * microseconds) and only among this member's clicks: someone else's click id
 * as a cursor matches no row, so the page is empty rather than a peek at theirs.
 */
function beyond(userId: string, cursor: PageCursor): SQL {
  const op = cursor.direction === 'older' ? sql`<` : sql`>`;
  return sql`(${clicks.createdAt}, ${clicks.id}) ${op} (select c.created_at, c.id from ${clicks} c where c.id = ${cursor.id} and c.user_id = ${userId})`;
}

function toMemberClick(row: ClickRow): MemberClick {
  const snapshot = row.snapshot;
  const offers = snapshot.version === 1 ? snapshot.offers.map(capturedOffer) : [];
  const selected = offers.find((offer) => offer.id === snapshot.selectedOfferId);
  return {
    id: row.id,
    createdAt: row.createdAt,
    merchant: { name: row.merchantName, slug: row.merchantSlug },
    offer: selected ? { id: selected.id, titleFr: selected.titleFr, titleEn: selected.titleEn } : null,
    offers,
    deviceType: row.deviceType,
    deepLink: row.deepLink,
  };
}

function capturedOffer(offer: SnapshotOffer): CapturedOffer {
  return {
    id: offer.id,
    titleFr: offer.titleFr,
    titleEn: offer.titleEn,
    conditionsFr: offer.conditionsFr,
    conditionsEn: offer.conditionsEn,
    exclusionsFr: offer.exclusionsFr,
    exclusionsEn: offer.exclusionsEn,
    minBasketMinor: offer.minBasketMinor,
    currency: offer.currency,
    endsAt: offer.endsAt ? new Date(offer.endsAt) : null,
    rates: offer.rates.map(capturedRate),
  };
}

function capturedRate(rate: SnapshotRate): CapturedRate {
  const boost = rate.boost
    ? {
        rateId: rate.id,
        boostedRateBps: rate.boost.boostedRateBps,
        boostedAmountMinor: rate.boost.boostedAmountMinor,
      }
    : undefined;
  const usual = baseValue(rate);
  const boosted = effectiveValue(rate, boost);
  return {
    id: rate.id,
    scope: rate.scope,
    productCategoryFr: rate.productCategoryFr,
    productCategoryEn: rate.productCategoryEn,
    minBasketMinor: rate.minBasketMinor,
    currency: rate.currency,
    labelFr: rate.labelFr,
    labelEn: rate.labelEn,
    usual,
    // A boost that leaves the value as it was (another kind of value) changed nothing: none shown.
    boost:
      rate.boost && !sameValue(boosted, usual)
        ? {
            labelFr: rate.boost.labelFr,
            labelEn: rate.boost.labelEn,
            value: boosted,
            endsAt: new Date(rate.boost.endsAt),
          }
        : null,
  };
}
