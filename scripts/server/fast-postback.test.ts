import { describe, expect, it } from 'vitest';
import { postbackRoute } from './fast-postback';

describe('postbackRoute: which requests the fast path takes', () => {
  const token = 'A'.repeat(43);
  it.each([
    ['POST', `/api/postbacks/awin/${token}`, 'awin', token, ''],
    [
      'GET',
      `/api/postbacks/awin/${token}?transactionId=1&commission=4.23`,
      'awin',
      token,
      'transactionId=1&commission=4.23',
    ],
    ['GET', `/api/postbacks/awin/${token}/`, 'awin', token, ''],
    ['GET', `/api/postbacks/Kwanko/${token}?x=%C3%A9`, 'Kwanko', token, 'x=%C3%A9'],
    ['POST', '/api/postbacks/generic/ab%2Dc', 'generic', 'ab-c', ''],
  ])('%s %s', (method, url, network, routeToken, search) => {
    const route = postbackRoute(method, url);
    expect(route).toMatchObject({ network, token: routeToken, path: url.split('?')[0] });
    expect(route?.search.toString()).toBe(search);
  });

  it.each([
    ['PUT', `/api/postbacks/awin/${token}`],
    ['HEAD', `/api/postbacks/awin/${token}`],
    ['GET', '/api/postbacks/awin'],
    ['GET', '/api/postbacks/awin/'],
    ['GET', `/api/postbacks/awin/${token}/extra`],
    ['GET', `/api/postbacksx/awin/${token}`],
    ['GET', '/api/health'],
    ['GET', `/api/postbacks/awin/%E0%A4%A`],
    ['GET', undefined],
  ])('%s %s → left to Next', (method, url) => {
    expect(postbackRoute(method, url)).toBeNull();
  });
});
