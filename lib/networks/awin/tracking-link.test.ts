import { describe, expect, it } from 'vitest';
import { CLICK_ID } from '../testing/deep-link-fixtures';
import { describeQueryLinkContract } from '../testing/query-link-contract';
import { awinTrackingLink } from './tracking-link';

// networks.md §1.1: cread.php?awinmid=<advertiser>&awinaffid=<publisher>&clickref=<ref>&ued=<encoded>.
const seedTemplate =
  'https://www.awin1.com/cread.php?awinmid={advertiser_id}&awinaffid={publisher_id}&clickref={click_id}&ued={url}';

describe('awinTrackingLink', () => {
  describeQueryLinkContract({
    builder: awinTrackingLink,
    subIdParam: 'clickref',
    destinationParam: 'ued',
    seedTemplate,
    publisherId: '1248163',
    advertiserId: '12345',
    origin: 'https://www.awin1.com',
  });

  it.each([
    [
      'a deep link',
      'https://www.maison-lavande.fr/savon?x=1&y=é#avis',
      `https://www.awin1.com/cread.php?awinmid=12345&awinaffid=1248163&clickref=${CLICK_ID}&ued=https%3A%2F%2Fwww.maison-lavande.fr%2Fsavon%3Fx%3D1%26y%3D%25C3%25A9%23avis`,
    ],
    [
      'no deep link',
      undefined,
      `https://www.awin1.com/cread.php?awinmid=12345&awinaffid=1248163&clickref=${CLICK_ID}`,
    ],
  ])('builds the documented link with %s', (_label, deepLink, want) => {
    const link = awinTrackingLink({
      trackingTemplate: seedTemplate,
      publisherId: '1248163',
      advertiserId: '12345',
      clickId: CLICK_ID,
      deepLink,
    });
    expect(link).toBe(want);
  });

  it('leaves clickref2–6 alone: they are free for a placement tag (networks.md §2)', () => {
    const link = awinTrackingLink({
      trackingTemplate: `${seedTemplate}&clickref2=home`,
      publisherId: '1248163',
      advertiserId: '12345',
      clickId: CLICK_ID,
    });
    expect(new URL(link).searchParams.get('clickref2')).toBe('home');
  });
});
