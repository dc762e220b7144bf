import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { clicks, conversions, type MemberCashbackStatus, memberCashback, merchants } from '@/db/schema';
import type { Money } from '@/lib/money';
import { merchantValidationDelays } from './merchant-validation-delays';
import { type PredictedValidation, predictedValidation } from './predicted-validation';
import { type StoredSplit, storedSplit } from './stored-split';

// One member purchase as the list and the detail page read it: the
// conversion (store, order, purchase amount, what the network pays us) and
// the member's side of it from member_cashback (status, share, the split
// that explains it). A matched conversion gets its member_cashback row in the
// transaction that records it; one without (recorded before the ledger
// existed) reads as tracked with its share still to compute.

export type MemberPurchase = {
  id: string;
  /** Today's name and slug; null if the conversion was never tied to one of our merchants. */
  merchant: { id: number; name: string; slug: string } | null;
  orderRef: string | null;
  /** The purchase amount; null for conversions without one (leads). */
  sale: Money | null;
  /** What the merchant (through its network) pays us for this purchase. */
  commission: Money;
  /** The member's share; null while it is not computed. */
  cashback: Money | null;
  status: MemberCashbackStatus;
  convertedAt: Date;
  /** Set by the ledger when ops must look at the purchase (a clawback, a split refused). */
  flagged: boolean;
  split: StoredSplit;
  /** For tracked and pending purchases: when the merchant should confirm it. */
  predicted: PredictedValidation | null;
  /** The member's click, when its terms snapshot can be shown (a click from before the snapshot's shape cannot). */
  clickId: string | null;
  /** When the validation clock starts: the click, or the purchase without a known click time. */
  clockFrom: Date;
  statedDelayDays: number;
};

const purchaseColumns = {
  id: conversions.id,
  merchantId: merchants.id,
  merchantName: merchants.name,
  merchantSlug: merchants.slug,
  orderRef: conversions.orderRef,
  saleMinor: conversions.saleMinor,
  commissionMinor: conversions.commissionMinor,
  currency: conversions.currency,
  convertedAt: conversions.convertedAt,
  clickId: sql<
    string | null
  >`case when jsonb_typeof(${clicks.termsSnapshot} -> 'merchant') = 'object' then ${conversions.clickId} end`,
  status: memberCashback.status,
  memberMinor: memberCashback.memberMinor,
  flagged: memberCashback.flagged,
  split: memberCashback.split,
  clockFrom:
    sql<Date>`coalesce(${conversions.clickedAt}, ${clicks.createdAt}, ${conversions.convertedAt})`.mapWith(
      conversions.convertedAt,
    ),
  // The delay announced at the click (the member was promised it), else the merchant's today.
  statedDelayDays: sql<
    number | null
  >`coalesce((${clicks.termsSnapshot} -> 'merchant' ->> 'validationDelayDays')::int, ${merchants.validationDelayDays})`,
};

type PurchaseRow = {
  id: string;
  merchantId: number | null;
  merchantName: string | null;
  merchantSlug: string | null;
  orderRef: string | null;
  saleMinor: number | null;
  commissionMinor: number;
  currency: string;
  convertedAt: Date;
  clickId: string | null;
  status: MemberCashbackStatus | null;
  memberMinor: number | null;
  flagged: string | null;
  split: Record<string, unknown> | null;
  clockFrom: Date;
  statedDelayDays: number | null;
};

/** The select every purchase read starts from (the caller adds its where, order and limit). */
export function selectPurchases(db: DbOrTx) {
  return db
    .select(purchaseColumns)
    .from(conversions)
    .leftJoin(memberCashback, eq(memberCashback.conversionId, conversions.id))
    .leftJoin(merchants, eq(merchants.id, conversions.merchantId))
    .leftJoin(clicks, eq(clicks.id, conversions.clickId))
    .$dynamic();
}

/** Stated delay when neither the click nor the merchant says (a conversion without either). */
const DEFAULT_DELAY_DAYS = 60;

export function toPurchase(row: PurchaseRow): MemberPurchase {
  const currency = row.currency.trim();
  return {
    id: row.id,
    merchant:
      row.merchantId !== null && row.merchantName !== null && row.merchantSlug !== null
        ? { id: row.merchantId, name: row.merchantName, slug: row.merchantSlug }
        : null,
    orderRef: row.orderRef,
    sale: row.saleMinor === null ? null : { amountMinor: Number(row.saleMinor), currency },
    commission: { amountMinor: Number(row.commissionMinor), currency },
    cashback: row.memberMinor === null ? null : { amountMinor: Number(row.memberMinor), currency },
    status: row.status ?? 'tracked',
    convertedAt: row.convertedAt,
    flagged: row.flagged !== null,
    split: storedSplit(row.split),
    predicted: null,
    clickId: row.clickId,
    clockFrom: new Date(row.clockFrom),
    statedDelayDays: row.statedDelayDays ?? DEFAULT_DELAY_DAYS,
  };
}

/** Whether the purchase still waits for the merchant's confirmation, so a predicted date means something. */
export function awaitsValidation(status: MemberCashbackStatus): boolean {
  return status === 'tracked' || status === 'pending';
}

/** Fills `predicted` on the purchases that await validation: one delays query for all their merchants. */
export async function withPredictions(
  db: DbOrTx,
  purchases: MemberPurchase[],
  now: Date,
): Promise<MemberPurchase[]> {
  const waiting = purchases.filter((purchase) => awaitsValidation(purchase.status));
  if (waiting.length === 0) return purchases;
  const merchantIds = waiting.flatMap((purchase) => (purchase.merchant ? [purchase.merchant.id] : []));
  const delays = await merchantValidationDelays(db, merchantIds, now);
  return purchases.map((purchase) =>
    awaitsValidation(purchase.status)
      ? {
          ...purchase,
          predicted: predictedValidation({
            from: purchase.clockFrom,
            observedDelaysDays: purchase.merchant ? (delays.get(purchase.merchant.id) ?? []) : [],
            statedDelayDays: purchase.statedDelayDays,
          }),
        }
      : purchase,
  );
}
