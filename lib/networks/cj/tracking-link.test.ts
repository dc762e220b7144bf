import { describe, expect, it } from 'vitest';
import { CLICK_ID, DEEP_LINKS, OTHER_CLICK_ID } from '../testing/deep-link-fixtures';
import { describeQueryLinkContract } from '../testing/query-link-contract';
import { cjTrackingLink } from './tracking-link';

// networks.md §1.2. Classic: https://www.<cj-domain>/click-<PID>-<AID>?sid=<SID>&url=<dest>
// (the seed's template). Deep-link form: https://www.anrdoezrs.net/links/<PID>/type/dlg/sid/<SID>/<destination>.
const seedTemplate = 'https://www.dpbolvw.net/click-{publisher_id}-{advertiser_id}?sid={click_id}&url={url}';
const deepLinkTemplate = 'https://www.anrdoezrs.net/links/{publisher_id}/type/dlg/sid/{click_id}/{url}';
const ids = { publisherId: '9183746', advertiserId: '12345678', clickId: CLICK_ID };

/** What CJ reads as the destination of a deep-link-form link: everything after our sid segment. */
function pathDestination(link: string, clickId = CLICK_ID): string {
  const marker = `/sid/${clickId}/`;
  const at = link.indexOf(marker);
  return at < 0 ? '' : link.slice(at + marker.length);
}

describe('cjTrackingLink, classic form', () => {
  describeQueryLinkContract({
    builder: cjTrackingLink,
    subIdParam: 'sid',
    destinationParam: 'url',
    seedTemplate,
    origin: 'https://www.dpbolvw.net',
    ...ids,
  });

  it('builds the documented link', () => {
    const link = cjTrackingLink({
      trackingTemplate: seedTemplate,
      ...ids,
      deepLink: 'https://www.maison-lavande.fr/p?a=1',
    });
    expect(link).toBe(
      `https://www.dpbolvw.net/click-9183746-12345678?sid=${CLICK_ID}&url=https%3A%2F%2Fwww.maison-lavande.fr%2Fp%3Fa%3D1`,
    );
  });
});

describe('cjTrackingLink, deep-link form', () => {
  it.each(DEEP_LINKS)('appends %s after our sid segment, byte for byte', (_label, deepLink) => {
    const link = cjTrackingLink({ trackingTemplate: deepLinkTemplate, ...ids, deepLink });
    const url = new URL(link);
    expect(url.href).toBe(link);
    expect(url.origin).toBe('https://www.anrdoezrs.net');
    expect(link.startsWith(`https://www.anrdoezrs.net/links/9183746/type/dlg/sid/${CLICK_ID}/`)).toBe(true);
    expect(pathDestination(link)).toBe(new URL(deepLink).href);
  });

  it.each([
    [
      'the public example',
      'https://www.anrdoezrs.net/links/7251228/type/dlg/sid/UUmuoUeUpU2028435/https://www.malwarebytes.com/mwb-download',
    ],
    ['no sid segment', 'https://www.anrdoezrs.net/links/7251228/type/dlg/https://www.malwarebytes.com/'],
    ['an upper-case SID segment', 'https://www.anrdoezrs.net/links/7251228/type/dlg/SID/other/{url}'],
    ['a hard-coded id', `https://www.anrdoezrs.net/links/7251228/type/dlg/sid/${OTHER_CLICK_ID}/{url}`],
  ])('replaces what follows /type/dlg/ in %s', (_label, trackingTemplate) => {
    const link = cjTrackingLink({
      trackingTemplate,
      ...ids,
      deepLink: 'https://www.maison-lavande.fr/a?b=c#d',
    });
    expect(link).toBe(
      `https://www.anrdoezrs.net/links/7251228/type/dlg/sid/${CLICK_ID}/https://www.maison-lavande.fr/a?b=c#d`,
    );
  });

  it('keeps a landing page fixed in the template when there is no deep link', () => {
    const link = cjTrackingLink({
      trackingTemplate:
        'https://www.anrdoezrs.net/links/{publisher_id}/type/dlg/sid/{click_id}/https://www.maison-lavande.fr/promo?utm=cj',
      ...ids,
    });
    expect(link).toBe(
      `https://www.anrdoezrs.net/links/9183746/type/dlg/sid/${CLICK_ID}/https://www.maison-lavande.fr/promo?utm=cj`,
    );
  });

  it('falls back to the classic form on the same host when there is nothing to deep-link to', () => {
    const link = cjTrackingLink({ trackingTemplate: deepLinkTemplate, ...ids });
    expect(link).toBe(`https://www.anrdoezrs.net/click-9183746-12345678?sid=${CLICK_ID}`);
  });

  it('treats /type/dlg/ inside a query as part of a classic link', () => {
    const link = cjTrackingLink({
      trackingTemplate:
        'https://www.dpbolvw.net/click-{publisher_id}-{advertiser_id}?x=/type/dlg/&sid={click_id}',
      ...ids,
    });
    expect(link).toBe(`https://www.dpbolvw.net/click-9183746-12345678?x=/type/dlg/&sid=${CLICK_ID}`);
  });

  it('refuses a string that is not one of our click ids', () => {
    expect(() =>
      cjTrackingLink({ trackingTemplate: deepLinkTemplate, ...ids, clickId: 'x/../../evil' }),
    ).toThrow(/click id/);
  });
});
