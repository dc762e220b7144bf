import { decimalNumber } from './amounts';
import { basicIs, bearerIs, type MockHandler, unauthorized } from './mock-server';

// Tradedoubler's publisher transactions report as a mock (networks.md §1.5
// "Pull"; item shape of lib/networks/tradedoubler/fixtures): an OAuth2
// password grant at /uaa/oauth/token, then GET /publisher/report/transactions
// with fromDate/toDate (YYYYMMDD, whole days, at most 31) and limit/offset.

export const TRADEDOUBLER_MOCK_TOKEN = 'tradedoubler-access-token';

export function tradedoublerHandler(options: {
  clientId: string;
  clientSecret: string;
  username: string;
  password: string;
  items: Record<string, unknown>[];
}): MockHandler {
  return (request) => {
    if (request.path === '/uaa/oauth/token' && request.method === 'POST') {
      const form = new URLSearchParams(request.body);
      const ok =
        basicIs(request, options.clientId, options.clientSecret) &&
        form.get('grant_type') === 'password' &&
        form.get('username') === options.username &&
        form.get('password') === options.password;
      if (!ok) return unauthorized;
      return { status: 200, body: { access_token: TRADEDOUBLER_MOCK_TOKEN, token_type: 'bearer' } };
    }
    if (request.path !== '/publisher/report/transactions')
      return { status: 404, body: { error: 'not found' } };
    if (!bearerIs(request, TRADEDOUBLER_MOCK_TOKEN)) return unauthorized;
    const day = (text: string | undefined) =>
      `${text?.slice(0, 4)}-${text?.slice(4, 6)}-${text?.slice(6, 8)}`;
    const from = day(request.query.fromDate);
    const to = day(request.query.toDate);
    if (Date.parse(to) - Date.parse(from) > 31 * 86_400_000)
      return { status: 400, body: { error: 'max 31 days' } };
    const limit = Number(request.query.limit ?? 100);
    const offset = Number(request.query.offset ?? 0);
    const matching = options.items.filter((item) => {
      const date = new Date(String(item.timeOfTransaction)).toISOString().slice(0, 10);
      return date >= from && date <= to;
    });
    return { status: 200, body: { items: matching.slice(offset, offset + limit) } };
  };
}

export function tradedoublerItem(
  transactionId: number,
  atMs: number,
  money: { commissionMinor: number; orderMinor: number },
  status = 'P',
): Record<string, unknown> {
  return {
    transactionId: String(transactionId),
    programId: '401531',
    timeOfTransaction: `${new Date(atMs).toISOString().slice(0, 23)}+00:00`,
    epi: '01j9z3k7q8m2x4v6b8n0c2d4f6',
    orderValue: decimalNumber(money.orderMinor),
    commission: decimalNumber(money.commissionMinor),
    status,
  };
}
