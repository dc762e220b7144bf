import { describe, expect, it } from 'vitest';
import { SANDBOX_TEMPLATE } from '@/db/seed/networks';
import { CLICK_ID } from '../testing/deep-link-fixtures';
import { describeQueryLinkContract } from '../testing/query-link-contract';
import { sandboxTrackingLink } from './tracking-link';

const appUrl = 'http://localhost:3210';

describe('sandboxTrackingLink', () => {
  describeQueryLinkContract({
    builder: sandboxTrackingLink,
    subIdParam: 'clickref',
    destinationParam: 'ued',
    seedTemplate: SANDBOX_TEMPLATE,
    publisherId: 'ristourne-demo',
    advertiserId: 'sbx-maison-lavande',
    origin: appUrl,
    appUrl,
  });

  it('resolves the seed template on our own origin', () => {
    const link = sandboxTrackingLink({
      trackingTemplate: SANDBOX_TEMPLATE,
      publisherId: 'ristourne-demo',
      advertiserId: 'sbx-maison-lavande',
      clickId: CLICK_ID,
      deepLink: 'https://www.maison-lavande.fr/savon',
      appUrl: 'https://ristourne.example/some/page?x=1',
    });
    expect(link).toBe(
      `https://ristourne.example/sandbox/track/sbx-maison-lavande?clickref=${CLICK_ID}&ued=https%3A%2F%2Fwww.maison-lavande.fr%2Fsavon`,
    );
  });

  it.each([
    ['a protocol-relative template', '//elsewhere.example/sandbox/track/{advertiser_id}?clickref={click_id}'],
    ['an absolute template on another host', 'https://elsewhere.example/sandbox/track?clickref={click_id}'],
  ])('refuses %s', (_label, trackingTemplate) => {
    expect(() =>
      sandboxTrackingLink({
        trackingTemplate,
        publisherId: 'p',
        advertiserId: 'a',
        clickId: CLICK_ID,
        appUrl,
      }),
    ).toThrow(/leaves this app/);
  });

  it('needs the app URL', () => {
    expect(() =>
      sandboxTrackingLink({
        trackingTemplate: SANDBOX_TEMPLATE,
        publisherId: 'p',
        advertiserId: 'a',
        clickId: CLICK_ID,
      }),
    ).toThrow(/app URL/);
  });
});
