import { fillLinkTemplate } from '../link-template/fill-link-template';
import type { TrackingLinkInput } from '../tracking-link-input';

// Awin: https://www.awin1.com/cread.php?awinmid=<advertiser>&awinaffid=<publisher>&clickref=<ref>&ued=<encoded>
// (networks.md §1.1). The name must be lower-case "clickref" (Awin ignores
// "clickRef"), and the destination goes URL-encoded in "ued".
export function awinTrackingLink(input: TrackingLinkInput): string {
  return fillLinkTemplate(input, { subIdParam: 'clickref', destinationParam: 'ued' });
}
