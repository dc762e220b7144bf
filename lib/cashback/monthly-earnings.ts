import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { isUuid } from '@/lib/accounts/account-user';
import { DISPLAY_TIME_ZONE } from '@/lib/i18n/format';

// The dashboard's chart: the cashback a member earned on the purchases of each
// of the last MONTHS calendar months (Paris time), split into what is
// confirmed (confirmed, payable, paid) and what still waits (tracked,
// pending); cancelled purchases earn nothing.
//
// Read from member_cashback (one row per purchase, its current member share,
// amendments included) rather than from ledger lines: a purchase is one row
// there against three to five lines in the ledger, the amounts are the ones
// the purchase list shows (so the chart and the list agree), and the status
// split comes with the row. The range is one bounded scan of the
// conversions_user_converted_idx index (the member's purchases since the
// first month shown), then a primary-key lookup per purchase: bounded by a
// year of purchases, never by the member's whole history. Bonuses and manual
// adjustments are not purchase earnings; the statement lists them.

export const EARNINGS_MONTHS = 12;

export type MonthEarnings = {
  /** `YYYY-MM`, the Paris calendar month of the purchases. */
  month: string;
  confirmedMinor: number;
  pendingMinor: number;
};

export type MonthlyEarnings = { currency: string; months: MonthEarnings[] };

type Row = { month: string; currency: string; confirmed: string | number; pending: string | number };

/**
 * One series per currency the member earned in over the period, each with all
 * `months` months oldest first (a month without purchases is zero).
 */
export async function monthlyEarnings(
  db: DbOrTx,
  userId: string,
  options: { now?: Date; months?: number } = {},
): Promise<MonthlyEarnings[]> {
  const now = options.now ?? new Date();
  const count = Math.min(Math.max(Math.trunc(options.months ?? EARNINGS_MONTHS), 1), 36);
  const months = lastMonths(now, count);
  if (!isUuid(userId)) return [];
  const first = months[0]!;
  // The first instant of the first month, in Paris: the index range starts there.
  const { rows } = await db.execute<Row>(sql`
    select to_char(c.converted_at at time zone ${DISPLAY_TIME_ZONE}, 'YYYY-MM') as month, m.currency,
      sum(m.member_minor) filter (where m.status in ('confirmed', 'payable', 'paid')) as confirmed,
      sum(m.member_minor) filter (where m.status in ('tracked', 'pending')) as pending
    from conversions c
    -- A primary-key lookup per purchase; the LIMIT (one row anyway) keeps the planner from turning it into
    -- a hash join over the whole table, so the work stays bounded by the window's purchases.
    cross join lateral (
      select m.status, m.member_minor, m.currency from member_cashback m where m.conversion_id = c.id limit 1
    ) m
    where c.user_id = ${userId}
      and c.converted_at >= (${`${first}-01`}::timestamp at time zone ${DISPLAY_TIME_ZONE})
      and m.status <> 'cancelled'
    group by 1, 2`);
  const series = new Map<string, Map<string, MonthEarnings>>();
  for (const row of rows) {
    const currency = row.currency.trim();
    let byMonth = series.get(currency);
    if (!byMonth) {
      byMonth = new Map();
      series.set(currency, byMonth);
    }
    byMonth.set(row.month, {
      month: row.month,
      confirmedMinor: Number(row.confirmed ?? 0),
      pendingMinor: Number(row.pending ?? 0),
    });
  }
  return [...series.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, byMonth]) => ({
      currency,
      months: months.map((month) => byMonth.get(month) ?? { month, confirmedMinor: 0, pendingMinor: 0 }),
    }));
}

const MONTH_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
});

/** The `count` Paris calendar months ending with the one `now` falls in, oldest first: `['2025-04', …, '2026-03']`. */
export function lastMonths(now: Date, count: number): string[] {
  const parts = MONTH_FORMAT.formatToParts(now);
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  const month = Number(parts.find((p) => p.type === 'month')!.value);
  const result: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = year * 12 + (month - 1) - i;
    result.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return result;
}
