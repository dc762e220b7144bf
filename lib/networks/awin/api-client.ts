import { apiUrl, type NetworkApiClient, recordedRequest } from '../sync/api-client';
import { AWIN_API_TIMEZONE } from './adapter-api-record';
import { awinTransactionsApiAdapter } from './adapter-transactions-api';
import { awinTransactionWindows } from './transaction-windows';

// Awin Transactions API (networks.md §1.1 "Pull"):
// GET /publishers/{publisherId}/transactions/?startDate&endDate&timezone&dateType
// with the user's OAuth token as a Bearer. One answer per request (no paging),
// windows of at most 31 days, 20 calls a minute per user [D].
//
// Each window is asked three times, once per `dateType`: `transaction` finds
// new sales, `validation` approvals and declines of older ones, `amendment`
// amended amounts (§1.1 "Amendments": publishers "can poll for it with
// dateType=amendment"). So a short look-back catches what changed recently,
// whenever the sale itself was made (an AVP runs up to 67 days).

const DATE_TYPES = ['transaction', 'validation', 'amendment'] as const;

export const awinApiClient: NetworkApiClient = {
  network: 'awin',
  defaultBaseUrl: 'https://api.awin.com',
  callsPerMinute: 20,
  lookbackDays: 7,
  credentialFields: ['apiToken'],
  adapter: awinTransactionsApiAdapter,
  windows: ({ from, to }) =>
    awinTransactionWindows(from, to).flatMap((window) =>
      DATE_TYPES.map((kind) => ({ from: window.startDate, to: window.endDate, kind })),
    ),
  fetchPage: async (session, window) => {
    const url = apiUrl(
      session.baseUrl,
      `publishers/${encodeURIComponent(session.account.publisherId)}/transactions/`,
      {
        startDate: window.from,
        endDate: window.to,
        timezone: AWIN_API_TIMEZONE,
        dateType: window.kind ?? 'transaction',
      },
    );
    const response = await session.call({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${session.credentials.apiToken}`, accept: 'application/json' },
    });
    return { request: recordedRequest('GET', url), response };
  },
  nextPage: () => null,
};
