import { fillLinkTemplate } from '../link-template/fill-link-template';
import type { TrackingLinkInput } from '../tracking-link-input';

// Any other network (Everflow, TUNE, Affise…, networks.md §1.9): we do not
// know its parameter names, so the template says where things go with
// {click_id}, {url}, {publisher_id} and {advertiser_id}. A template without
// {click_id} is refused (no sale could be attributed); one without {url}
// cannot deep-link and sends the member to the programme's default page.
// Without a deep link, a query parameter holding {url} is dropped.
export function genericTrackingLink(input: TrackingLinkInput): string {
  return fillLinkTemplate(input, { subIdParam: null, destinationParam: null });
}
