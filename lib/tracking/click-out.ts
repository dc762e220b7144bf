import type { Db } from '@/db/client';
import { ipHash } from '@/lib/accounts/ip-hash';
import { sessionIdFromCookies } from '@/lib/auth/session-cookie';
import { buildTrackingLink } from '@/lib/networks/tracking-links';
import type { ClickWriter } from './click-batcher';
import { clickFilter } from './click-filter';
import { newClickId } from './click-id';
import type { ClickTarget } from './click-target';
import type { ClickTargetSource } from './click-target-cache';
import { checkDeepLink } from './deep-link';
import { deviceType } from './device-type';
import { type RecordedClick, recordClick } from './record-click';
import { snapshotText } from './terms-snapshot';

// GET /out/<merchant-slug>[?offer=<id>][&url=<deep link>] as a plain function:
// the Next route handler and the server's fast path (scripts/server) both
// answer with what this returns. Order of the checks:
//   1. not a click (HEAD, prefetch, embeds, bots): answered, nothing recorded;
//   2. unknown, not live, or no active program: the "unavailable" page;
//   3. a deep link off the shop's domains: the "refused" page (never followed);
//   4. anonymous: the interstitial (sign in and come back, or go without cashback);
//   5. a member: the click is committed, then 302 to the network's link.

export type ClickOutRequest = {
  method: string;
  slug: string;
  /** The raw query string values; anything else in the query is ignored. */
  offer: string | null;
  url: string | null;
  headers: Pick<Headers, 'get'>;
  cookies: { get(name: string): { value: string } | undefined };
  /** The client's address as the edge knows it (null: unknown). */
  ip: string | null;
};

export type ClickOutConfig = { secret: string; appUrl: string };

export type ClickOutOutcome =
  | 'recorded'
  | 'reused'
  | 'skipped'
  | 'bot'
  | 'unavailable'
  | 'refused'
  | 'anonymous'
  | 'signed-out';

export type ClickOutResponse = {
  status: 204 | 302;
  location?: string;
  outcome: ClickOutOutcome;
  click?: RecordedClick;
};

const USER_AGENT_MAX = 300;
const REFERRER_PATH_MAX = 500;

export async function clickOut(
  db: Db,
  request: ClickOutRequest,
  deps: { target: ClickTargetSource; config: ClickOutConfig; write?: ClickWriter; now?: () => Date },
): Promise<ClickOutResponse> {
  const now = deps.now?.() ?? new Date();
  const slug = encodeURIComponent(request.slug);
  const filter = clickFilter(request);
  if (filter.action === 'skip') {
    // A crawler or a link preview is shown the store page; a prefetch or an embed gets nothing.
    if (filter.reason === 'bot' || filter.reason === 'no_user_agent') {
      return { status: 302, location: `/stores/${slug}`, outcome: 'bot' };
    }
    return { status: 204, outcome: 'skipped' };
  }

  const target = await deps.target(db, request.slug, now);
  if (target?.merchant.status !== 'live' || !target.program) {
    return { status: 302, location: `/out/${slug}/unavailable`, outcome: 'unavailable' };
  }

  let deepLink: string | null = null;
  if (request.url !== null && request.url !== '') {
    const check = checkDeepLink(request.url, target.domains);
    if (!check.ok) {
      return { status: 302, location: `/out/${slug}/refused?reason=${check.reason}`, outcome: 'refused' };
    }
    deepLink = check.url.href;
  }
  const offerId = parseOfferId(request.offer);

  const sessionId = await sessionIdFromCookies(request.cookies, deps.config.secret);
  if (!sessionId) return interstitial(slug, offerId, deepLink, 'anonymous');

  const write = deps.write ?? ((input) => recordClick(db, input));
  const click = await record(request, target, { sessionId, offerId, deepLink, now }, deps.config, write);
  if (!click) return interstitial(slug, offerId, deepLink, 'signed-out');
  return { status: 302, location: click.trackingUrl, outcome: click.reused ? 'reused' : 'recorded', click };
}

/** `?offer=` as an offer id, or null for anything that is not a plain positive integer. */
export function parseOfferId(raw: unknown): number | null {
  return typeof raw === 'string' && /^[1-9][0-9]{0,9}$/.test(raw) ? Number(raw) : null;
}

function interstitial(
  slug: string,
  offerId: number | null,
  deepLink: string | null,
  outcome: 'anonymous' | 'signed-out',
): ClickOutResponse {
  const query = new URLSearchParams();
  if (offerId !== null) query.set('offer', String(offerId));
  if (deepLink !== null) query.set('url', deepLink);
  const search = query.size > 0 ? `?${query}` : '';
  return { status: 302, location: `/out/${slug}/welcome${search}`, outcome };
}

async function record(
  request: ClickOutRequest,
  target: ClickTarget,
  click: { sessionId: string; offerId: number | null; deepLink: string | null; now: Date },
  config: ClickOutConfig,
  write: ClickWriter,
): Promise<RecordedClick | null> {
  const program = target.program!;
  const snapshot = snapshotText(target, click.offerId, click.now);
  const clickId = newClickId(click.now);
  const trackingUrl = buildTrackingLink(program.networkCode, {
    trackingTemplate: program.trackingTemplate,
    publisherId: program.publisherId,
    advertiserId: program.advertiserId,
    clickId,
    deepLink: click.deepLink ?? undefined,
    appUrl: config.appUrl,
  });
  const userAgent = request.headers.get('user-agent')?.trim().slice(0, USER_AGENT_MAX) || null;
  return write({
    sessionId: click.sessionId,
    clickId,
    trackingUrl,
    merchantId: target.merchant.id,
    offerId: snapshot.selectedOfferId,
    networkProgramId: program.id,
    networkCode: program.networkCode,
    snapshot,
    deepLink: click.deepLink,
    ipHash: request.ip ? ipHash(request.ip, config.secret) : null,
    userAgent,
    referrerPath: referrerPath(request.headers.get('referer'), config.appUrl),
    deviceType: deviceType(userAgent),
  });
}

/** The path of the page of ours the click came from; nothing from another site, no query. */
function referrerPath(referer: string | null, appUrl: string): string | null {
  if (!referer) return null;
  try {
    const url = new URL(referer);
    if (url.origin !== new URL(appUrl).origin) return null;
    return url.pathname.slice(0, REFERRER_PATH_MAX);
  } catch {
    return null;
  }
}
