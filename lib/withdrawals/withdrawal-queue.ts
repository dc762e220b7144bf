import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import type { PayoutMethodKind, WithdrawalHoldReason, WithdrawalStatus } from '@/db/schema';
import { type WithdrawalSignal, withdrawalSignals } from './withdrawal-signals';

// The ops queue (/admin/withdrawals): withdrawals by status, method, amount
// and age, oldest first (the longest wait is served first), each with the
// facts behind its signals gathered in the same query. A page is bounded;
// the filters narrow what does not fit.

export type QueueFilter = {
  /** Default: the ones waiting for a decision (requested, on_hold). */
  statuses?: readonly WithdrawalStatus[];
  method?: PayoutMethodKind | null;
  minAmountMinor?: number | null;
  maxAmountMinor?: number | null;
  /** Only requests at least this many days old. */
  minAgeDays?: number | null;
  limit?: number;
};

export type QueueItem = {
  id: string;
  userId: string;
  memberEmail: string;
  method: PayoutMethodKind;
  destinationLabel: string;
  amountMinor: number;
  currency: string;
  status: WithdrawalStatus;
  holdReason: WithdrawalHoldReason | null;
  holdNote: string | null;
  approvedBy: string | null;
  secondApprovalRequired: boolean;
  createdAt: Date;
  accountAgeDays: number;
  signals: WithdrawalSignal[];
};

export const OPEN_STATUSES: readonly WithdrawalStatus[] = ['requested', 'on_hold'];
export const QUEUE_LIMIT_MAX = 200;

type Row = {
  id: string;
  user_id: string;
  email: string;
  method: PayoutMethodKind;
  destination_label: string;
  amount_minor: string;
  currency: string;
  status: WithdrawalStatus;
  hold_reason: WithdrawalHoldReason | null;
  hold_note: string | null;
  approved_by: string | null;
  second_approval_required: boolean;
  created_at: Date | string;
  account_age_days: number;
  details_age_days: number | null;
  shared_details_accounts: number;
  largest_paid_minor: string | null;
  flagged_purchases: number;
  receivable_minor: string | null;
};

export async function withdrawalQueue(db: DbOrTx, filter: QueueFilter = {}): Promise<QueueItem[]> {
  const statuses = filter.statuses?.length ? filter.statuses : OPEN_STATUSES;
  const limit = Math.min(Math.max(filter.limit ?? 100, 1), QUEUE_LIMIT_MAX);
  const conditions = [
    sql`w.status in (${sql.join(
      statuses.map((s) => sql`${s}::withdrawal_status`),
      sql`, `,
    )})`,
  ];
  if (filter.method) conditions.push(sql`w.method = ${filter.method}::payout_method_kind`);
  if (filter.minAmountMinor != null) conditions.push(sql`w.amount_minor >= ${filter.minAmountMinor}`);
  if (filter.maxAmountMinor != null) conditions.push(sql`w.amount_minor <= ${filter.maxAmountMinor}`);
  if (filter.minAgeDays != null) {
    conditions.push(sql`w.created_at <= now() - make_interval(days => ${filter.minAgeDays}::int)`);
  }
  const result = await db.execute<Row>(sql`
    select w.id, w.user_id, u.email, w.method, w.destination_label, w.amount_minor, w.currency, w.status,
      w.hold_reason, w.hold_note, w.approved_by, w.second_approval_required, w.created_at,
      extract(day from now() - u.created_at)::int as account_age_days,
      case when pm.details_fingerprint is null then null
        else extract(day from now() - pm.details_changed_at)::int end as details_age_days,
      (select count(distinct other.user_id)::int from payout_methods other
        where other.details_fingerprint = pm.details_fingerprint and other.user_id <> w.user_id) as shared_details_accounts,
      (select max(p.amount_minor) from withdrawals p
        where p.user_id = w.user_id and p.currency = w.currency and p.status = 'paid') as largest_paid_minor,
      (select count(*)::int from member_cashback mc
        where mc.user_id = w.user_id and mc.flagged is not null) as flagged_purchases,
      (select la.balance_minor from ledger_accounts la
        where la.user_id = w.user_id and la.kind = 'member_receivable' and la.currency = w.currency) as receivable_minor
    from withdrawals w
    join users u on u.id = w.user_id
    join payout_methods pm on pm.id = w.payout_method_id
    where ${sql.join(conditions, sql` and `)}
    order by w.created_at, w.id
    limit ${limit}`);
  return result.rows.map((row) => {
    const amountMinor = Number(row.amount_minor);
    return {
      id: row.id,
      userId: row.user_id,
      memberEmail: row.email,
      method: row.method,
      destinationLabel: row.destination_label,
      amountMinor,
      currency: row.currency,
      status: row.status,
      holdReason: row.hold_reason,
      holdNote: row.hold_note,
      approvedBy: row.approved_by,
      secondApprovalRequired: row.second_approval_required,
      createdAt: new Date(row.created_at),
      accountAgeDays: row.account_age_days,
      signals: withdrawalSignals({
        amountMinor,
        accountAgeDays: row.account_age_days,
        detailsAgeDays: row.details_age_days,
        sharedDetailsAccounts: row.shared_details_accounts,
        largestPaidMinor: row.largest_paid_minor === null ? null : Number(row.largest_paid_minor),
        flaggedPurchases: row.flagged_purchases,
        receivableMinor: Number(row.receivable_minor ?? 0),
      }),
    };
  });
}
