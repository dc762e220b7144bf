import type { DbOrTx } from '@/db/client';
import { SANDBOX_CLICK_REF_MAX_CHARS } from '@/db/schema';
import { checkDeepLink } from '@/lib/tracking/deep-link';
import { findSandboxAdvertiser } from './advertiser';

// The sandbox network's tracking hop (/sandbox/track/<advertiser id>): where
// an Awin link would set its cookie and bounce to the merchant, this one
// bounces to the fake shop. It only ever answers a path on this app: the shop
// page of a known advertiser. The product page (`ued`) is passed on only when
// it lies on the merchant's registered domains, so the hop is no open redirect,
// and the shop page checks it again (anyone can type the shop's URL).

export type TrackHop = { found: false } | { found: true; location: string };

export async function sandboxTrackHop(
  db: DbOrTx,
  input: { advertiserId: string; clickRef: string | null; ued: string | null },
): Promise<TrackHop> {
  const advertiser = await findSandboxAdvertiser(db, input.advertiserId);
  if (!advertiser) return { found: false };
  // The click ref is passed on as received, garbage included (the network is
  // not ours to judge it), unless it is too long to keep at all.
  const clickRef =
    input.clickRef && input.clickRef.length <= SANDBOX_CLICK_REF_MAX_CHARS ? input.clickRef : null;
  const deepLink = shopDeepLink(input.ued, advertiser.shopDomains);
  return { found: true, location: shopPath(advertiser.advertiserId, clickRef, deepLink) };
}

/** The fake shop's page for a click: `/sandbox/shop/<advertiser>?clickref=…&ued=…`. */
export function shopPath(advertiserId: string, clickRef: string | null, deepLink: string | null): string {
  const query = new URLSearchParams();
  if (clickRef) query.set('clickref', clickRef);
  if (deepLink) query.set('ued', deepLink);
  const search = query.size > 0 ? `?${query}` : '';
  return `/sandbox/shop/${encodeURIComponent(advertiserId)}${search}`;
}

/** The product page as checked against the shop's domains, or null. */
export function shopDeepLink(ued: string | null | undefined, shopDomains: readonly string[]): string | null {
  if (!ued) return null;
  const check = checkDeepLink(ued, shopDomains);
  return check.ok ? check.url.href : null;
}
