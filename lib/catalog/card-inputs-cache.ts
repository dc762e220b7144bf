import type { DbOrTx } from '@/db/client';
import { type CardInputs, type CardInputsSource, loadCardInputs } from './merchant-cards';

// Card inputs (rates, boosts, coupon windows, primary category) change a few
// times a day; grids show the same popular merchants to every visitor. Pages
// keep them per process for a minute and compute each card for the current
// instant, so a happy hour still starts and ends on the minute. The click-out
// does not read from here: it keeps its own, much shorter-lived copy of the
// terms (lib/tracking/click-target-cache.ts).

const TTL_MS = 60_000;
const MAX_ENTRIES = 20_000;

type Entry = { inputs: CardInputs; loadedAtMs: number };

export function createCardInputsCache(
  load: CardInputsSource = loadCardInputs,
  clock: () => number = Date.now,
): CardInputsSource {
  const entries = new Map<number, Entry>();
  return async (db: DbOrTx, ids: readonly number[], now: Date) => {
    const at = clock();
    const missing = ids.filter((id) => {
      const entry = entries.get(id);
      return !entry || at - entry.loadedAtMs >= TTL_MS;
    });
    if (missing.length > 0) {
      const loaded = await load(db, missing, now);
      if (entries.size + loaded.size > MAX_ENTRIES) entries.clear();
      for (const [id, inputs] of loaded) entries.set(id, { inputs, loadedAtMs: at });
    }
    return new Map(ids.map((id) => [id, entries.get(id)!.inputs]));
  };
}

const perDb = new WeakMap<object, CardInputsSource>();

/** The process-wide cache for one database handle (pages use this). */
export function cachedCardInputs(
  db: DbOrTx,
  ids: readonly number[],
  now: Date,
): Promise<Map<number, CardInputs>> {
  let source = perDb.get(db);
  if (!source) {
    source = createCardInputsCache();
    perDb.set(db, source);
  }
  return source(db, ids, now);
}
