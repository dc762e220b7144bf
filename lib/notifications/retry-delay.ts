// How long the sender waits before trying an e-mail again: 1, 2, 4, 8… minutes,
// so a short SMTP outage costs a minute and a long one is not hammered.

export const RETRY_BASE_MS = 60_000;
export const RETRY_MAX_MS = 6 * 60 * 60_000;

/** The wait after the `failedAttempts`-th failure (1-based): 1 min × 2^(n−1), at most 6 h. */
export function retryDelayMs(failedAttempts: number): number {
  if (!Number.isSafeInteger(failedAttempts) || failedAttempts < 1) {
    throw new RangeError(`failedAttempts must be a whole number ≥ 1 (got ${failedAttempts})`);
  }
  // 2^9 minutes already exceeds the cap; stopping there keeps the power small.
  const exponent = Math.min(failedAttempts - 1, 9);
  return Math.min(RETRY_BASE_MS * 2 ** exponent, RETRY_MAX_MS);
}
