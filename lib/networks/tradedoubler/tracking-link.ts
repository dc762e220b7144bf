import { fillLinkTemplate } from '../link-template/fill-link-template';
import type { TrackingLinkInput } from '../tracking-link-input';

// Tradedoubler: https://clk.tradedoubler.com/click?p=<programme>&a=<site>&g=<ad>&epi=<ref>&url=<dest>
// (networks.md §1.5). "epi" takes ≤64 letters and digits (§2). The
// destination is written last: public links always end with url=, and a
// tracker that reads "everything after url=" then still gets it whole.
export function tradedoublerTrackingLink(input: TrackingLinkInput): string {
  return fillLinkTemplate(input, { subIdParam: 'epi', destinationParam: 'url', destinationLast: true });
}
