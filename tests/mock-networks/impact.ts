import { decimalString } from './amounts';
import { basicIs, type MockHandler, unauthorized } from './mock-server';

// Impact's Actions API as a mock (networks.md §1.4 "Pull"; envelope and
// action shape of lib/networks/impact/fixtures): GET
// /Mediapartners/{AccountSID}/Actions with HTTP Basic, StartDate/EndDate (at
// most 45 days), PageSize (capped at the mock's page size) and Page; the
// envelope's @nextpageuri names the next page, "" on the last.

const MAX_WINDOW_MS = 45 * 24 * 60 * 60 * 1000;

export function impactHandler(options: {
  accountSid: string;
  authToken: string;
  actions: Record<string, unknown>[];
  pageSize: number;
}): MockHandler {
  const base = `/Mediapartners/${options.accountSid}/Actions`;
  return (request) => {
    if (request.path !== base) return { status: 404, body: { Message: 'not found' } };
    if (!basicIs(request, options.accountSid, options.authToken)) return unauthorized;
    const start = Date.parse(request.query.StartDate ?? '');
    const end = Date.parse(request.query.EndDate ?? '');
    if (!(end - start <= MAX_WINDOW_MS)) return { status: 400, body: { Message: 'at most 45 days' } };
    const pageSize = Math.min(Number(request.query.PageSize ?? 100), options.pageSize);
    const page = Number(request.query.Page ?? 1);
    const matching = options.actions.filter((a) => {
      const at = Date.parse(a.EventDate as string);
      return at >= start && at <= end;
    });
    const numPages = Math.max(1, Math.ceil(matching.length / pageSize));
    const uri = (n: number) => {
      const query = new URLSearchParams({ ...request.query, Page: String(n) });
      return `${base}?${query.toString()}`;
    };
    const slice = matching.slice((page - 1) * pageSize, page * pageSize);
    return {
      status: 200,
      body: {
        '@page': String(page),
        '@numpages': String(numPages),
        '@pagesize': String(pageSize),
        '@total': String(matching.length),
        '@start': String((page - 1) * pageSize),
        '@end': String((page - 1) * pageSize + Math.max(slice.length - 1, 0)),
        '@uri': uri(page),
        '@firstpageuri': uri(1),
        '@previouspageuri': page > 1 ? uri(page - 1) : '',
        '@nextpageuri': page < numPages ? uri(page + 1) : '',
        '@lastpageuri': uri(numPages),
        Actions: slice,
      },
    };
  };
}

/** An action in USD; `state` PENDING unless given; the offset of Impact's dates is kept (-08:00). */
export function impactAction(
  id: string,
  eventMs: number,
  money: { payoutMinor: number; amountMinor: number },
  state = 'PENDING',
): Record<string, unknown> {
  const local = (ms: number) => `${new Date(ms - 8 * 3_600_000).toISOString().slice(0, 19)}-08:00`;
  return {
    Id: id,
    CampaignId: '19816',
    CampaignName: 'Acme US',
    ActionTrackerId: '34567',
    ActionTrackerName: 'Online Sale',
    EventCode: '',
    State: state,
    AdId: '506720',
    Payout: decimalString(money.payoutMinor),
    DeltaPayout: decimalString(money.payoutMinor),
    IntendedPayout: decimalString(money.payoutMinor),
    Amount: decimalString(money.amountMinor),
    DeltaAmount: decimalString(money.amountMinor),
    IntendedAmount: decimalString(money.amountMinor),
    Currency: 'USD',
    ReferringDate: local(eventMs - 1_200_000),
    EventDate: local(eventMs),
    CreationDate: local(eventMs + 500_000),
    LockingDate: local(eventMs + 30 * 86_400_000),
    ClearedDate: '',
    ReferringType: 'CLICK_COOKIE',
    ReferringDomain: '',
    PromoCode: '',
    Oid: `OID-${id}`,
    CustomerCountry: 'US',
    SubId1: '01j9z3k7q8m2x4v6b8n0c2d4f6',
    SubId2: '',
    SubId3: '',
    SharedId: '',
    Uri: `/Mediapartners/IRabc123/Actions/${id}`,
  };
}
