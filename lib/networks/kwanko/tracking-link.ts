import { fillLinkTemplate } from '../link-template/fill-link-template';
import type { TrackingLinkInput } from '../tracking-link-input';

// Kwanko (NetAffiliation): https://action.metaffiliation.com/trk.php?mclic=<id>&argsite=<ref>
// (networks.md §1.6; "argsite" is the main sub-id, post-click and post-view).
// networks.md gives no destination parameter; public integrations use
// "redir=<encoded>" (trk.php?mclic=…&redir=https%3A%2F%2F…&argsite=…), as does
// our seed template, so that is what we write. Some campaigns use a merchant
// host with a bare "?P<id>" parameter: it is kept as is.
export function kwankoTrackingLink(input: TrackingLinkInput): string {
  return fillLinkTemplate(input, { subIdParam: 'argsite', destinationParam: 'redir' });
}
