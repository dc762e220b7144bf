import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoAuthSecret } from './demo-auth-secret';

const dirs: string[] = [];
const tempDataDir = () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'auth-secret-'));
  dirs.push(root);
  return path.join(root, 'pg');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('demoAuthSecret', () => {
  it('creates a private random secret beside the data directory, then reuses it', () => {
    const dataDir = tempDataDir();
    const first = demoAuthSecret(dataDir);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const file = path.join(path.dirname(dataDir), 'auth-secret');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(demoAuthSecret(dataDir)).toBe(first);
  });

  it('differs between checkouts', () => {
    expect(demoAuthSecret(tempDataDir())).not.toBe(demoAuthSecret(tempDataDir()));
  });

  it('refuses a truncated secret file instead of weakening sessions', () => {
    const dataDir = tempDataDir();
    fs.writeFileSync(path.join(path.dirname(dataDir), 'auth-secret'), 'short');
    expect(() => demoAuthSecret(dataDir)).toThrow(/shorter than 32 characters/);
  });
});
