// A per-process memo with a time to live, for slow-changing aggregates (the
// category tree with its counts). Concurrent callers share one pending load;
// a failed load is not cached. Each server process keeps its own copy, which
// is fine for data that may be a minute stale.

type Entry<T> = { value: Promise<T>; expiresAtMs: number };

export function ttlMemo<T>(
  ttlMs: number,
  load: () => Promise<T>,
  clock: () => number = Date.now,
): () => Promise<T> {
  let entry: Entry<T> | null = null;
  return () => {
    const now = clock();
    if (entry && entry.expiresAtMs > now) return entry.value;
    const value = load();
    const current: Entry<T> = { value, expiresAtMs: now + ttlMs };
    entry = current;
    value.catch(() => {
      if (entry === current) entry = null;
    });
    return value;
  };
}
