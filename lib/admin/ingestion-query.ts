import { type InboxEvent, inboxStatus } from '@/db/schema';
import type { PageCursor } from './keyset';
import { first, parseCursor, queryString, type RawParams } from './url-state';

// The URL state of the ingestion lists (/admin/ingestion/*). As for the other
// back-office lists, whatever is in the query string becomes a valid query:
// unknown values are dropped and long ones cut, so a stale or pasted link
// always renders. `after=<id>` pages towards older rows, `before=<id>` back.

export type InboxStatusValue = InboxEvent['status'];
export const UNMATCHED_STATUSES = ['orphan', 'unknown_click'] as const;
export type UnmatchedStatus = (typeof UNMATCHED_STATUSES)[number];

const NETWORK_CODE = /^[a-z][a-z0-9_-]{1,31}$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
export const SEARCH_MAX_LENGTH = 100;

function network(params: RawParams): string | null {
  const value = first(params, 'network')?.toLowerCase();
  return value && NETWORK_CODE.test(value) ? value : null;
}

/** A calendar day `YYYY-MM-DD` that exists (2026-02-30 does not). */
export function isoDay(value: string | undefined): string | null {
  if (!value || !ISO_DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

function search(params: RawParams): string | null {
  return first(params, 'q')?.slice(0, SEARCH_MAX_LENGTH) || null;
}

export type InboxQuery = {
  network: string | null;
  status: InboxStatusValue | null;
  /** Days in the platform's time zone (Europe/Paris), both included. */
  from: string | null;
  to: string | null;
  /** A reference to find in the raw query or body (transaction id, order ref, click ref). */
  search: string | null;
  cursor: PageCursor | null;
};

export function parseInboxQuery(params: RawParams): InboxQuery {
  const status = first(params, 'status');
  return {
    network: network(params),
    status: (inboxStatus.enumValues as readonly string[]).includes(status ?? '')
      ? (status as InboxStatusValue)
      : null,
    from: isoDay(first(params, 'from')),
    to: isoDay(first(params, 'to')),
    search: search(params),
    cursor: parseCursor(params),
  };
}

export function inboxHref(query: Omit<InboxQuery, 'cursor'>, cursor?: PageCursor | null): string {
  const { network, status, from, to, search } = query;
  return `/admin/ingestion${queryString({ network, status, from, to, q: search }, cursor)}`;
}

export type RejectedQuery = {
  /** Only those whose conversion is still flagged (not yet reviewed). */
  toReview: boolean;
  network: string | null;
  cursor: PageCursor | null;
};

export function parseRejectedQuery(params: RawParams): RejectedQuery {
  return {
    toReview: first(params, 'show') === 'to-review',
    network: network(params),
    cursor: parseCursor(params),
  };
}

export function rejectedHref(query: Omit<RejectedQuery, 'cursor'>, cursor?: PageCursor | null): string {
  const show = query.toReview ? 'to-review' : null;
  return `/admin/ingestion/rejected${queryString({ show, network: query.network }, cursor)}`;
}

export type UnmatchedQuery = {
  matchStatus: UnmatchedStatus | null;
  network: string | null;
  /** The network's conversion id, the order reference or the click ref as received. */
  search: string | null;
  cursor: PageCursor | null;
};

export function parseUnmatchedQuery(params: RawParams): UnmatchedQuery {
  const match = first(params, 'match');
  return {
    matchStatus: (UNMATCHED_STATUSES as readonly string[]).includes(match ?? '')
      ? (match as UnmatchedStatus)
      : null,
    network: network(params),
    search: search(params),
    cursor: parseCursor(params),
  };
}

export function unmatchedHref(query: Omit<UnmatchedQuery, 'cursor'>, cursor?: PageCursor | null): string {
  const { matchStatus, network, search } = query;
  return `/admin/ingestion/unmatched${queryString({ match: matchStatus, network, q: search }, cursor)}`;
}
