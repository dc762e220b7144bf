import { describe, expect, it } from 'vitest';
import { admitadTrackingLink } from './admitad/tracking-link';
import { awinTrackingLink } from './awin/tracking-link';
import { cjTrackingLink } from './cj/tracking-link';
import { effiliationTrackingLink } from './effiliation/tracking-link';
import { genericTrackingLink } from './generic/tracking-link';
import { impactTrackingLink } from './impact/tracking-link';
import { kwankoTrackingLink } from './kwanko/tracking-link';
import { rakutenTrackingLink } from './rakuten/tracking-link';
import { sandboxTrackingLink } from './sandbox/tracking-link';
import { SUB_ID_CONSTRAINTS } from './sub-id-constraints';
import { CLICK_ID } from './testing/deep-link-fixtures';
import { paramsNamed } from './testing/query-link-contract';
import {
  buildTrackingLink,
  isKnownNetworkCode,
  TRACKING_LINK_BUILDERS,
  trackingLinkBuilder,
} from './tracking-links';
import { tradedoublerTrackingLink } from './tradedoubler/tracking-link';

describe('trackingLinkBuilder', () => {
  it.each([
    ['sandbox', sandboxTrackingLink],
    ['awin', awinTrackingLink],
    ['cj', cjTrackingLink],
    ['rakuten', rakutenTrackingLink],
    ['impact', impactTrackingLink],
    ['tradedoubler', tradedoublerTrackingLink],
    ['kwanko', kwankoTrackingLink],
    ['effiliation', effiliationTrackingLink],
    ['admitad', admitadTrackingLink],
    ['everflow', genericTrackingLink],
    ['AWIN', genericTrackingLink],
    ['constructor', genericTrackingLink],
    ['__proto__', genericTrackingLink],
    ['', genericTrackingLink],
  ])('%s', (code, builder) => {
    expect(trackingLinkBuilder(code)).toBe(builder);
    expect(isKnownNetworkCode(code)).toBe(builder !== genericTrackingLink);
  });

  it('knows a sub-id constraint for every network it builds links for (networks.md §2)', () => {
    expect(Object.keys(TRACKING_LINK_BUILDERS).sort()).toEqual(
      SUB_ID_CONSTRAINTS.map((c) => c.network).sort(),
    );
  });
});

describe('buildTrackingLink', () => {
  it('puts the click id where each network expects it', () => {
    const input = {
      publisherId: 'p1',
      advertiserId: 'a1',
      clickId: CLICK_ID,
      appUrl: 'http://localhost:3000',
    };
    for (const constraint of SUB_ID_CONSTRAINTS) {
      const link = buildTrackingLink(constraint.network, {
        ...input,
        trackingTemplate:
          constraint.network === 'sandbox' ? '/sandbox/track/{advertiser_id}' : 'https://track.example/x',
      });
      expect(paramsNamed(link, constraint.param), constraint.network).toEqual([[constraint.param, CLICK_ID]]);
    }
  });

  it('uses the generic template for a network it does not know', () => {
    expect(
      buildTrackingLink('affise', {
        trackingTemplate:
          'https://offers.affise.example/click?pid={publisher_id}&offer_id={advertiser_id}&sub1={click_id}',
        publisherId: '12',
        advertiserId: '34',
        clickId: CLICK_ID,
      }),
    ).toBe(`https://offers.affise.example/click?pid=12&offer_id=34&sub1=${CLICK_ID}`);
  });
});
