import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The routes under a folder of app/, found on disk, so that a page or route
// handler added later is covered by the authorisation matrix without anyone
// remembering to list it.

export type AppRoute = {
  /** The URL pattern, e.g. /admin/users/[id]. */
  pattern: string;
  kind: 'page' | 'handler';
  /** For handlers: the HTTP methods the file exports. */
  methods: string[];
};

const HANDLER_METHODS = /export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b/g;

export function appRoutes(root: string, area: string): AppRoute[] {
  const routes: AppRoute[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const kind = entry.name === 'page.tsx' ? 'page' : entry.name === 'route.ts' ? 'handler' : null;
      if (!kind) continue;
      const segments = path
        .relative(path.join(root, 'app'), dir)
        .split(path.sep)
        // Route groups `(name)` and parallel slots `@name` are not part of the URL.
        .filter((segment) => !/^\(.*\)$/.test(segment) && !segment.startsWith('@'));
      const methods =
        kind === 'handler' ? [...readFileSync(full, 'utf8').matchAll(HANDLER_METHODS)].map((m) => m[1]!) : [];
      routes.push({ pattern: `/${segments.join('/')}`, kind, methods });
    }
  };
  walk(path.join(root, 'app', area));
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Fills `[param]` segments from `samples`; throws for a segment nobody gave a sample for. */
export function fillPattern(pattern: string, samples: Record<string, string>): string {
  return pattern.replace(/\[([^\]]+)\]/g, (_whole, name: string) => {
    const value = samples[name];
    if (value === undefined) {
      throw new Error(`${pattern}: give the authorisation matrix a sample value for [${name}]`);
    }
    return encodeURIComponent(value);
  });
}
