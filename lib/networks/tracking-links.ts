import { admitadTrackingLink } from './admitad/tracking-link';
import { awinTrackingLink } from './awin/tracking-link';
import { cjTrackingLink } from './cj/tracking-link';
import { effiliationTrackingLink } from './effiliation/tracking-link';
import { genericTrackingLink } from './generic/tracking-link';
import { impactTrackingLink } from './impact/tracking-link';
import { kwankoTrackingLink } from './kwanko/tracking-link';
import { rakutenTrackingLink } from './rakuten/tracking-link';
import { sandboxTrackingLink } from './sandbox/tracking-link';
import type { TrackingLinkBuilder, TrackingLinkInput } from './tracking-link-input';
import { tradedoublerTrackingLink } from './tradedoubler/tracking-link';

// network_accounts.network_code → the builder that knows where that network
// wants our click id and the destination (networks.md §1, §2). A code we do
// not know gets the generic {click_id}/{url} template (networks.md §1.9).

export const TRACKING_LINK_BUILDERS = {
  sandbox: sandboxTrackingLink,
  awin: awinTrackingLink,
  cj: cjTrackingLink,
  rakuten: rakutenTrackingLink,
  impact: impactTrackingLink,
  tradedoubler: tradedoublerTrackingLink,
  kwanko: kwankoTrackingLink,
  effiliation: effiliationTrackingLink,
  admitad: admitadTrackingLink,
} as const satisfies Record<string, TrackingLinkBuilder>;

export type KnownNetworkCode = keyof typeof TRACKING_LINK_BUILDERS;

export function isKnownNetworkCode(code: string): code is KnownNetworkCode {
  return Object.hasOwn(TRACKING_LINK_BUILDERS, code);
}

export function trackingLinkBuilder(networkCode: string): TrackingLinkBuilder {
  return isKnownNetworkCode(networkCode) ? TRACKING_LINK_BUILDERS[networkCode] : genericTrackingLink;
}

/** The absolute URL to redirect a member to, with our click id in the network's sub-id slot. */
export function buildTrackingLink(networkCode: string, input: TrackingLinkInput): string {
  return trackingLinkBuilder(networkCode)(input);
}
