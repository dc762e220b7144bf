import type { DbOrTx } from '@/db/client';
import { type ClickTarget, loadClickTarget } from './click-target';

// The click-out is the hottest path of the site (issue 4's speed target), and
// the same popular merchants are clicked over and over: each process keeps a
// merchant's click target for a few seconds. Boost windows are resolved at the
// instant of each click from the cached rows, so a happy hour still starts on
// the minute; what can lag by up to TTL_MS is an edit by ops (a new rate, a
// paused merchant). Concurrent misses for one slug share one load.

export const CLICK_TARGET_TTL_MS = 5_000;
const MAX_ENTRIES = 5_000;

export type ClickTargetSource = (db: DbOrTx, slug: string, now: Date) => Promise<ClickTarget | null>;

type Entry = { value: Promise<ClickTarget | null>; loadedAtMs: number };

export function createClickTargetCache(
  options: { ttlMs?: number; load?: ClickTargetSource; clock?: () => number } = {},
): ClickTargetSource {
  const ttlMs = options.ttlMs ?? CLICK_TARGET_TTL_MS;
  const load = options.load ?? loadClickTarget;
  const clock = options.clock ?? Date.now;
  const entries = new Map<string, Entry>();
  return (db, slug, now) => {
    const at = clock();
    const entry = entries.get(slug);
    if (entry && at - entry.loadedAtMs < ttlMs) return entry.value;
    const value = load(db, slug, now);
    if (ttlMs > 0) {
      if (entries.size >= MAX_ENTRIES) entries.clear();
      entries.set(slug, { value, loadedAtMs: at });
      // A failed load is not remembered: the next click tries again.
      value.catch(() => entries.delete(slug));
    }
    return value;
  };
}
