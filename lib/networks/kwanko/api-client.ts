import { apiUrl, type NetworkApiClient, recordedRequest } from '../sync/api-client';
import { isoSecond, splitRange, windowsWithKinds } from '../sync/sync-windows';
import { kwankoConversionsApiAdapter } from './adapter-conversions-api';

// Kwanko publisher conversions API (networks.md §1.6 "Pull"):
// GET /publishers/conversions?columns=ALL&completion_date_from=<ISO>&completion_date_to=<ISO>
// with a Bearer token. No paging is documented [C: php-oara reads one
// answer], so each window is one call; windows of 31 days keep answers small
// [G]. States change with no change date to poll by: 60 days re-polled [G].
// Rate limit not documented: 30 calls a minute [G].

export const kwankoApiClient: NetworkApiClient = {
  network: 'kwanko',
  defaultBaseUrl: 'https://api.kwanko.com',
  callsPerMinute: 30,
  lookbackDays: 60,
  credentialFields: ['apiToken'],
  adapter: kwankoConversionsApiAdapter,
  windows: (range) => windowsWithKinds(splitRange(range, 31), isoSecond),
  fetchPage: async (session, window) => {
    const url = apiUrl(session.baseUrl, 'publishers/conversions', {
      columns: 'ALL',
      completion_date_from: window.from,
      completion_date_to: window.to,
    });
    const response = await session.call({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${session.credentials.apiToken}`, accept: 'application/json' },
    });
    return { request: recordedRequest('GET', url), response };
  },
  nextPage: () => null,
};
