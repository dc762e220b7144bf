import type { Db } from '@/db/client';
import { type Env, env } from '@/lib/env';
import { type ClickWriter, createClickBatcher } from './click-batcher';
import type { ClickOutConfig, ClickOutResponse } from './click-out';
import { type ClickTargetSource, createClickTargetCache } from './click-target-cache';

// What both edges of /out/<slug> share: the Next route handler and the
// server's fast path (scripts/server/fast-click-out.ts) answer the same
// response with the same headers, from one process-wide target cache.

let targets: ClickTargetSource | undefined;

export function processClickTargets(): ClickTargetSource {
  targets ??= createClickTargetCache();
  return targets;
}

const writers = new WeakMap<Db, ClickWriter>();

/** The process's click writer for this database (group commit: click-batcher.ts). */
export function processClickWriter(db: Db): ClickWriter {
  let writer = writers.get(db);
  if (!writer) {
    writer = createClickBatcher(db);
    writers.set(db, writer);
  }
  return writer;
}

export function clickOutConfig(config: Env = env()): ClickOutConfig {
  return { secret: config.AUTH_SECRET, appUrl: config.APP_URL ?? `http://localhost:${config.PORT}` };
}

/** The response headers: never cached (each click is its own), never indexed. */
export function clickOutHeaders(response: ClickOutResponse): Record<string, string> {
  const headers: Record<string, string> = {
    'cache-control': 'no-store, max-age=0',
    'x-robots-tag': 'noindex, nofollow',
    'referrer-policy': 'strict-origin-when-cross-origin',
    // What next.config.ts sets on every other response; the fast path skips Next.
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
  };
  if (response.location) headers.location = response.location;
  return headers;
}
