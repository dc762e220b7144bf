import { AppError } from '@/lib/errors';
import { apiUrl, basicAuth, type NetworkApiClient, recordedRequest } from '../sync/api-client';
import { FORM_HEADERS, formBody, oauthAccessToken } from '../sync/oauth-token';
import { dayAs, splitRange, windowsWithKinds } from '../sync/sync-windows';
import { admitadStatisticsApiAdapter } from './adapter-statistics-api';
import { ADMITAD_FIRST_PAGE, admitadNextPage } from './next-page';

// Admitad statistics API (networks.md §1.8 "Pull"): an OAuth2
// client_credentials token from /token/ with the `statistics` scope, then
// GET /statistics/actions/?date_start=dd.mm.yyyy&date_end=…&limit=100&offset=…
// paged by offset (next-page.ts). Days are whole and inclusive, in windows of
// 30 days [G: no limit documented]. Statuses move from pending over weeks of
// hold, and no "updated since" filter is documented, so 60 days are
// re-polled [G]. Rate limit not documented: 30 calls a minute [G].

export const admitadApiClient: NetworkApiClient = {
  network: 'admitad',
  defaultBaseUrl: 'https://api.admitad.com',
  callsPerMinute: 30,
  lookbackDays: 60,
  credentialFields: ['clientId', 'clientSecret'],
  adapter: admitadStatisticsApiAdapter,
  windows: (range) => windowsWithKinds(splitRange(range, 30), (date) => dayAs(date, 'dmy', '.')),
  fetchPage: async (session, window, page) => {
    const { clientId = '', clientSecret = '' } = session.credentials;
    const token = await oauthAccessToken(session, {
      method: 'POST',
      url: apiUrl(session.baseUrl, 'token/'),
      headers: { ...FORM_HEADERS, authorization: basicAuth(clientId, clientSecret) },
      body: formBody({ grant_type: 'client_credentials', client_id: clientId, scope: 'statistics' }),
    });
    const offset = typeof page?.offset === 'number' ? page.offset : ADMITAD_FIRST_PAGE.offset;
    const limit = typeof page?.limit === 'number' ? page.limit : ADMITAD_FIRST_PAGE.limit;
    const url = apiUrl(session.baseUrl, 'statistics/actions/', {
      date_start: window.from,
      date_end: window.to,
      limit: String(limit),
      offset: String(offset),
    });
    const response = await session.call({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    });
    return { request: recordedRequest('GET', url), response };
  },
  nextPage: (_window, _page, body) => {
    const next = admitadNextPage(body);
    if (!next.ok) throw new AppError('unprocessable', `Admitad page: ${next.problem}`);
    return next.value === null ? null : { offset: next.value.offset, limit: next.value.limit };
  },
};
