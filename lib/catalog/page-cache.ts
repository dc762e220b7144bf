import type { IncomingMessage, ServerResponse } from 'node:http';
import { defaultLocale, isLocale, LOCALE_COOKIE } from '@/lib/i18n/config';
import { newNonce } from '@/lib/security/csp';
import { captureResponse, type PageEntry as Entry, replay, replayable } from './page-capture';

// A micro-cache of whole catalog pages for anonymous visitors, in front of
// Next's request handler in the production server (scripts/server/main.ts).
// Every anonymous visitor in one language sees the same /stores page, and a
// render costs ~20 ms of CPU on a small box, so a page is rendered once and
// replayed for a few seconds.
//
// - Only GET of /stores, /stores/<slug> and /categories/<slug>, without
//   Next's client-navigation headers, from a visitor with no cookie but the
//   language and sign-in helpers (a session cookie always goes to Next).
// - Only a complete 200 text/html answer that sets no cookie and carries a CSP
//   nonce is kept. Each replay gets a fresh nonce, substituted in the body and
//   in the headers, so no two responses share one (lib/security/csp.ts).
// - An entry lives TTL_MS and never past the next minute boundary, so a boost
//   that starts or ends on the minute shows on time (card inputs are computed
//   for the current instant, see card-inputs-cache.ts).
// - The first request after expiry renders afresh; requests arriving while it
//   renders get the previous copy, or wait for that render when there is none.
// - The render that fills an entry is the visitor's own response, untouched
//   (Next streams and compresses it as usual); the cache keeps a decoded copy
//   (lib/catalog/page-capture.ts).

export const TTL_MS = 5_000;
const STALE_GRACE_MS = 10_000;
const WAIT_FOR_RENDER_MS = 10_000;
const MAX_ENTRIES = 500;
const MAX_TOTAL_BYTES = 48 * 1024 * 1024;
const MAX_URL_LENGTH = 512;

/** Paths whose anonymous rendering is the same for every visitor in one language. */
const CACHEABLE_PATH = /^\/(?:stores(?:\/[a-z0-9-]{1,100})?|categories\/[a-z0-9-]{1,64})$/;

/** Cookies that do not change a catalog page: the language and next-auth's sign-in helpers. */
const NEUTRAL_COOKIES = new Set([
  LOCALE_COOKIE,
  'authjs.csrf-token',
  '__Host-authjs.csrf-token',
  'authjs.callback-url',
  '__Secure-authjs.callback-url',
]);

/** Request headers of client-side navigation, prefetches and server actions: Next answers those. */
const NEXT_REQUEST_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'next-url',
  'authorization',
  'range',
];

/** What the cache did with a request; `wait`: it waits for the render another request started. */
export type CacheOutcome = 'hit' | 'stale' | 'miss' | 'bypass' | 'wait';

type Render = { done: Promise<Entry | null> };

export type PageCacheOptions = {
  clock?: () => number;
  nonce?: () => string;
  /** How long a page is replayed (default TTL_MS); 0 turns the cache off. */
  ttlMs?: number;
};

export type NextHandler = (request: IncomingMessage, response: ServerResponse) => unknown;

export type PageCache = {
  /** Answers from the cache, or lets `next` answer (keeping a copy when it may). */
  handle: (request: IncomingMessage, response: ServerResponse, next: NextHandler) => CacheOutcome;
  stats: () => Record<Exclude<CacheOutcome, 'wait'> | 'entries' | 'bytes' | 'kept' | 'refused', number>;
};

export function createCatalogPageCache(options: PageCacheOptions = {}): PageCache {
  const clock = options.clock ?? Date.now;
  const makeNonce = options.nonce ?? newNonce;
  const ttlMs = options.ttlMs ?? TTL_MS;
  const entries = new Map<string, Entry>();
  const renders = new Map<string, Render>();
  const counts = { hit: 0, stale: 0, miss: 0, bypass: 0, kept: 0, refused: 0 };
  let totalBytes = 0;

  const remove = (entry: Entry) => {
    if (entries.get(entry.key) === entry) {
      entries.delete(entry.key);
      totalBytes -= entry.bytes;
    }
  };

  const keep = (entry: Entry) => {
    const previous = entries.get(entry.key);
    if (previous) remove(previous);
    // Oldest first: a Map iterates in insertion order, and hits re-insert.
    for (const oldest of entries.values()) {
      if (entries.size < MAX_ENTRIES && totalBytes + entry.bytes <= MAX_TOTAL_BYTES) break;
      remove(oldest);
    }
    entries.set(entry.key, entry);
    totalBytes += entry.bytes;
  };

  const serve = (
    entry: Entry,
    request: IncomingMessage,
    response: ServerResponse,
    outcome: 'hit' | 'stale',
  ): boolean => {
    let replayed: ReturnType<typeof replay>;
    try {
      replayed = replay(entry, makeNonce(), request.headers['accept-encoding']);
    } catch (error) {
      // Nothing written yet: drop the copy and let Next answer.
      console.error('[page-cache] could not replay a page:', error instanceof Error ? error.message : error);
      remove(entry);
      return false;
    }
    // Most recently used last, so eviction takes the coldest page.
    if (entries.get(entry.key) === entry) {
      entries.delete(entry.key);
      entries.set(entry.key, entry);
    }
    replayed.headers['x-catalog-cache'] = outcome;
    response.writeHead(entry.status, replayed.headers);
    response.end(replayed.body);
    counts[outcome]++;
    return true;
  };

  const render = (
    key: string,
    startedAtMs: number,
    request: IncomingMessage,
    response: ServerResponse,
    next: NextHandler,
  ) => {
    let settle: (entry: Entry | null) => void = () => {};
    const done = new Promise<Entry | null>((resolve) => {
      settle = resolve;
    });
    const current: Render = { done };
    renders.set(key, current);
    done.then((entry) => {
      if (renders.get(key) === current) renders.delete(key);
      if (entry) {
        keep(entry);
        counts.kept++;
      } else counts.refused++;
    });
    const expiresAtMs = Math.min(startedAtMs + ttlMs, nextMinute(startedAtMs));
    captureResponse(response, (captured) => settle(captured ? replayable(key, captured, expiresAtMs) : null));
    response.setHeader('x-catalog-cache', 'miss');
    counts.miss++;
    next(request, response);
  };

  const handle: PageCache['handle'] = (request, response, next) => {
    const key = ttlMs > 0 ? cacheKey(request) : null;
    if (!key) {
      counts.bypass++;
      next(request, response);
      return 'bypass';
    }
    const now = clock();
    const entry = entries.get(key);
    if (entry && entry.expiresAtMs > now && serve(entry, request, response, 'hit')) return 'hit';
    const inFlight = renders.get(key);
    if (entry && entry.expiresAtMs + STALE_GRACE_MS <= now) remove(entry);
    if (inFlight) {
      if (entry && entries.get(key) === entry && serve(entry, request, response, 'stale')) return 'stale';
      // A first render is under way: wait for it rather than render the same page twice.
      waitFor(inFlight.done, WAIT_FOR_RENDER_MS).then((rendered) => {
        if (response.destroyed) return;
        if (rendered && serve(rendered, request, response, 'hit')) return;
        counts.bypass++;
        next(request, response);
      });
      return 'wait';
    }
    render(key, now, request, response, next);
    return 'miss';
  };

  return {
    handle,
    stats: () => ({ ...counts, entries: entries.size, bytes: totalBytes }),
  };
}

/** The cache key, or null when this request must go to Next. */
export function cacheKey(request: IncomingMessage): string | null {
  if (request.method !== 'GET') return null;
  const url = request.url ?? '';
  if (url.length > MAX_URL_LENGTH) return null;
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  if (!CACHEABLE_PATH.test(path)) return null;
  if (queryAt !== -1 && /(?:^|&)_rsc(?:=|&|$)/.test(url.slice(queryAt + 1))) return null;
  for (const name of NEXT_REQUEST_HEADERS) if (request.headers[name] !== undefined) return null;
  let locale: string = defaultLocale;
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    const name = (at === -1 ? part : part.slice(0, at)).trim();
    if (!name) continue;
    if (!NEUTRAL_COOKIES.has(name)) return null;
    if (name === LOCALE_COOKIE) {
      const value = part.slice(at + 1).trim();
      if (isLocale(value)) locale = value;
    }
  }
  const host = request.headers.host ?? '';
  const proto = request.headers['x-forwarded-proto'] ?? '';
  return `${locale} ${proto} ${host} ${url}`;
}

function nextMinute(ms: number): number {
  return (Math.floor(ms / 60_000) + 1) * 60_000;
}

function waitFor<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    promise.then((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}
