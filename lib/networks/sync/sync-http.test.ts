import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { createSyncHttp, retryAfterMs, type SyncClock } from './sync-http';

// The caller's retry rules with a scripted fetch and a clock that does not wait.

function clock(): SyncClock & { sleeps: number[] } {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

function scripted(...answers: (Response | Error)[]): typeof fetch & { calls: number } {
  const fn = (async () => {
    fn.calls++;
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  }) as unknown as typeof fetch & { calls: number };
  fn.calls = 0;
  return fn;
}

const request = { method: 'GET' as const, url: new URL('https://api.example/x?key=secret') };
const caller = (fetchImpl: typeof fetch, c = clock()) =>
  createSyncHttp({
    fetch: fetchImpl,
    clock: c,
    callsPerMinute: 60,
    transientRetries: 2,
    rateLimitRetries: 2,
  });

describe('retryAfterMs', () => {
  const now = Date.parse('2025-03-14T12:00:00Z');
  it.each([
    ['seconds', '7', 7_000],
    ['zero', '0', 0],
    ['an HTTP date', 'Fri, 14 Mar 2025 12:00:30 GMT', 30_000],
    ['a past HTTP date', 'Fri, 14 Mar 2025 11:00:00 GMT', 0],
    ['absent', null, null],
    ['garbage', 'soon', null],
    ['a negative number', '-5', null],
  ])('%s', (_label, header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected);
  });
});

describe('createSyncHttp', () => {
  it('returns a 2xx body with its content type', async () => {
    const fetchImpl = scripted(
      new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } }),
    );
    await expect(caller(fetchImpl)(request)).resolves.toEqual({
      status: 200,
      body: '[]',
      contentType: 'application/json',
    });
  });

  it('retries a 5xx with back-off, then gives up as unavailable', async () => {
    const c = clock();
    const fetchImpl = scripted(
      new Response('', { status: 500 }),
      new Response('', { status: 502 }),
      new Response('down', { status: 503 }),
    );
    const error = await caller(fetchImpl, c)(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'unavailable', message: 'GET /x: HTTP 503 after 3 attempts: down' });
    expect(fetchImpl.calls).toBe(3);
    expect(c.sleeps).toEqual([1_000, 2_000]);
  });

  it('retries a network error, and succeeds', async () => {
    const fetchImpl = scripted(new TypeError('fetch failed'), new Response('ok', { status: 200 }));
    await expect(caller(fetchImpl)(request)).resolves.toMatchObject({ body: 'ok' });
    expect(fetchImpl.calls).toBe(2);
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [400, 'bad_request'],
    [404, 'bad_request'],
  ])('fails at once on HTTP %i (%s), never naming the query', async (status, code) => {
    const fetchImpl = scripted(new Response('{"error":"no"}', { status }));
    const error = await caller(fetchImpl)(request).catch((e: unknown) => e);
    expect(error).toMatchObject({ code });
    expect((error as Error).message).not.toContain('secret');
    expect(fetchImpl.calls).toBe(1);
  });

  it('gives up after the allowed 429s, saying when to come back', async () => {
    const limited = () => new Response('', { status: 429, headers: { 'retry-after': '3' } });
    const fetchImpl = scripted(limited(), limited(), limited());
    const error = await caller(fetchImpl)(request).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterS: 3 });
    expect(fetchImpl.calls).toBe(3);
  });

  it('spaces calls by 60 s / callsPerMinute', async () => {
    const c = clock();
    const fetchImpl = scripted(new Response('a'), new Response('b'), new Response('c'));
    const call = createSyncHttp({ fetch: fetchImpl, clock: c, callsPerMinute: 20 });
    for (let i = 0; i < 3; i++) await call(request);
    expect(c.sleeps).toEqual([3_000, 3_000]);
  });
});
