import { describe, expect, it } from 'vitest';
import type { TrackingLinkBuilder, TrackingLinkInput } from '../tracking-link-input';
import { CLICK_ID, DEEP_LINKS, OTHER_CLICK_ID } from './deep-link-fixtures';

// The tests every query-string network shares (networks.md §1–2): our click id
// in the network's sub-id parameter and nowhere else under that name, the
// destination encoded exactly once in its parameter, the rest of the template
// untouched, and a result that `new URL` leaves unchanged.

export type QueryLinkNetwork = {
  builder: TrackingLinkBuilder;
  subIdParam: string;
  destinationParam: string;
  /** The template as db/seed/networks.ts stores it. */
  seedTemplate: string;
  publisherId: string;
  advertiserId: string;
  /** Origin of the finished link, to prove the template's host is kept. */
  origin: string;
  appUrl?: string;
};

export function paramsNamed(link: string, name: string): [string, string][] {
  return [...new URL(link).searchParams].filter(([key]) => key.toLowerCase() === name.toLowerCase());
}

export function describeQueryLinkContract(network: QueryLinkNetwork): void {
  const input = (over: Partial<TrackingLinkInput> = {}): TrackingLinkInput => ({
    trackingTemplate: network.seedTemplate,
    publisherId: network.publisherId,
    advertiserId: network.advertiserId,
    clickId: CLICK_ID,
    appUrl: network.appUrl,
    ...over,
  });

  describe(`${network.subIdParam} + ${network.destinationParam} contract`, () => {
    // One decoding gives the href back: encoded twice it would read "https%3A…",
    // not encoded at all its "&" and "#" would have split the link.
    it.each(DEEP_LINKS)('carries %s exactly once encoded', (_label, deepLink) => {
      const link = network.builder(input({ deepLink }));
      const url = new URL(link);
      expect(url.href).toBe(link);
      expect(url.origin).toBe(network.origin);
      expect(paramsNamed(link, network.subIdParam)).toEqual([[network.subIdParam, CLICK_ID]]);
      expect(paramsNamed(link, network.destinationParam)).toEqual([
        [network.destinationParam, new URL(deepLink).href],
      ]);
      expect(url.hash).toBe('');
    });

    it('accepts the deep link as a URL object too', () => {
      const deepLink = new URL('https://www.maison-lavande.fr/é?a=1&b=2#x');
      const link = network.builder(input({ deepLink }));
      expect(paramsNamed(link, network.destinationParam)).toEqual([
        [network.destinationParam, deepLink.href],
      ]);
    });

    it('drops the destination slot when there is no deep link', () => {
      const link = network.builder(input());
      expect(paramsNamed(link, network.subIdParam)).toEqual([[network.subIdParam, CLICK_ID]]);
      expect(paramsNamed(link, network.destinationParam)).toEqual([]);
      expect(link).not.toMatch(/[{}]|%7B|%7D/i);
    });

    it.each([
      ['a second copy appended', `${network.seedTemplate}&${network.subIdParam}=${OTHER_CLICK_ID}`],
      ['an upper-case copy', `${network.seedTemplate}&${network.subIdParam.toUpperCase()}=${OTHER_CLICK_ID}`],
      [
        'a percent-encoded name',
        `${network.seedTemplate}&${encodeURIComponent(network.subIdParam).replace(/^./, (c) => `%${c.charCodeAt(0).toString(16)}`)}=${OTHER_CLICK_ID}`,
      ],
      [
        'a copy with a leading space (PHP drops it)',
        `${network.seedTemplate}&+${network.subIdParam}=${OTHER_CLICK_ID}`,
      ],
      ['an array-style copy', `${network.seedTemplate}&${network.subIdParam}[]=${OTHER_CLICK_ID}`],
      [
        'a hard-coded value instead of {click_id}',
        network.seedTemplate.replace('{click_id}', OTHER_CLICK_ID),
      ],
    ])('overrides %s of the sub-id', (_label, trackingTemplate) => {
      const link = network.builder(input({ trackingTemplate, deepLink: 'https://www.maison-lavande.fr/p' }));
      expect(paramsNamed(link, network.subIdParam)).toEqual([[network.subIdParam, CLICK_ID]]);
      expect(link).not.toContain(OTHER_CLICK_ID);
    });

    it('replaces a destination hard-coded in the template by the deep link, and keeps it without one', () => {
      const fixed = 'https://www.maison-lavande.fr/promo';
      const trackingTemplate = network.seedTemplate.replace('{url}', encodeURIComponent(fixed));
      const deepLink = 'https://www.maison-lavande.fr/p?x=1';
      expect(
        paramsNamed(network.builder(input({ trackingTemplate, deepLink })), network.destinationParam),
      ).toEqual([[network.destinationParam, deepLink]]);
      expect(paramsNamed(network.builder(input({ trackingTemplate })), network.destinationParam)).toEqual([
        [network.destinationParam, fixed],
      ]);
    });

    it('appends the slots to a template that lacks them', () => {
      const bare = network.seedTemplate.split('?')[0] ?? '';
      const link = network.builder(
        input({ trackingTemplate: `${bare}?keep=me`, deepLink: 'https://www.maison-lavande.fr/' }),
      );
      expect(new URL(link).searchParams.get('keep')).toBe('me');
      expect(paramsNamed(link, network.subIdParam)).toEqual([[network.subIdParam, CLICK_ID]]);
      expect(paramsNamed(link, network.destinationParam)).toEqual([
        [network.destinationParam, 'https://www.maison-lavande.fr/'],
      ]);
    });

    it('keeps the parameters it does not own, spelled as they were', () => {
      const link = network.builder(
        input({
          trackingTemplate: `${network.seedTemplate}&x=a%20b&flag&y=%C3%A9`,
          deepLink: 'https://www.maison-lavande.fr/',
        }),
      );
      expect(link).toContain('&x=a%20b&flag&y=%C3%A9');
    });

    it('encodes ids so they cannot add parameters or path segments', () => {
      const link = network.builder(input({ publisherId: 'a&b=c', advertiserId: 'x/../y?z' }));
      expect(link).not.toContain('&b=c');
      expect(link).not.toContain('/../');
      expect(paramsNamed(link, network.subIdParam)).toEqual([[network.subIdParam, CLICK_ID]]);
    });

    it.each([
      ['not a click id', 'not-a-click-id'],
      ['an upper-case click id', CLICK_ID.toUpperCase()],
      ['a click id with a parameter', `${CLICK_ID}&ued=x`],
    ])('refuses %s', (_label, clickId) => {
      expect(() => network.builder(input({ clickId }))).toThrow(/click id/);
    });

    it.each([
      ['a relative deep link', '/p'],
      ['a javascript: deep link', 'javascript:alert(1)'],
    ])('refuses %s', (_label, deepLink) => {
      expect(() => network.builder(input({ deepLink }))).toThrow(/deep link/);
    });

    it('refuses a template with an unknown placeholder', () => {
      expect(() =>
        network.builder(input({ trackingTemplate: `${network.seedTemplate}&x={ClickId}` })),
      ).toThrow(/unknown placeholder \{ClickId\}/);
    });
  });
}
