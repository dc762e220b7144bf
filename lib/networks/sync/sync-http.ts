import { AppError } from '@/lib/errors';
import type { ApiRequest, ApiResponse } from './api-client';

// Every call a sync makes goes through here:
//  - pacing: calls start at least 60 s / callsPerMinute apart (Awin allows 20
//    a minute, networks.md §1.1), so a run stays under the limit instead of
//    learning it from 429s;
//  - 429: wait what Retry-After says (seconds or an HTTP date), or back off
//    exponentially without one; a wait longer than `maxWaitMs` ends the run
//    with AppError 'rate_limited' and its retryAfterS, for the next run;
//  - 5xx, timeouts and network errors: a few retries with back-off, then the
//    run fails (it resumes from its cursor later);
//  - any other answer outside 2xx fails at once: retrying a 401 changes nothing.
// Time comes from a clock the tests replace, so back-off is tested without waiting.

export type SyncClock = { now: () => number; sleep: (ms: number) => Promise<void> };

export const realClock: SyncClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export type SyncHttpOptions = {
  fetch: typeof fetch;
  clock: SyncClock;
  callsPerMinute: number;
  timeoutMs?: number;
  transientRetries?: number;
  rateLimitRetries?: number;
  /** The longest single wait for a 429; longer ends the run. */
  maxWaitMs?: number;
  /** Before every attempt and wait (the runner extends its lease; throws when it lost it). */
  beforeAttempt?: () => Promise<void>;
  onRateLimited?: (waitMs: number) => void;
};

export const SYNC_HTTP_DEFAULTS = {
  timeoutMs: 60_000,
  transientRetries: 3,
  rateLimitRetries: 5,
  maxWaitMs: 5 * 60_000,
  /** First back-off of a transient error; doubles each time. */
  backoffMs: 1_000,
  /** First back-off of a 429 without Retry-After; doubles each time. */
  rateLimitBackoffMs: 5_000,
} as const;

const SNIPPET_CHARS = 200;

export function createSyncHttp(options: SyncHttpOptions): (request: ApiRequest) => Promise<ApiResponse> {
  const { clock } = options;
  if (!(options.callsPerMinute > 0)) throw new RangeError('callsPerMinute must be > 0');
  const spacingMs = Math.ceil(60_000 / options.callsPerMinute);
  const timeoutMs = options.timeoutMs ?? SYNC_HTTP_DEFAULTS.timeoutMs;
  const transientRetries = options.transientRetries ?? SYNC_HTTP_DEFAULTS.transientRetries;
  const rateLimitRetries = options.rateLimitRetries ?? SYNC_HTTP_DEFAULTS.rateLimitRetries;
  const maxWaitMs = options.maxWaitMs ?? SYNC_HTTP_DEFAULTS.maxWaitMs;
  let lastStartMs: number | null = null;

  const pace = async () => {
    if (lastStartMs !== null) {
      const waitMs = lastStartMs + spacingMs - clock.now();
      if (waitMs > 0) await clock.sleep(waitMs);
    }
    lastStartMs = clock.now();
  };

  return async (request) => {
    let transient = 0;
    let limited = 0;
    for (;;) {
      await options.beforeAttempt?.();
      await pace();
      let response: Response;
      try {
        response = await options.fetch(request.url, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        if (transient >= transientRetries) {
          throw new AppError('unavailable', `${where(request)}: ${why} (after ${transient + 1} attempts)`, {
            cause: error,
          });
        }
        await clock.sleep(SYNC_HTTP_DEFAULTS.backoffMs * 2 ** transient++);
        continue;
      }
      const body = await response.text();
      if (response.status >= 200 && response.status < 300) {
        return { status: response.status, body, contentType: response.headers.get('content-type') };
      }
      if (response.status === 429) {
        const waitMs =
          retryAfterMs(response.headers.get('retry-after'), clock.now()) ??
          SYNC_HTTP_DEFAULTS.rateLimitBackoffMs * 2 ** limited;
        if (limited >= rateLimitRetries || waitMs > maxWaitMs) {
          throw new AppError(
            'rate_limited',
            `${where(request)}: rate limited (HTTP 429), retry in ${Math.ceil(waitMs / 1000)} s`,
            { retryAfterS: Math.ceil(waitMs / 1000) },
          );
        }
        limited++;
        options.onRateLimited?.(waitMs);
        await options.beforeAttempt?.();
        await clock.sleep(waitMs);
        continue;
      }
      if (response.status >= 500) {
        if (transient >= transientRetries) {
          throw new AppError(
            'unavailable',
            `${where(request)}: HTTP ${response.status} after ${transient + 1} attempts: ${snippet(body)}`,
          );
        }
        await clock.sleep(SYNC_HTTP_DEFAULTS.backoffMs * 2 ** transient++);
        continue;
      }
      const code = response.status === 401 || response.status === 403 ? 'unauthorized' : 'bad_request';
      throw new AppError(code, `${where(request)}: HTTP ${response.status}: ${snippet(body)}`);
    }
  };
}

/** Retry-After as milliseconds from now: delay-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, nowMs: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d{1,9}$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  if (!Number.isFinite(at) || !/[a-z]/i.test(value)) return null;
  return Math.max(0, at - nowMs);
}

/** The method and path only: a query may hold a key (Effiliation). */
function where(request: ApiRequest): string {
  return `${request.method} ${request.url.pathname}`;
}

function snippet(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > SNIPPET_CHARS ? `${flat.slice(0, SNIPPET_CHARS)}…` : flat || '(empty body)';
}
