import { AppError } from '@/lib/errors';
import { apiUrl, basicAuth, type NetworkApiClient, recordedRequest } from '../sync/api-client';
import { isoSecond, splitRange, windowsWithKinds } from '../sync/sync-windows';
import { impactActionsApiAdapter } from './adapter-actions-api';
import { impactNextPage } from './next-page';

// Impact Partner API v16 (networks.md §1.4 "Pull"):
// GET /Mediapartners/{AccountSID}/Actions?StartDate&EndDate&PageSize, HTTP
// Basic with the Account SID and Auth Token [C/G], at most 45 days a query;
// later pages by following `@nextpageuri` (next-page.ts).
//
// The next URI is a path: it is resolved against our configured base URL and
// nothing else, so a page can never send our credentials to another host.
// Actions change state until their locking date, so the last 45 days are
// re-polled [G; Impact's ActionUpdates feed would say what changed, not built].
// Rate limit: not in networks.md; 15 calls a minute is a cautious guess [G].

/** About 1 kB an action: a page stays well inside the inbox's 1 MiB. */
export const IMPACT_PAGE_SIZE = 500;

export const impactApiClient: NetworkApiClient = {
  network: 'impact',
  defaultBaseUrl: 'https://api.impact.com',
  callsPerMinute: 15,
  lookbackDays: 45,
  credentialFields: ['authToken'],
  adapter: impactActionsApiAdapter,
  windows: (range) => windowsWithKinds(splitRange(range, 45), isoSecond),
  fetchPage: async (session, window, page) => {
    const accountSid = session.credentials.accountSid || session.account.publisherId;
    const url =
      typeof page?.uri === 'string'
        ? nextUrl(session.baseUrl, page.uri)
        : apiUrl(session.baseUrl, `Mediapartners/${encodeURIComponent(accountSid)}/Actions`, {
            StartDate: window.from,
            EndDate: window.to,
            PageSize: String(IMPACT_PAGE_SIZE),
          });
    const response = await session.call({
      method: 'GET',
      url,
      headers: {
        authorization: basicAuth(accountSid, session.credentials.authToken ?? ''),
        accept: 'application/json',
      },
    });
    return { request: recordedRequest('GET', url), response };
  },
  nextPage: (_window, _page, body) => {
    const next = impactNextPage(body);
    return next.done || !next.nextPageUri ? null : { uri: next.nextPageUri };
  },
};

/** `@nextpageuri` under our base URL: a path with its query, never another host. */
function nextUrl(base: URL, uri: string): URL {
  if (!uri.startsWith('/') || uri.startsWith('//')) {
    throw new AppError('unprocessable', `Impact page: @nextpageuri is not a path (${uri.slice(0, 80)})`);
  }
  const [path, search = ''] = uri.split('?', 2) as [string, string | undefined];
  const url = apiUrl(base, path);
  url.search = search;
  return url;
}
