import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cacheKey, createCatalogPageCache, type PageCache, TTL_MS } from './page-cache';

// A fake Next behind the cache on a real HTTP server: it renders a page with
// a fresh nonce per request (as proxy.ts does), gzip-compressed when asked.

let renders = 0;
let nonceSeq = 0;
let now = Date.UTC(2026, 10, 29, 12, 0, 10);
let cache: PageCache;
let base = '';
let server: http.Server;
let behaviour: (request: IncomingMessage, response: ServerResponse, nonce: string) => boolean = () => false;
const nonces = () => `N${String(++nonceSeq).padStart(21, '0')}==`;

function fakeNext(request: IncomingMessage, response: ServerResponse) {
  renders++;
  const nonce = nonces();
  if (behaviour(request, response, nonce)) return;
  const html = `<!doctype html><html><head><script nonce="${nonce}">self.n=${JSON.stringify({ nonce })}</script></head><body>${request.url} render ${renders}</body></html>`;
  response.setHeader('content-security-policy', `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  response.setHeader('link', `</a.css>; rel=preload; as="style"; nonce="${nonce}"`);
  response.setHeader('content-type', 'text/html; charset=utf-8');
  response.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate');
  if (/gzip/.test(String(request.headers['accept-encoding']))) {
    response.setHeader('content-encoding', 'gzip');
    const gz = zlib.gzipSync(html);
    response.write(gz.subarray(0, 10));
    setTimeout(() => response.end(gz.subarray(10)), 5);
  } else {
    response.write(html.slice(0, 20));
    setTimeout(() => response.end(html.slice(20)), 5);
  }
}

beforeAll(async () => {
  server = http.createServer((request, response) => cache.handle(request, response, fakeNext));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  renders = 0;
  behaviour = () => false;
  cache = createCatalogPageCache({ clock: () => now, nonce: nonces });
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + path, { headers });
  const body = await response.text();
  const policy = response.headers.get('content-security-policy') ?? '';
  return {
    status: response.status,
    body,
    cache: response.headers.get('x-catalog-cache'),
    nonce: /'nonce-([^']+)'/.exec(policy)?.[1] ?? null,
    headers: response.headers,
  };
}

describe('catalog page cache', () => {
  it('renders once and replays with a fresh nonce everywhere', async () => {
    const first = await get('/stores?q=creme');
    const second = await get('/stores?q=creme');
    expect(renders).toBe(1);
    expect([first.cache, second.cache]).toEqual(['miss', 'hit']);
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.body).toBe(first.body.replaceAll(first.nonce!, second.nonce!));
    expect(second.body).not.toContain(first.nonce!);
    expect(second.headers.get('link')).toContain(`nonce="${second.nonce}"`);
    expect(second.headers.get('cache-control')).toContain('no-store');
  });

  it('keeps a decoded copy of a compressed render and compresses each replay', async () => {
    const first = await get('/stores', { 'accept-encoding': 'gzip' });
    const br = await fetch(`${base}/stores`, { headers: { 'accept-encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    const plain = await get('/stores', { 'accept-encoding': 'identity' });
    expect(renders).toBe(1);
    expect(plain.body).toBe(first.body.replaceAll(first.nonce!, plain.nonce!));
    expect(await br.text()).toContain('/stores render 1');
  });

  it.each([
    ['another path', '/', {}],
    ['a signed-in visitor', '/stores', { cookie: 'locale=en; authjs.session-token=abc' }],
    ['an unknown cookie', '/stores', { cookie: 'tracker=1' }],
    ['a client navigation', '/stores', { rsc: '1' }],
    ['a prefetch', '/stores', { 'next-router-prefetch': '1' }],
    ['an RSC query', '/stores?_rsc=abc', {}],
    ['a server action', '/stores', { 'next-action': 'x' }],
  ])('leaves %s to Next', async (_label, path, headers) => {
    await get(path, headers as Record<string, string>);
    await get(path, headers as Record<string, string>);
    expect(renders).toBe(2);
  });

  it('keeps one copy per language, whatever the neutral cookies', async () => {
    await get('/stores', { cookie: 'locale=en' });
    await get('/stores', { cookie: 'locale=fr' });
    await get('/stores', { cookie: 'authjs.csrf-token=x; locale=en' });
    await get('/stores', { cookie: 'locale=zz' });
    await get('/stores');
    expect(renders).toBe(2);
  });

  it.each([
    [
      'a 404',
      (_q: IncomingMessage, r: ServerResponse, nonce: string) => {
        r.statusCode = 404;
        r.setHeader('content-security-policy', `script-src 'nonce-${nonce}'`);
        r.setHeader('content-type', 'text/html');
        r.end(`<script nonce="${nonce}"></script>`);
        return true;
      },
    ],
    [
      'a response setting a cookie',
      (_q: IncomingMessage, r: ServerResponse, nonce: string) => {
        r.setHeader('set-cookie', 'locale=en');
        r.setHeader('content-security-policy', `script-src 'nonce-${nonce}'`);
        r.setHeader('content-type', 'text/html');
        r.end(`<script nonce="${nonce}"></script>`);
        return true;
      },
    ],
    [
      'a page without a nonce',
      (_q: IncomingMessage, r: ServerResponse) => {
        r.setHeader('content-type', 'text/html');
        r.end('<p>static</p>');
        return true;
      },
    ],
    [
      'a nonce also written escaped',
      (_q: IncomingMessage, r: ServerResponse) => {
        const nonce = 'AB/CDEFGHIJKLMNOPQRSTU==';
        r.setHeader('content-security-policy', `script-src 'nonce-${nonce}'`);
        r.setHeader('content-type', 'text/html');
        r.end(`<script nonce="${nonce}">x="AB\\/CDEFGHIJKLMNOPQRSTU=="</script>`);
        return true;
      },
    ],
    [
      'JSON',
      (_q: IncomingMessage, r: ServerResponse, nonce: string) => {
        r.setHeader('content-security-policy', `script-src 'nonce-${nonce}'`);
        r.setHeader('content-type', 'application/json');
        r.end(`{"nonce":"${nonce}"}`);
        return true;
      },
    ],
  ])('does not keep %s', async (_label, render) => {
    behaviour = render;
    await get('/stores');
    await get('/stores');
    expect(renders).toBe(2);
  });

  it('expires after the TTL and never past the minute', async () => {
    now = Date.UTC(2026, 10, 29, 12, 0, 10);
    await get('/stores');
    now += TTL_MS - 1;
    expect((await get('/stores')).cache).toBe('hit');
    now += 1;
    expect((await get('/stores')).cache).toBe('miss');
    // Rendered two seconds before the minute: kept until the minute, not for the whole TTL.
    now = Date.UTC(2026, 10, 29, 12, 0, 58);
    expect((await get('/stores')).cache).toBe('miss');
    now = Date.UTC(2026, 10, 29, 12, 0, 59, 999);
    expect((await get('/stores')).cache).toBe('hit');
    now = Date.UTC(2026, 10, 29, 12, 1, 0);
    expect((await get('/stores')).cache).toBe('miss');
    expect(renders).toBe(4);
  });

  it('lets concurrent requests share one render, then the old copy while it refreshes', async () => {
    const first = await Promise.all([get('/stores'), get('/stores'), get('/stores')]);
    expect(renders).toBe(1);
    expect(first.map((r) => r.cache).sort()).toEqual(['hit', 'hit', 'miss']);
    now += TTL_MS;
    const refresh = await Promise.all([get('/stores'), get('/stores')]);
    expect(renders).toBe(2);
    expect(refresh.map((r) => r.cache).sort()).toEqual(['miss', 'stale']);
  });

  it('is off with a TTL of 0', async () => {
    cache = createCatalogPageCache({ clock: () => now, nonce: nonces, ttlMs: 0 });
    await get('/stores');
    expect((await get('/stores')).cache).toBeNull();
    expect(renders).toBe(2);
  });

  it('builds the key from method, path, query, language, host and scheme', () => {
    const request = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
      ({ url, method, headers: { host: 'h', ...headers } }) as unknown as IncomingMessage;
    expect(cacheKey(request('/stores?page=2'))).toBe('fr  h /stores?page=2');
    expect(cacheKey(request('/stores', { cookie: 'locale=en', 'x-forwarded-proto': 'https' }))).toBe(
      'en https h /stores',
    );
    expect(cacheKey(request('/stores', {}, 'HEAD'))).toBeNull();
    expect(cacheKey(request('/stores/maison-lavande'))).not.toBeNull();
    expect(cacheKey(request('/categories/mode?sort=az'))).not.toBeNull();
    expect(cacheKey(request('/account'))).toBeNull();
    expect(cacheKey(request(`/stores?q=${'x'.repeat(600)}`))).toBeNull();
  });
});
