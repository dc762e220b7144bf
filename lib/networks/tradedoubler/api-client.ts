import { apiUrl, basicAuth, type NetworkApiClient, recordedRequest } from '../sync/api-client';
import { listLength } from '../sync/json-list';
import { FORM_HEADERS, formBody, oauthAccessToken } from '../sync/oauth-token';
import { dayAs, splitRange, windowsWithKinds } from '../sync/sync-windows';
import { tradedoublerTransactionsApiAdapter } from './adapter-transactions-api';

// Tradedoubler publisher API (networks.md §1.5 "Pull"): an OAuth2 password
// grant at /uaa/oauth/token, then
// GET /publisher/report/transactions?fromDate=YYYYMMDD&toDate=YYYYMMDD&limit=100&offset=…
// (31 days a query, pages of 100 [C: php-oara]). A status changes in place
// (P → A or D) with no change date to poll by, so 60 days are re-polled [G].
// Rate limit not documented: 30 calls a minute [G].

const PAGE_LIMIT = 100;

export const tradedoublerApiClient: NetworkApiClient = {
  network: 'tradedoubler',
  defaultBaseUrl: 'https://connect.tradedoubler.com',
  callsPerMinute: 30,
  lookbackDays: 60,
  credentialFields: ['clientId', 'clientSecret', 'username', 'password'],
  adapter: tradedoublerTransactionsApiAdapter,
  // Whole days, both ends included: 30 days of span is at most 31 calendar days.
  windows: (range) => windowsWithKinds(splitRange(range, 30), (date) => dayAs(date, 'ymd', '')),
  fetchPage: async (session, window, page) => {
    const { clientId = '', clientSecret = '', username = '', password = '' } = session.credentials;
    const token = await oauthAccessToken(session, {
      method: 'POST',
      url: apiUrl(session.baseUrl, 'uaa/oauth/token'),
      headers: { ...FORM_HEADERS, authorization: basicAuth(clientId, clientSecret) },
      body: formBody({ grant_type: 'password', username, password }),
    });
    const url = apiUrl(session.baseUrl, 'publisher/report/transactions', {
      fromDate: window.from,
      toDate: window.to,
      limit: String(PAGE_LIMIT),
      offset: String(typeof page?.offset === 'number' ? page.offset : 0),
    });
    const response = await session.call({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    });
    return { request: recordedRequest('GET', url), response };
  },
  nextPage: (_window, page, body) => {
    const offset = typeof page?.offset === 'number' ? page.offset : 0;
    const count = listLength(body, 'Tradedoubler', 'items');
    return count < PAGE_LIMIT ? null : { offset: offset + count };
  },
};
