import { describe, expect, it } from 'vitest';
import { clickOutSlug } from './fast-click-out';
import { parseCookies } from './node-request';

describe('clickOutSlug: which requests the fast path takes', () => {
  it.each([
    ['GET', '/out/maison-lavande', 'maison-lavande', ''],
    ['HEAD', '/out/maison-lavande', 'maison-lavande', ''],
    ['GET', '/out/maison-lavande/', 'maison-lavande', ''],
    [
      'GET',
      '/out/maison-lavande?offer=3&url=https%3A%2F%2Fx.fr%2F',
      'maison-lavande',
      'offer=3&url=https%3A%2F%2Fx.fr%2F',
    ],
    ['GET', '/out/caf%C3%A9', 'café', ''],
  ])('%s %s → %s', (method, url, slug, search) => {
    const route = clickOutSlug(method, url);
    expect(route?.slug).toBe(slug);
    expect(route?.search.toString()).toBe(search);
  });

  it.each([
    ['POST', '/out/maison-lavande'],
    ['GET', '/out/maison-lavande/welcome'],
    ['GET', '/out/maison-lavande/unavailable'],
    ['GET', '/out/'],
    ['GET', '/outlet/maison'],
    ['GET', '/stores/maison-lavande'],
    ['GET', '/out/%E0%A4%A'],
    [undefined, '/out/x'],
  ])('%s %s is left to Next', (method, url) => {
    expect(clickOutSlug(method, url)).toBeNull();
  });
});

describe('parseCookies', () => {
  it.each([
    ['', {}],
    ['a=1', { a: '1' }],
    ['a=1; b=two; c="quoted"', { a: '1', b: 'two', c: 'quoted' }],
    ['authjs.session-token=eyJ.x.y; lang=fr', { 'authjs.session-token': 'eyJ.x.y', lang: 'fr' }],
    ['a=1; a=2', { a: '1' }],
    ['bad; =x; v=%E2%82%AC; broken=%E0%A4%A', { v: '€', broken: '%E0%A4%A' }],
  ])('%j', (header, expected) => {
    expect(Object.fromEntries(parseCookies(header))).toEqual(expected);
  });
});
