import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// `npm start` builds only when there is no current production build: no
// .next/BUILD_ID, or a source file changed after it was written.

const SOURCE_DIRS = ['app', 'components', 'lib', 'db/schema', 'public', 'proxy.ts'];
const SOURCE_FILES = [
  'auth.ts',
  'instrumentation.ts',
  'db/client.ts',
  'next.config.ts',
  'package-lock.json',
  'postcss.config.mjs',
  'tsconfig.json',
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (child === 'node_modules' || child.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

export function buildIsCurrent(root: string): { current: boolean; reason: string } {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return { current: false, reason: 'no production build yet' };
  const builtAt = statSync(buildId).mtimeMs;
  const changed = [...SOURCE_DIRS, ...SOURCE_FILES].find(
    (entry) => newestMtime(path.join(root, entry)) > builtAt,
  );
  return changed
    ? { current: false, reason: `${changed} changed since the last build` }
    : { current: true, reason: 'the production build is current' };
}
