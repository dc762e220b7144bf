import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { envBaseUrlName, parseApiBaseUrl, resolveApiBaseUrl } from './api-base-url';
import { apiUrl, recordedRequest } from './api-client';
import { API_CLIENTS, apiClientFor } from './api-clients';

// Each network client's windows and paging, without a network: what a 70-day
// range becomes, and what follows a given answer.

const range = { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2025-03-12T00:00:00Z') };

describe('windows of a 70-day range', () => {
  it.each([
    ['awin', 9, { from: '2025-01-01T00:00:00', to: '2025-02-01T00:00:00', kind: 'transaction' }],
    ['cj', 6, { from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z', kind: 'posting' }],
    ['impact', 2, { from: '2025-01-01T00:00:00Z', to: '2025-02-15T00:00:00Z' }],
    ['admitad', 3, { from: '01.01.2025', to: '31.01.2025' }],
    ['rakuten', 3, { from: '2025-01-01 00:00:00', to: '2025-02-01 00:00:00' }],
    ['tradedoubler', 3, { from: '20250101', to: '20250131' }],
    ['kwanko', 3, { from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' }],
    ['effiliation', 6, { from: '01/01/2025', to: '31/01/2025', kind: 'date' }],
  ])('%s: %i windows, the first %j', (network, count, first) => {
    const windows = API_CLIENTS[network]!.windows(range);
    expect(windows).toHaveLength(count);
    expect(windows[0]).toEqual(first);
  });
});

const json = (value: unknown) => JSON.stringify(value);
const window = { from: 'a', to: 'b' };

describe('next page', () => {
  it.each([
    ['awin: one answer per window', 'awin', null, '[]', null],
    ['kwanko: one answer per window', 'kwanko', null, json({ conversions: [] }), null],
    [
      'cj: payloadComplete false → maxCommissionId',
      'cj',
      null,
      json({
        data: { publisherCommissions: { payloadComplete: false, maxCommissionId: '42', records: [] } },
      }),
      { sinceCommissionId: '42' },
    ],
    [
      'cj: complete',
      'cj',
      { sinceCommissionId: '42' },
      json({ data: { publisherCommissions: { payloadComplete: true, records: [] } } }),
      null,
    ],
    [
      'impact: @nextpageuri',
      'impact',
      null,
      json({
        '@page': '1',
        '@numpages': '2',
        '@nextpageuri': '/Mediapartners/X/Actions?Page=2',
        Actions: [],
      }),
      { uri: '/Mediapartners/X/Actions?Page=2' },
    ],
    [
      'impact: last page',
      'impact',
      null,
      json({ '@page': '2', '@numpages': '2', '@nextpageuri': '', Actions: [] }),
      null,
    ],
    [
      'admitad: a full page → the next offset',
      'admitad',
      null,
      json({ results: [{}, {}], _meta: { count: 5, limit: 2, offset: 0 } }),
      { offset: 2, limit: 2 },
    ],
    [
      'admitad: the end',
      'admitad',
      null,
      json({ results: [{}], _meta: { count: 5, limit: 2, offset: 4 } }),
      null,
    ],
    ['rakuten: a full page of 500 → page 2', 'rakuten', null, json(Array(500).fill({})), { page: 2 }],
    ['rakuten: a short page ends', 'rakuten', { page: 3 }, json([{}]), null],
    [
      'tradedoubler: a full page of 100 → offset 200',
      'tradedoubler',
      { offset: 100 },
      json({ items: Array(100).fill({}) }),
      { offset: 200 },
    ],
    ['tradedoubler: a short page ends', 'tradedoubler', null, json({ items: [] }), null],
  ])('%s', (_label, network, page, body, next) => {
    expect(API_CLIENTS[network]!.nextPage(window, page, body)).toEqual(next);
  });

  it.each([
    ['cj', '{"data":{}}'],
    ['cj', json({ data: { publisherCommissions: { payloadComplete: false, records: [] } } })],
    ['impact', json({ '@page': '1', '@numpages': '3', '@nextpageuri': '' })],
    ['admitad', json({ results: [] })],
    ['rakuten', json({ error: 'nope' })],
    ['tradedoubler', 'not json'],
  ])('%s: an answer that says nothing of the next page fails (%s)', (network, body) => {
    expect(() => API_CLIENTS[network]!.nextPage(window, null, body)).toThrow(AppError);
  });
});

describe('base URLs and recorded requests', () => {
  const awin = apiClientFor('awin')!;

  it('prefers the account, then <NETWORK>_API_BASE_URL, then the network', () => {
    expect(resolveApiBaseUrl(awin, null, {}).href).toBe('https://api.awin.com/');
    expect(resolveApiBaseUrl(awin, null, { AWIN_API_BASE_URL: 'http://127.0.0.1:9/awin' }).href).toBe(
      'http://127.0.0.1:9/awin',
    );
    expect(resolveApiBaseUrl(awin, 'https://proxy.example/', { AWIN_API_BASE_URL: 'http://x' }).href).toBe(
      'https://proxy.example/',
    );
    expect(envBaseUrlName('tradedoubler')).toBe('TRADEDOUBLER_API_BASE_URL');
    expect(apiClientFor('sandbox')).toBeNull();
    expect(apiClientFor('__proto__')).toBeNull();
  });

  it.each(['ftp://x.example', 'not a url', 'https://x.example/?a=1', 'javascript:alert(1)'])(
    'refuses %s',
    (value) => {
      expect(() => parseApiBaseUrl(value)).toThrow(AppError);
    },
  );

  it('joins paths under a base with a prefix, and keeps secrets out of the record', () => {
    const url = apiUrl(new URL('http://127.0.0.1:9/proxy'), '/apiv2/transaction.json', {
      key: 's3cret',
      type: 'date',
    });
    expect(url.href).toBe('http://127.0.0.1:9/proxy/apiv2/transaction.json?key=s3cret&type=date');
    expect(recordedRequest('GET', url, { omit: ['key'] })).toEqual({
      method: 'GET',
      path: '/proxy/apiv2/transaction.json',
      query: { type: 'date' },
    });
  });
});
