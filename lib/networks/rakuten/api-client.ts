import { apiUrl, type NetworkApiClient, recordedRequest } from '../sync/api-client';
import { listLength } from '../sync/json-list';
import { FORM_HEADERS, formBody, oauthAccessToken } from '../sync/oauth-token';
import { spacedSecond, splitRange, windowsWithKinds } from '../sync/sync-windows';
import { rakutenEventsAdapter } from './adapter';

// Rakuten Advertising Events API (networks.md §1.3 "Pull"):
// GET /events/1.0/transactions?process_date_start&process_date_end&limit&page,
// with an OAuth bearer token from /token (valid 4 h). The token request —
// the account's token key as a Bearer, the SID as scope — is Rakuten's
// current developer-portal form [G: networks.md only names the endpoint].
//
// Windows by *process* date: a return is a row of its own processed later
// (§1.3 "Money lifecycle"), so polling what was processed recently finds it.
// Paged by page number until a page is short. Windows of 31 days and 30 calls
// a minute [G: neither is documented].

const PAGE_LIMIT = 500;

export const rakutenApiClient: NetworkApiClient = {
  network: 'rakuten',
  defaultBaseUrl: 'https://api.linksynergy.com',
  callsPerMinute: 30,
  lookbackDays: 7,
  credentialFields: ['tokenKey'],
  adapter: rakutenEventsAdapter,
  windows: (range) => windowsWithKinds(splitRange(range, 31), spacedSecond),
  fetchPage: async (session, window, page) => {
    const token = await oauthAccessToken(session, {
      method: 'POST',
      url: apiUrl(session.baseUrl, 'token'),
      headers: { ...FORM_HEADERS, authorization: `Bearer ${session.credentials.tokenKey}` },
      body: formBody({ scope: session.account.publisherId }),
    });
    const url = apiUrl(session.baseUrl, 'events/1.0/transactions', {
      process_date_start: window.from,
      process_date_end: window.to,
      limit: String(PAGE_LIMIT),
      page: String(typeof page?.page === 'number' ? page.page : 1),
    });
    const response = await session.call({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    });
    return { request: recordedRequest('GET', url), response };
  },
  nextPage: (_window, page, body) => {
    const current = typeof page?.page === 'number' ? page.page : 1;
    return listLength(body, 'Rakuten') < PAGE_LIMIT ? null : { page: current + 1 };
  },
};
