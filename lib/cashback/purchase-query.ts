import { type MemberCashbackStatus, memberCashbackStatus } from '@/db/schema';
import type { PageCursor } from '@/lib/admin/keyset';
import { first, parseCursor, queryString, type RawParams } from '@/lib/admin/url-state';
import { normaliseSearchText } from '@/lib/catalog/store-query';
import type { PurchaseFilters, PurchasePeriod } from './member-purchases';

// The URL state of /account/cashback: `status` (member-side), `period` (30d,
// 90d, 365d, or a month as YYYY-MM, which the dashboard's chart links to), `q`
// (part of a store's name) and the page cursor. Whatever is in the query
// string becomes a valid query: unknown values are dropped, long ones cut, so
// a pasted or stale link always renders.

export const PERIOD_DAYS = ['30d', '90d', '365d'] as const;
export type PeriodToken = (typeof PERIOD_DAYS)[number] | `${number}-${number}`;

export type PurchaseQuery = {
  status: MemberCashbackStatus | null;
  period: PeriodToken | null;
  q: string | null;
  cursor: PageCursor | null;
};

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function parsePurchaseQuery(params: RawParams): PurchaseQuery {
  const status = first(params, 'status');
  const period = first(params, 'period') ?? '';
  return {
    status: (memberCashbackStatus.enumValues as readonly string[]).includes(status ?? '')
      ? (status as MemberCashbackStatus)
      : null,
    period:
      (PERIOD_DAYS as readonly string[]).includes(period) || isMonth(period) ? (period as PeriodToken) : null,
    q: normaliseSearchText(first(params, 'q')),
    cursor: parseCursor(params),
  };
}

function isMonth(value: string): boolean {
  const match = MONTH.exec(value);
  return match !== null && Number(match[1]) >= 2000 && Number(match[1]) <= 2100;
}

export function periodOf(token: PeriodToken | null): PurchasePeriod | null {
  if (!token) return null;
  if (token.endsWith('d')) return { days: Number(token.slice(0, -1)) };
  return { month: token };
}

export function purchaseFilters(query: PurchaseQuery): PurchaseFilters {
  return { status: query.status, period: periodOf(query.period), merchant: query.q };
}

export function hasFilters(query: PurchaseQuery): boolean {
  return Boolean(query.status || query.period || query.q);
}

/** The query string of the filters (and a cursor), '' when there is nothing to say. */
export function purchaseQueryString(
  query: { status: MemberCashbackStatus | null; period: string | null; q: string | null },
  cursor?: PageCursor | null,
): string {
  return queryString({ status: query.status, period: query.period, q: query.q }, cursor);
}
