import { describe, expect, it } from 'vitest';
import { CLICK_ID, OTHER_CLICK_ID } from '../testing/deep-link-fixtures';
import { describeQueryLinkContract } from '../testing/query-link-contract';
import { effiliationTrackingLink } from './tracking-link';

// networks.md §1.7: track.effiliation.com/servlet/effi.redir?id_compteur=<id>&url=<dest>&effi_id=<subid>.
const seedTemplate =
  'https://track.effiliation.com/servlet/effi.redir?id_compteur={advertiser_id}&url={url}&effi_id={click_id}';

describe('effiliationTrackingLink', () => {
  describeQueryLinkContract({
    builder: effiliationTrackingLink,
    subIdParam: 'effi_id',
    destinationParam: 'url',
    seedTemplate,
    publisherId: '627104',
    advertiserId: '12345678',
    origin: 'https://track.effiliation.com',
  });

  it('builds the documented link and leaves effi_id2 free', () => {
    const link = effiliationTrackingLink({
      trackingTemplate: `${seedTemplate}&effi_id2=newsletter`,
      publisherId: '627104',
      advertiserId: '12345678',
      clickId: CLICK_ID,
      deepLink: 'https://www.maison-lavande.fr/p?a=1&b=2',
    });
    expect(link).toBe(
      `https://track.effiliation.com/servlet/effi.redir?id_compteur=12345678&url=https%3A%2F%2Fwww.maison-lavande.fr%2Fp%3Fa%3D1%26b%3D2&effi_id=${CLICK_ID}&effi_id2=newsletter`,
    );
  });

  it.each([
    ['effi.id', 'effi.id'],
    ['effi id', 'effi%20id'],
  ])('drops a %s copy, which PHP-style parsers read as effi_id', (_label, name) => {
    const link = effiliationTrackingLink({
      trackingTemplate: `${seedTemplate}&${name}=${OTHER_CLICK_ID}`,
      publisherId: '627104',
      advertiserId: '12345678',
      clickId: CLICK_ID,
    });
    expect(link).not.toContain(OTHER_CLICK_ID);
  });
});
