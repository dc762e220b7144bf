import { describe, expect, it } from 'vitest';
import { CLICK_ID, DEEP_LINKS } from '../testing/deep-link-fixtures';
import { paramsNamed } from '../testing/query-link-contract';
import { genericTrackingLink } from './tracking-link';

// networks.md §1.9: Everflow, TUNE, Affise… carry the click id in a sub
// parameter we only know from the template's {click_id}.
const everflow = 'https://www.trk.example/{advertiser_id}/{publisher_id}/?sub1={click_id}&url={url}';
const ids = { publisherId: '77', advertiserId: 'OFF12', clickId: CLICK_ID };

describe('genericTrackingLink', () => {
  it.each(DEEP_LINKS)('carries %s exactly once encoded', (_label, deepLink) => {
    const link = genericTrackingLink({ trackingTemplate: everflow, ...ids, deepLink });
    expect(new URL(link).href).toBe(link);
    expect(paramsNamed(link, 'sub1')).toEqual([['sub1', CLICK_ID]]);
    expect(paramsNamed(link, 'url')).toEqual([['url', new URL(deepLink).href]]);
  });

  it.each([
    [
      'TUNE, click id in two places',
      'https://track.example/aff_c?offer_id={advertiser_id}&aff_id={publisher_id}&aff_sub={click_id}&aff_click_id={click_id}',
      `https://track.example/aff_c?offer_id=OFF12&aff_id=77&aff_sub=${CLICK_ID}&aff_click_id=${CLICK_ID}`,
    ],
    [
      'click id and destination in the path',
      'https://go.example/r/{click_id}/{url}',
      `https://go.example/r/${CLICK_ID}/https%3A%2F%2Fwww.maison-lavande.fr%2Fp%3Fa%3D1`,
    ],
    [
      'no {url}: the deep link cannot be passed',
      'https://go.example/c?sub1={click_id}',
      `https://go.example/c?sub1=${CLICK_ID}`,
    ],
  ])('fills %s', (_label, trackingTemplate, want) => {
    expect(
      genericTrackingLink({ trackingTemplate, ...ids, deepLink: 'https://www.maison-lavande.fr/p?a=1' }),
    ).toBe(want);
  });

  it('drops a {url} parameter when there is no deep link', () => {
    expect(genericTrackingLink({ trackingTemplate: everflow, ...ids })).toBe(
      `https://www.trk.example/OFF12/77/?sub1=${CLICK_ID}`,
    );
  });

  it.each([
    ['no {click_id}', 'https://go.example/c?sub1=fixed&url={url}', /no \{click_id\}/],
    ['{url} in the path without a deep link', 'https://go.example/r/{click_id}/{url}', /no deep link/],
    [
      'an unknown placeholder',
      'https://go.example/c?sub1={click_id}&s2={sub2}',
      /unknown placeholder \{sub2\}/,
    ],
    ['a relative template', '/c?sub1={click_id}', /absolute URL/],
    ['a javascript: template', 'javascript:alert({click_id})', /not http/],
  ])('refuses %s', (_label, trackingTemplate, error) => {
    expect(() => genericTrackingLink({ trackingTemplate, ...ids })).toThrow(error);
  });
});
