import { describe, expect, it } from 'vitest';
import { CLICK_ID } from '../testing/deep-link-fixtures';
import { describeQueryLinkContract } from '../testing/query-link-contract';
import { impactTrackingLink } from './tracking-link';

// networks.md §1.4: https://<brand host>/c/<partner>/<ad>/<campaign>?subId1=…&u=<encoded>.
// The seed puts a brand host and an ad id of its own in the template.
const seedTemplate =
  'https://maisonlavande.sjv.io/c/{publisher_id}/482913/{advertiser_id}?subId1={click_id}&u={url}';

describe('impactTrackingLink', () => {
  describeQueryLinkContract({
    builder: impactTrackingLink,
    subIdParam: 'subId1',
    destinationParam: 'u',
    seedTemplate,
    publisherId: '5127734',
    advertiserId: '25589',
    origin: 'https://maisonlavande.sjv.io',
  });

  it('rewrites the public example link (…sjv.io/c/4303217/2047927/25589?subId1=1015)', () => {
    const link = impactTrackingLink({
      trackingTemplate: 'https://example.sjv.io/c/4303217/2047927/25589?subId1=1015',
      publisherId: '4303217',
      advertiserId: '25589',
      clickId: CLICK_ID,
      deepLink: 'https://www.maison-lavande.fr/été',
    });
    expect(link).toBe(
      `https://example.sjv.io/c/4303217/2047927/25589?subId1=${CLICK_ID}&u=https%3A%2F%2Fwww.maison-lavande.fr%2F%25C3%25A9t%25C3%25A9`,
    );
  });

  it('leaves sharedid, which the brand can see, without our click id', () => {
    const link = impactTrackingLink({
      trackingTemplate: `${seedTemplate}&sharedid=ristourne`,
      publisherId: '5127734',
      advertiserId: '25589',
      clickId: CLICK_ID,
    });
    expect(new URL(link).searchParams.get('sharedid')).toBe('ristourne');
  });
});
