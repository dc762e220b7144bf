import { apiUrl, type NetworkApiClient, recordedRequest } from '../sync/api-client';
import { dayAs, splitRange, windowsWithKinds } from '../sync/sync-windows';
import { effiliationJsonAdapter } from './adapter-json';

// Effiliation transactions API in JSON (networks.md §1.7 "Pull"):
// GET /apiv2/transaction.json?key=<apikey>&start=dd/MM/yyyy&end=dd/MM/yyyy&type=date|datetran|datevalidation.
// The key travels in the query, so the inbox keeps the request without it.
// Each window is asked by recording date and by validation date, so an
// approval or refusal of an older sale is found when it happens. No paging
// is documented: one call a window; windows of 30 days (whole days, both
// ends included) and 30 calls a minute [G].

const DATE_TYPES = ['date', 'datevalidation'] as const;

export const effiliationApiClient: NetworkApiClient = {
  network: 'effiliation',
  defaultBaseUrl: 'https://apiv2.effiliation.com',
  callsPerMinute: 30,
  lookbackDays: 14,
  credentialFields: ['apiKey'],
  adapter: effiliationJsonAdapter,
  windows: (range) => windowsWithKinds(splitRange(range, 30), (date) => dayAs(date, 'dmy', '/'), DATE_TYPES),
  fetchPage: async (session, window) => {
    const url = apiUrl(session.baseUrl, 'apiv2/transaction.json', {
      key: session.credentials.apiKey ?? '',
      start: window.from,
      end: window.to,
      type: window.kind ?? 'date',
    });
    const response = await session.call({ method: 'GET', url, headers: { accept: 'application/json' } });
    return { request: recordedRequest('GET', url, { omit: ['key'] }), response };
  },
  nextPage: () => null,
};
