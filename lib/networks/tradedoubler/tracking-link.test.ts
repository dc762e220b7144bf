import { describe, expect, it } from 'vitest';
import { CLICK_ID } from '../testing/deep-link-fixtures';
import { describeQueryLinkContract } from '../testing/query-link-contract';
import { tradedoublerTrackingLink } from './tracking-link';

// networks.md §1.5: clk.tradedoubler.com/click?p=<programme>&a=<site>&g=<ad>&epi=<ref>&url=<dest>.
const seedTemplate =
  'https://clk.tradedoubler.com/click?p={advertiser_id}&a={publisher_id}&epi={click_id}&url={url}';

describe('tradedoublerTrackingLink', () => {
  describeQueryLinkContract({
    builder: tradedoublerTrackingLink,
    subIdParam: 'epi',
    destinationParam: 'url',
    seedTemplate,
    publisherId: '3520418',
    advertiserId: '401531',
    origin: 'https://clk.tradedoubler.com',
  });

  it('rewrites the public example link (click?p=401531&a=3419260&epi=enin-msn-hp-mestripe)', () => {
    const link = tradedoublerTrackingLink({
      trackingTemplate: 'https://clk.tradedoubler.com/click?p=401531&a=3419260&epi=enin-msn-hp-mestripe',
      publisherId: '3419260',
      advertiserId: '401531',
      clickId: CLICK_ID,
    });
    expect(link).toBe(`https://clk.tradedoubler.com/click?p=401531&a=3419260&epi=${CLICK_ID}`);
  });

  it('writes url last, even when the template puts it first', () => {
    const link = tradedoublerTrackingLink({
      trackingTemplate:
        'https://tracker.tradedoubler.com/click?url={url}&p={advertiser_id}&a={publisher_id}&g=77',
      publisherId: '3520418',
      advertiserId: '401531',
      clickId: CLICK_ID,
      deepLink: 'https://www.maison-lavande.fr/a?b=c',
    });
    expect(link).toBe(
      `https://tracker.tradedoubler.com/click?p=401531&a=3520418&g=77&epi=${CLICK_ID}&url=https%3A%2F%2Fwww.maison-lavande.fr%2Fa%3Fb%3Dc`,
    );
  });
});
