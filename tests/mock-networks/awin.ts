import { decimalNumber } from './amounts';
import { bearerIs, type MockHandler, unauthorized } from './mock-server';

// Awin's Transactions API as a mock (networks.md §1.1 "Pull"; record shape of
// lib/networks/awin/fixtures): GET /publishers/{id}/transactions/ with a
// Bearer token, startDate/endDate at most 31 days apart (Awin answers 400
// otherwise), timezone=UTC; dateType picks the date a transaction is found by.

export type AwinMockTransaction = {
  record: Record<string, unknown>;
  /** When it was last amended (Awin's records carry no such date; the mock needs one for dateType=amendment). */
  amendedAt?: string;
};

const MAX_WINDOW_MS = 31 * 24 * 60 * 60 * 1000;

export function awinHandler(options: {
  publisherId: string;
  token: string;
  transactions: AwinMockTransaction[];
}): MockHandler {
  return (request) => {
    if (request.path !== `/publishers/${options.publisherId}/transactions/`) {
      return { status: 404, body: { error: 'not found' } };
    }
    if (!bearerIs(request, options.token)) return unauthorized;
    const { startDate, endDate, timezone, dateType } = request.query;
    if (!startDate || !endDate || timezone !== 'UTC') return { status: 400, body: { error: 'bad dates' } };
    if (Date.parse(`${endDate}Z`) - Date.parse(`${startDate}Z`) > MAX_WINDOW_MS) {
      return { status: 400, body: { error: 'the date range cannot exceed 31 days' } };
    }
    const inWindow = (at: unknown) => typeof at === 'string' && at >= startDate && at <= endDate;
    const found = options.transactions.filter((t) => {
      if (dateType === 'validation') return inWindow(t.record.validationDate);
      if (dateType === 'amendment') return inWindow(t.amendedAt);
      return inWindow(t.record.transactionDate);
    });
    // Awin answers with the publisher's own records.
    const publisherId = Number(options.publisherId);
    return { status: 200, body: found.map((t) => ({ ...t.record, publisherId })) };
  };
}

/** Awin's date format: no offset, to the second, in the requested (UTC) zone. */
export function awinDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

export type AwinExpected = { commissionMinor: number; saleMinor: number; status: string };

/** A pending (or approved, every 4th) EUR transaction at `atMs`; every 7th has no click ref (an orphan). */
export function awinTransaction(
  id: number,
  atMs: number,
  money: { commissionMinor: number; saleMinor: number },
  options: { approvedAtMs?: number } = {},
): AwinMockTransaction {
  const approved = options.approvedAtMs !== undefined;
  return {
    record: {
      id,
      advertiserId: 12345,
      publisherId: 1234567,
      commissionStatus: approved ? 'approved' : 'pending',
      commissionAmount: { amount: decimalNumber(money.commissionMinor), currency: 'EUR' },
      saleAmount: { amount: decimalNumber(money.saleMinor), currency: 'EUR' },
      clickRefs: { clickRef: id % 7 === 0 ? '' : '01j9z3k7q8m2x4v6b8n0c2d4f6' },
      clickDate: awinDate(atMs - 600_000),
      transactionDate: awinDate(atMs),
      validationDate: approved ? awinDate(options.approvedAtMs!) : null,
      type: 'Commission group transaction',
      declineReason: null,
      amended: false,
      amendReason: null,
      oldSaleAmount: null,
      oldCommissionAmount: null,
      orderRef: `ORDER-${id}`,
      paidToPublisher: false,
      paymentId: 0,
    },
  };
}
