import { fillLinkTemplate } from '../link-template/fill-link-template';
import type { TrackingLinkInput } from '../tracking-link-input';

// Impact: https://<brand host>/c/<partner>/<ad>/<campaign>?subId1=<ref>&u=<encoded>
// (networks.md §1.4). Impact does not encode the destination for us, so "u"
// must arrive encoded; "subId1" is partner-only (the brand sees sharedid, so
// our click id does not go there).
export function impactTrackingLink(input: TrackingLinkInput): string {
  return fillLinkTemplate(input, { subIdParam: 'subId1', destinationParam: 'u' });
}
