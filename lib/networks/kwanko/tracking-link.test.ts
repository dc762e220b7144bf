import { describe, expect, it } from 'vitest';
import { CLICK_ID } from '../testing/deep-link-fixtures';
import { describeQueryLinkContract } from '../testing/query-link-contract';
import { kwankoTrackingLink } from './tracking-link';

// networks.md §1.6: action.metaffiliation.com/trk.php?mclic=<…>&argsite=<subid>; the
// destination parameter ("redir") comes from public integrations and the seed.
const seedTemplate =
  'https://action.metaffiliation.com/trk.php?mclic={advertiser_id}&argsite={click_id}&redir={url}';

describe('kwankoTrackingLink', () => {
  describeQueryLinkContract({
    builder: kwankoTrackingLink,
    subIdParam: 'argsite',
    destinationParam: 'redir',
    seedTemplate,
    publisherId: '482913',
    advertiserId: 'P5120A956B28D2111',
    origin: 'https://action.metaffiliation.com',
  });

  it('rewrites a public link that already carries an argsite', () => {
    const link = kwankoTrackingLink({
      trackingTemplate:
        'https://action.metaffiliation.com/trk.php?mclic=P5120A956B28D2111&redir=https%3A%2F%2Fall.accor.com%2Fdeutschland%2Findex.de.shtml&argsite=test123',
      publisherId: '482913',
      advertiserId: 'P5120A956B28D2111',
      clickId: CLICK_ID,
    });
    expect(link).toBe(
      `https://action.metaffiliation.com/trk.php?mclic=P5120A956B28D2111&redir=https%3A%2F%2Fall.accor.com%2Fdeutschland%2Findex.de.shtml&argsite=${CLICK_ID}`,
    );
  });

  it('keeps the bare ?P<id> parameter of a merchant-hosted tracker', () => {
    const link = kwankoTrackingLink({
      trackingTemplate: 'https://vix.msc-kreuzfahrten.de/?P4E9EB56B28D21B1&redir={url}',
      publisherId: '482913',
      advertiserId: 'P4E9EB56B28D21B1',
      clickId: CLICK_ID,
      deepLink: 'https://www.msccruises.de/',
    });
    expect(link).toBe(
      `https://vix.msc-kreuzfahrten.de/?P4E9EB56B28D21B1&redir=https%3A%2F%2Fwww.msccruises.de%2F&argsite=${CLICK_ID}`,
    );
  });
});
