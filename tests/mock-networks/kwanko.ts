import { decimalNumber } from './amounts';
import { bearerIs, type MockHandler, unauthorized } from './mock-server';

// Kwanko's publisher conversions API as a mock (networks.md §1.6 "Pull";
// shape of lib/networks/kwanko/fixtures): GET /publishers/conversions with a
// Bearer token, completion_date_from/to (ISO); one answer, no paging.

export function kwankoHandler(options: {
  token: string;
  conversions: Record<string, unknown>[];
}): MockHandler {
  return (request) => {
    if (request.path !== '/publishers/conversions') return { status: 404, body: { error: 'not found' } };
    if (!bearerIs(request, options.token)) return unauthorized;
    if (request.query.columns !== 'ALL') return { status: 400, body: { error: 'columns' } };
    const from = Date.parse(request.query.completion_date_from ?? '');
    const to = Date.parse(request.query.completion_date_to ?? '');
    const conversions = options.conversions.filter((c) => {
      const at = Number(c.completed_at_timestamp) * 1000;
      return at >= from && at <= to;
    });
    return { status: 200, body: { conversions } };
  };
}

export function kwankoConversion(
  id: number,
  atMs: number,
  money: { earningsMinor: number; turnoverMinor: number },
  state = 'pending_approval',
): Record<string, unknown> {
  return {
    kwanko_id: id,
    campaign: { id: 4321, name: 'Maison Lavande' },
    completed_at_timestamp: Math.floor(atMs / 1000),
    turnover: { value: decimalNumber(money.turnoverMinor) },
    websites_per_language: [
      {
        earnings: { value: decimalNumber(money.earningsMinor) },
        argsites: { argsite: '01j9z3k7q8m2x4v6b8n0c2d4f6' },
      },
    ],
    state,
  };
}
