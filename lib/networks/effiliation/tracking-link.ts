import { fillLinkTemplate } from '../link-template/fill-link-template';
import type { TrackingLinkInput } from '../tracking-link-input';

// Effiliation: https://track.effiliation.com/servlet/effi.redir?id_compteur=<id>&url=<dest>&effi_id=<ref>
// (networks.md §1.7). "effi_id" is "your subId (an alphanumerical value)";
// "effi_id2" stays free for a placement tag (§2).
export function effiliationTrackingLink(input: TrackingLinkInput): string {
  return fillLinkTemplate(input, { subIdParam: 'effi_id', destinationParam: 'url' });
}
