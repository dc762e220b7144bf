import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// `next start` runs in production mode, where AUTH_SECRET is required. The
// demo on the embedded database should still start with no set-up, so it gets
// a random secret kept beside its data: sign-ins survive a restart, and the
// published development default is never used by a production build.

export function demoAuthSecret(dataDir: string): string {
  const file = path.join(path.dirname(dataDir), 'auth-secret');
  try {
    // `wx`: two launchers starting together keep whichever secret was written first.
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`${file} holds a secret shorter than 32 characters; delete it`);
  return secret;
}
