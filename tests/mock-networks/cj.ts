import { decimalString } from './amounts';
import { bearerIs, type MockHandler, unauthorized } from './mock-server';

// CJ's Commission Detail GraphQL as a mock (networks.md §1.2 "Pull"; record
// shape of lib/networks/cj/fixtures): POST /query with a Bearer token. The
// query's posting- or locking-date arguments pick the records; pages of
// `pageSize` records in commission id order, with payloadComplete and
// maxCommissionId for the next `sinceCommissionId`.

export type CjRecord = Record<string, unknown> & { commissionId: string; postingDate: string };

export function cjHandler(options: { token: string; records: CjRecord[]; pageSize: number }): MockHandler {
  return (request) => {
    if (request.method !== 'POST' || request.path !== '/query') return { status: 404, body: { errors: [] } };
    if (!bearerIs(request, options.token)) return unauthorized;
    const { query, variables } = JSON.parse(request.body) as {
      query: string;
      variables: { since: string; before: string; sinceCommissionId?: string; forPublishers: string[] };
    };
    const field = query.includes('sinceLockingDate:') ? 'lockingDate' : 'postingDate';
    const since = Date.parse(variables.since);
    const before = Date.parse(variables.before);
    const after = variables.sinceCommissionId ? BigInt(variables.sinceCommissionId) : -1n;
    const matching = options.records
      .filter((r) => {
        const at = typeof r[field] === 'string' ? Date.parse(r[field] as string) : Number.NaN;
        return at >= since && at < before && BigInt(r.commissionId) > after;
      })
      .sort((a, b) => (BigInt(a.commissionId) < BigInt(b.commissionId) ? -1 : 1));
    const records = matching.slice(0, options.pageSize);
    return {
      status: 200,
      body: {
        data: {
          publisherCommissions: {
            count: records.length,
            limit: options.pageSize,
            payloadComplete: matching.length <= options.pageSize,
            maxCommissionId: records.at(-1)?.commissionId ?? variables.sinceCommissionId ?? '0',
            records,
          },
        },
      },
    };
  };
}

export function cjRecord(input: {
  commissionId: number;
  originalActionId: number;
  original: boolean;
  postingMs: number;
  commissionMinor: number;
  saleMinor: number;
  actionStatus?: string;
  lockingMs?: number;
}): CjRecord {
  const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;
  return {
    commissionId: String(input.commissionId),
    originalActionId: String(input.originalActionId),
    original: input.original,
    correctionReason: input.original ? null : 'RETURNED_MERCHANDISE',
    actionStatus: input.actionStatus ?? 'new',
    validationStatus: 'PENDING',
    actionType: 'item_sale',
    actionTrackerId: '412345',
    actionTrackerName: 'Online Sale',
    advertiserId: '4567890',
    advertiserName: 'Acme US',
    aid: '13579246',
    websiteId: '100200300',
    orderId: `ORD-${input.originalActionId}`,
    eventDate: iso(input.postingMs - 3_600_000),
    postingDate: iso(input.postingMs),
    lockingDate: iso(input.lockingMs ?? input.postingMs + 40 * 86_400_000),
    lockingMethod: 'FIXED_DATE',
    clickDate: iso(input.postingMs - 4_000_000),
    shopperId: '01j9z4a1b2c3d4e5f6g7h8j9k0',
    saleAmountPubCurrency: decimalString(input.saleMinor),
    saleAmountUsd: decimalString(input.saleMinor),
    pubCommissionAmountPubCurrency: decimalString(input.commissionMinor),
    pubCommissionAmountUsd: decimalString(input.commissionMinor),
    items: [],
  };
}
