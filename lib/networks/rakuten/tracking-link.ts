import { fillLinkTemplate } from '../link-template/fill-link-template';
import type { TrackingLinkInput } from '../tracking-link-input';

// Rakuten Advertising: https://click.linksynergy.com/deeplink?id=<publisher>&mid=<advertiser>&murl=<encoded>&u1=<ref>
// (networks.md §1.3). "u1" is the member id slot (≤72 alphanumerics,
// case-sensitive, §2); "murl" the URL-encoded destination. The classic
// fs-bin/click form has a "subid=0" of its own, which is not ours and is kept.
export function rakutenTrackingLink(input: TrackingLinkInput): string {
  return fillLinkTemplate(input, { subIdParam: 'u1', destinationParam: 'murl' });
}
