import { decimalNumber } from './amounts';
import { bearerIs, type MockHandler, unauthorized } from './mock-server';

// Rakuten's Events API as a mock (networks.md §1.3 "Pull"; row shape of
// lib/networks/rakuten/fixtures): POST /token (the token key as a Bearer, the
// SID as scope), then GET /events/1.0/transactions by process date, `limit`
// rows a page, pages numbered from 1; a JSON array.

export const RAKUTEN_MOCK_TOKEN = 'rakuten-access-token';

export function rakutenHandler(options: {
  tokenKey: string;
  sid: string;
  rows: Record<string, unknown>[];
}): MockHandler {
  return (request) => {
    if (request.path === '/token' && request.method === 'POST') {
      const form = new URLSearchParams(request.body);
      if (!bearerIs(request, options.tokenKey) || form.get('scope') !== options.sid) return unauthorized;
      return {
        status: 200,
        body: { access_token: RAKUTEN_MOCK_TOKEN, token_type: 'bearer', expires_in: 14400 },
      };
    }
    if (request.path !== '/events/1.0/transactions') return { status: 404, body: { error: 'not found' } };
    if (!bearerIs(request, RAKUTEN_MOCK_TOKEN)) return unauthorized;
    const utc = (text: string | undefined) => Date.parse(`${(text ?? '').replace(' ', 'T')}Z`);
    const start = utc(request.query.process_date_start);
    const end = utc(request.query.process_date_end);
    const limit = Number(request.query.limit ?? 100);
    const page = Number(request.query.page ?? 1);
    const matching = options.rows.filter((row) => {
      const at = Date.parse(String(row.process_date));
      return at >= start && at <= end;
    });
    return { status: 200, body: matching.slice((page - 1) * limit, page * limit) };
  };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Rakuten's `EEE MMM DD YYYY HH:mm:ss ZZZZ`, in GMT+0000. */
export function rakutenDate(ms: number): string {
  const d = new Date(ms);
  const time = d.toISOString().slice(11, 19);
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${day} ${d.getUTCFullYear()} ${time} GMT+0000`;
}

export function rakutenRow(
  n: number,
  processedMs: number,
  money: { commissionMinor: number; saleMinor: number },
): Record<string, unknown> {
  return {
    etransaction_id: `et${String(n).padStart(8, '0')}`,
    advertiser_id: 43860,
    sid: 3298765,
    order_id: `RK-${n}`,
    offer_id: '1045',
    sku_number: 'SKU-1',
    product_name: 'Lampe de chevet',
    sale_amount: decimalNumber(money.saleMinor),
    quantity: 1,
    commissions: decimalNumber(money.commissionMinor),
    process_date: rakutenDate(processedMs),
    transaction_date: rakutenDate(processedMs - 3_600_000),
    transaction_type: 'batch',
    u1: '01j9z3k7q8m2x4v6b8n0c2d4f6',
    currency: 'USD',
    is_event: 'false',
  };
}
