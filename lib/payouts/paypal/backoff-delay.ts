// How long the PayPal client waits before trying a request again after a 429,
// a 5xx or a network failure: 0.5 s, 1 s, 2 s, 4 s… (at most `maxMs`), half
// fixed and half random so that several workers retrying together spread
// out. A Retry-After the server sends wins, still capped, so one answer can
// never park a worker for long.

export type BackoffOptions = { baseMs: number; maxMs: number; random?: () => number };

/** The wait after the `failedAttempts`-th failure (1-based). */
export function backoffDelayMs(
  failedAttempts: number,
  options: BackoffOptions,
  retryAfterMs: number | null = null,
): number {
  if (!Number.isSafeInteger(failedAttempts) || failedAttempts < 1) {
    throw new RangeError(`failedAttempts must be a whole number ≥ 1 (got ${failedAttempts})`);
  }
  if (retryAfterMs !== null && retryAfterMs >= 0) return Math.min(retryAfterMs, options.maxMs);
  // 2^20 × base already exceeds any sensible cap; stopping there keeps the power small.
  const ceiling = Math.min(options.baseMs * 2 ** Math.min(failedAttempts - 1, 20), options.maxMs);
  const random = options.random ?? Math.random;
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** A Retry-After header (delay in seconds, or an HTTP date) in milliseconds from `nowMs`; null when absent or unreadable. */
export function parseRetryAfterMs(header: string | null, nowMs: number): number | null {
  if (header === null || header.trim() === '') return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}
