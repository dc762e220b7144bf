import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import type { LedgerAdjustment } from '@/db/schema';

// /admin/adjustments: what waits for a second approval (oldest first, it has
// waited longest) and the latest decided ones; on a member's page, theirs.
// Names come from the users table; an anonymised member shows as such.

export const QUEUE_MAX = 100;
export const RECENT_MAX = 50;

export type AdjustmentRow = Pick<
  LedgerAdjustment,
  | 'id'
  | 'userId'
  | 'amountMinor'
  | 'currency'
  | 'reason'
  | 'status'
  | 'requestedBy'
  | 'decidedBy'
  | 'createdAt'
  | 'decidedAt'
> & {
  memberName: string | null;
  memberEmail: string | null;
  requestedByName: string;
  decidedByName: string | null;
};

type Row = {
  id: number;
  user_id: string;
  amount_minor: string | number;
  currency: string;
  reason: string;
  status: LedgerAdjustment['status'];
  requested_by: string;
  decided_by: string | null;
  created_at: Date | string;
  decided_at: Date | string | null;
  member_name: string | null;
  member_email: string | null;
  requested_by_name: string;
  decided_by_name: string | null;
};

const select = sql`
  select a.id, a.user_id, a.amount_minor, a.currency, a.reason, a.status, a.requested_by, a.decided_by,
    a.created_at, a.decided_at,
    case when m.deleted_at is null then m.name end as member_name,
    case when m.deleted_at is null then m.email end as member_email,
    r.name as requested_by_name, d.name as decided_by_name
  from ledger_adjustments a
  join users m on m.id = a.user_id
  join users r on r.id = a.requested_by
  left join users d on d.id = a.decided_by`;

function toRow(row: Row): AdjustmentRow {
  return {
    id: row.id,
    userId: row.user_id,
    amountMinor: Number(row.amount_minor),
    currency: row.currency,
    reason: row.reason,
    status: row.status,
    requestedBy: row.requested_by,
    decidedBy: row.decided_by,
    createdAt: new Date(row.created_at),
    decidedAt: row.decided_at === null ? null : new Date(row.decided_at),
    memberName: row.member_name,
    memberEmail: row.member_email,
    requestedByName: row.requested_by_name,
    decidedByName: row.decided_by_name,
  };
}

export async function adjustmentQueue(
  db: DbOrTx,
): Promise<{ awaiting: AdjustmentRow[]; recent: AdjustmentRow[] }> {
  const [awaiting, recent] = await Promise.all([
    db.execute<Row>(
      sql`${select} where a.status = 'awaiting_approval' order by a.created_at, a.id limit ${QUEUE_MAX}`,
    ),
    db.execute<Row>(
      sql`${select} where a.status <> 'awaiting_approval' order by a.created_at desc, a.id desc limit ${RECENT_MAX}`,
    ),
  ]);
  return { awaiting: awaiting.rows.map(toRow), recent: recent.rows.map(toRow) };
}

export async function memberAdjustments(db: DbOrTx, userId: string, limit = 20): Promise<AdjustmentRow[]> {
  const rows = await db.execute<Row>(sql`
    ${select} where a.user_id = ${userId}::uuid order by a.created_at desc, a.id desc limit ${limit}`);
  return rows.rows.map(toRow);
}
