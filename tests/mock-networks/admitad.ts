import { decimalNumber } from './amounts';
import { basicIs, bearerIs, type MockHandler, unauthorized } from './mock-server';

// Admitad's statistics API as a mock (networks.md §1.8 "Pull"; result shape
// of lib/networks/admitad/fixtures): POST /token/ (client_credentials, HTTP
// Basic, scope statistics) gives a Bearer token for GET /statistics/actions/
// with date_start/date_end (dd.mm.yyyy, whole days) and limit/offset paging
// (`limit` capped at the mock's page size), answered with `_meta`.

export const ADMITAD_MOCK_TOKEN = 'admitad-access-token';

export function admitadHandler(options: {
  clientId: string;
  clientSecret: string;
  actions: Record<string, unknown>[];
  pageSize: number;
}): MockHandler {
  return (request) => {
    if (request.path === '/token/' && request.method === 'POST') {
      const form = new URLSearchParams(request.body);
      if (!basicIs(request, options.clientId, options.clientSecret) || form.get('scope') !== 'statistics') {
        return unauthorized;
      }
      return {
        status: 200,
        body: { access_token: ADMITAD_MOCK_TOKEN, token_type: 'bearer', expires_in: 604800 },
      };
    }
    if (request.path !== '/statistics/actions/') return { status: 404, body: { error: 'not found' } };
    if (!bearerIs(request, ADMITAD_MOCK_TOKEN)) return unauthorized;
    const day = (text: string | undefined) => {
      const [d, m, y] = (text ?? '').split('.');
      return `${y}-${m}-${d}`;
    };
    const start = day(request.query.date_start);
    const end = day(request.query.date_end);
    const limit = Math.min(Number(request.query.limit ?? 20), options.pageSize);
    const offset = Number(request.query.offset ?? 0);
    const matching = options.actions.filter((a) => {
      const date = String(a.action_date).slice(0, 10);
      return date >= start && date <= end;
    });
    return {
      status: 200,
      body: {
        results: matching.slice(offset, offset + limit),
        _meta: { count: matching.length, limit, offset },
      },
    };
  };
}

export function admitadAction(
  actionId: number,
  atMs: number,
  money: { paymentMinor: number; cartMinor: number },
  status = 'pending',
): Record<string, unknown> {
  const spaced = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
  return {
    action_id: actionId,
    advcampaign_id: 12345,
    action_date: spaced(atMs),
    click_date: spaced(atMs - 1_200_000),
    status_updated: spaced(atMs),
    cart: decimalNumber(money.cartMinor),
    payment: decimalNumber(money.paymentMinor),
    currency: 'EUR',
    subid: '01j9z3k7q8m2x4v6b8n0c2d4f6',
    status,
    action_type: 'sale',
    click_user_ip: '203.0.113.7',
  };
}
