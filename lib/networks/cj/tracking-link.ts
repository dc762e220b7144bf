import { AppError } from '@/lib/errors';
import { isClickId } from '@/lib/tracking/click-id';
import { destinationHref } from '../link-template/destination-href';
import { absoluteHttpUrl, fillLinkTemplate } from '../link-template/fill-link-template';
import { fillPlaceholders } from '../link-template/fill-placeholders';
import type { TrackingLinkInput } from '../tracking-link-input';

// CJ has two link shapes (networks.md §1.2); we follow the stored template's:
//  - deep-link form: https://www.anrdoezrs.net/links/<PID>/type/dlg/sid/<SID>/<destination>
//    The click id is a path segment and the destination is appended as it is,
//    not encoded: CJ reads everything after the SID segment, query and all,
//    as the destination (public links: …/type/dlg/sid/UUmuo…/https://www.malwarebytes.com/mwb-download).
//    We append the parsed href, which has no spaces, no dot segments and no
//    raw non-ASCII, so the browser requests exactly what we built. A fragment
//    stays in the browser (it is never sent), and a redirect without a
//    fragment inherits it (RFC 9110 §10.2.2), so the shop still sees it.
//  - classic: https://www.<cj-domain>/click-<PID>-<AID>?sid=<SID>&url=<encoded>
//    (the seed's template). "sid" is our slot, "url" the destination.
// Whatever the template says after /type/dlg/ (an old sid segment, {url}, a
// fixed landing page) is replaced by our segment and the member's deep link.
// With no deep link and no fixed landing page, the deep-link form has nothing
// to append, so we fall back to the classic form on the same CJ host.

const DEEP_LINK_MARK = /\/type\/dlg\//i;
const SID_SEGMENT = /^sid\/[^/?#]*\//i;

export function cjTrackingLink(input: TrackingLinkInput): string {
  const template = input.trackingTemplate;
  const mark = DEEP_LINK_MARK.exec(template);
  const queryAt = template.search(/[?#]/);
  if (mark === null || (queryAt >= 0 && queryAt < mark.index)) {
    return fillLinkTemplate(input, { subIdParam: 'sid', destinationParam: 'url' });
  }
  if (!isClickId(input.clickId)) throw new AppError('internal', 'tracking link needs one of our click ids');

  const values = {
    click_id: input.clickId,
    publisher_id: input.publisherId,
    advertiser_id: input.advertiserId,
    url: null,
  };
  const prefix = fillPlaceholders(template.slice(0, mark.index + mark[0].length), values);
  const rest = template.slice(mark.index + mark[0].length).replace(SID_SEGMENT, '');
  const fixed = rest === '' || rest === '{url}' ? null : fillPlaceholders(rest, values);
  const destination = input.deepLink === undefined ? fixed : destinationHref(input.deepLink);

  if (destination === null) {
    const origin = new URL(absoluteHttpUrl(prefix)).origin;
    return fillLinkTemplate(
      { ...input, trackingTemplate: `${origin}/click-{publisher_id}-{advertiser_id}` },
      { subIdParam: 'sid', destinationParam: 'url' },
    );
  }
  return absoluteHttpUrl(`${prefix}sid/${input.clickId}/${destination}`);
}
