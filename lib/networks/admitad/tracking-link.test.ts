import { describe, expect, it } from 'vitest';
import { CLICK_ID } from '../testing/deep-link-fixtures';
import { describeQueryLinkContract } from '../testing/query-link-contract';
import { admitadTrackingLink } from './tracking-link';

// networks.md §1.8: ad.admitad.com/g/<hash>/?subid=<v>&ulp=<encoded>.
const seedTemplate = 'https://ad.admitad.com/g/{advertiser_id}/?subid={click_id}&ulp={url}';

describe('admitadTrackingLink', () => {
  describeQueryLinkContract({
    builder: admitadTrackingLink,
    subIdParam: 'subid',
    destinationParam: 'ulp',
    seedTemplate,
    publisherId: '1938475',
    advertiserId: '1e8d114494b7e165239416525dc3e8',
    origin: 'https://ad.admitad.com',
  });

  it('builds the documented link, leaving subid1–4 alone', () => {
    const link = admitadTrackingLink({
      trackingTemplate: `${seedTemplate}&subid1=home`,
      publisherId: '1938475',
      advertiserId: '1e8d114494b7e165239416525dc3e8',
      clickId: CLICK_ID,
      deepLink: 'https://www.maison-lavande.fr/#top',
    });
    expect(link).toBe(
      `https://ad.admitad.com/g/1e8d114494b7e165239416525dc3e8/?subid=${CLICK_ID}&ulp=https%3A%2F%2Fwww.maison-lavande.fr%2F%23top&subid1=home`,
    );
  });
});
