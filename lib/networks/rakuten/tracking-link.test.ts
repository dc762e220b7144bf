import { describe, expect, it } from 'vitest';
import { CLICK_ID } from '../testing/deep-link-fixtures';
import { describeQueryLinkContract } from '../testing/query-link-contract';
import { rakutenTrackingLink } from './tracking-link';

// networks.md §1.3: click.linksynergy.com/deeplink?id=<11-char publisher id>&mid=<MID>&murl=<encoded>&u1=<ref>.
const seedTemplate =
  'https://click.linksynergy.com/deeplink?id={publisher_id}&mid={advertiser_id}&murl={url}&u1={click_id}';

describe('rakutenTrackingLink', () => {
  describeQueryLinkContract({
    builder: rakutenTrackingLink,
    subIdParam: 'u1',
    destinationParam: 'murl',
    seedTemplate,
    publisherId: 'Rst0uRn3xYz',
    advertiserId: '43210',
    origin: 'https://click.linksynergy.com',
  });

  it('builds the documented deep link, keeping the case-sensitive publisher id', () => {
    const link = rakutenTrackingLink({
      trackingTemplate: seedTemplate,
      publisherId: 'Rst0uRn3xYz',
      advertiserId: '43210',
      clickId: CLICK_ID,
      deepLink: 'https://www.maison-lavande.fr/coffret cadeau?taille=M',
    });
    expect(link).toBe(
      `https://click.linksynergy.com/deeplink?id=Rst0uRn3xYz&mid=43210&murl=https%3A%2F%2Fwww.maison-lavande.fr%2Fcoffret%2520cadeau%3Ftaille%3DM&u1=${CLICK_ID}`,
    );
  });

  it("keeps the classic form's own subid=0, which is not our slot", () => {
    const link = rakutenTrackingLink({
      trackingTemplate:
        'https://click.linksynergy.com/fs-bin/click?id={publisher_id}&offerid=123.4&type=3&subid=0&u1=old',
      publisherId: 'Rst0uRn3xYz',
      advertiserId: '43210',
      clickId: CLICK_ID,
    });
    expect(link).toBe(
      `https://click.linksynergy.com/fs-bin/click?id=Rst0uRn3xYz&offerid=123.4&type=3&subid=0&u1=${CLICK_ID}`,
    );
  });
});
