import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';

// Member purchases the ledger flagged for ops (/admin/adjustments): a clawback
// the member's balance could not cover (they now owe it), or a conversion the
// split refused (another currency than the click's terms). Ops settle them by
// an adjustment; newest first, bounded.

export const FLAGGED_MAX = 100;

export type FlaggedPurchase = {
  conversionId: string;
  userId: string | null;
  memberName: string | null;
  merchantName: string | null;
  networkConversionId: string;
  flag: string;
  commissionMinor: number;
  memberMinor: number;
  currency: string;
  owedMinor: number;
  updatedAt: Date;
};

export async function flaggedPurchases(db: DbOrTx): Promise<FlaggedPurchase[]> {
  const rows = await db.execute<{
    conversion_id: string;
    user_id: string | null;
    member_name: string | null;
    merchant_name: string | null;
    network_conversion_id: string;
    flagged: string;
    commission_minor: string;
    member_minor: string;
    currency: string;
    owed_minor: string | null;
    updated_at: Date | string;
  }>(sql`
    select m.conversion_id, m.user_id, case when u.deleted_at is null then u.name end as member_name,
      me.name as merchant_name, c.network_conversion_id, m.flagged, m.commission_minor, m.member_minor, m.currency,
      (select a.balance_minor from ledger_accounts a
        where a.kind = 'member_receivable' and a.user_id = m.user_id and a.currency = m.currency) as owed_minor,
      m.updated_at
    from member_cashback m
    join conversions c on c.id = m.conversion_id
    left join users u on u.id = m.user_id
    left join merchants me on me.id = c.merchant_id
    where m.flagged is not null
    order by m.updated_at desc nulls last
    limit ${FLAGGED_MAX}`);
  return rows.rows.map((row) => ({
    conversionId: row.conversion_id,
    userId: row.user_id,
    memberName: row.member_name,
    merchantName: row.merchant_name,
    networkConversionId: row.network_conversion_id,
    flag: row.flagged,
    commissionMinor: Number(row.commission_minor),
    memberMinor: Number(row.member_minor),
    currency: row.currency,
    owedMinor: Number(row.owed_minor ?? 0),
    updatedAt: new Date(row.updated_at),
  }));
}
