import { fillLinkTemplate } from '../link-template/fill-link-template';
import type { TrackingLinkInput } from '../tracking-link-input';

// Admitad: https://ad.admitad.com/g/<hash>/?subid=<ref>&ulp=<encoded>
// (networks.md §1.8; the link shape is marked [G] there, "subid" is confirmed
// as the postback macro and API field). "subid1"–"subid4" stay free.
export function admitadTrackingLink(input: TrackingLinkInput): string {
  return fillLinkTemplate(input, { subIdParam: 'subid', destinationParam: 'ulp' });
}
