import { apiUrl, type NetworkApiClient } from '../sync/api-client';
import { isoSecond, splitRange, windowsWithKinds } from '../sync/sync-windows';
import { cjCommissionDetailAdapter } from './adapter';
import { cjNextPage } from './next-page';

// CJ Commission Detail GraphQL (networks.md §1.2 "Pull"):
// POST https://commissions.api.cj.com/query with a personal access token as a
// Bearer; `publisherCommissions(forPublishers: [CID], …)`, paged by passing
// `maxCommissionId` back as `sinceCommissionId` while `payloadComplete` is false.
//
// Each window is asked twice (§1.2 "Polling tip"): by posting date, which
// finds new records and corrections (a correction gets its own posting date),
// and by locking date, because `new → locked` changes no posting date.
// Windows of 31 days [G: CJ's REST limit; not verified for GraphQL], 25 calls
// a minute [S: documented for the REST APIs].

const KINDS = ['posting', 'locking'] as const;

const RECORD_FIELDS = `commissionId originalActionId original correctionReason
  actionStatus validationStatus actionType actionTrackerId actionTrackerName
  advertiserId advertiserName aid websiteId orderId
  eventDate postingDate lockingDate lockingMethod clickDate shopperId
  saleAmountPubCurrency saleAmountUsd pubCommissionAmountPubCurrency pubCommissionAmountUsd`;

function query(kind: string): string {
  const [since, before] =
    kind === 'locking'
      ? ['sinceLockingDate', 'beforeLockingDate']
      : ['sincePostingDate', 'beforePostingDate'];
  return `query publisherCommissions($forPublishers: [String!]!, $since: String!, $before: String!, $sinceCommissionId: String) {
  publisherCommissions(forPublishers: $forPublishers, ${since}: $since, ${before}: $before, sinceCommissionId: $sinceCommissionId) {
    count limit payloadComplete maxCommissionId
    records { ${RECORD_FIELDS} }
  }
}`;
}

export const cjApiClient: NetworkApiClient = {
  network: 'cj',
  defaultBaseUrl: 'https://commissions.api.cj.com',
  callsPerMinute: 25,
  lookbackDays: 7,
  credentialFields: ['accessToken'],
  adapter: cjCommissionDetailAdapter,
  windows: (range) => windowsWithKinds(splitRange(range, 31), isoSecond, KINDS),
  fetchPage: async (session, window, page) => {
    const kind = window.kind ?? 'posting';
    const sinceCommissionId = typeof page?.sinceCommissionId === 'string' ? page.sinceCommissionId : null;
    const variables = {
      forPublishers: [session.account.publisherId],
      since: window.from,
      before: window.to,
      ...(sinceCommissionId ? { sinceCommissionId } : {}),
    };
    const url = apiUrl(session.baseUrl, 'query');
    const response = await session.call({
      method: 'POST',
      url,
      headers: {
        authorization: `Bearer ${session.credentials.accessToken}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify({ query: query(kind), variables }),
    });
    return {
      request: {
        method: 'POST',
        path: url.pathname,
        query: {
          dateField: kind,
          since: window.from,
          before: window.to,
          ...(sinceCommissionId ? { sinceCommissionId } : {}),
        },
      },
      response,
    };
  },
  nextPage: (_window, page, body) => {
    const since = typeof page?.sinceCommissionId === 'string' ? page.sinceCommissionId : undefined;
    const next = cjNextPage(body, since === undefined ? {} : { sinceCommissionId: since });
    return next.done || !next.sinceCommissionId ? null : { sinceCommissionId: next.sinceCommissionId };
  },
};
