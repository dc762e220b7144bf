import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { reachableDataDir, startEmbedded, stopLeftover } from './embedded';

// A launcher killed with SIGKILL leaves its PostgreSQL running on the data
// directory; the next start must find it and reuse it, and a stale pid file
// from a crashed server must not block a fresh start.

const parent = mkdtempSync(path.join(os.tmpdir(), 'cashback-embedded-'));
chmodSync(parent, 0o755); // the postgres system user must reach it (see reachableDataDir)
const dataDir = path.join(parent, 'pg');
afterAll(async () => {
  await stopLeftover(dataDir, () => {});
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
});

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

/** Starts the embedded server in a child process, then kills that process with SIGKILL. */
async function startAndHardKill(): Promise<number> {
  const script = `import { startEmbedded } from './db/embedded.ts';
    const s = await startEmbedded({ dataDir: ${JSON.stringify(dataDir)}, log: () => {} });
    console.log('PORT=' + s.port);
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /PORT=(\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`child exited with ${code} before starting: ${out}`)));
  });
  child.kill('SIGKILL');
  await new Promise((r) => child.on('exit', r));
  return port;
}

describe('embedded PostgreSQL', () => {
  it('reuses a server left running by a hard-killed process, with a clear message', async () => {
    const port = await startAndHardKill();
    const messages: string[] = [];
    const server = await startEmbedded({ dataDir, log: (m) => messages.push(m) });
    expect(server.owned).toBe(false);
    expect(server.port).toBe(port);
    expect(messages.join('\n')).toMatch(/reusing the embedded PostgreSQL already running .*port \d+/);
    expect(await query(server.url, 'select current_database() as db')).toEqual([{ db: 'cashback' }]);
    await server.stop(); // not ours: leaves it running
    expect(await query(server.url, 'select 1 as ok')).toEqual([{ ok: 1 }]);
  });

  it('clears a stale postmaster.pid and starts afresh', async () => {
    expect(await stopLeftover(dataDir, () => {})).toBe(true);
    // A crash leaves the pid file behind with a pid that is gone.
    const pidFile = path.join(dataDir, 'postmaster.pid');
    writeFileSync(pidFile, `999999\n${dataDir}\n0\n5999\n`);
    const messages: string[] = [];
    const server = await startEmbedded({ dataDir, log: (m) => messages.push(m) });
    try {
      expect(server.owned).toBe(true);
      expect(messages.join('\n')).toMatch(/stale postmaster\.pid.*999999/);
      expect(Number(readFileSync(pidFile, 'utf8').split('\n')[0])).not.toBe(999999);
      expect(await query(server.url, 'select 1 as ok')).toEqual([{ ok: 1 }]);
    } finally {
      await server.stop();
    }
  });

  it('moves the data out of a directory the postgres user cannot reach', () => {
    const closed = mkdtempSync(path.join(os.tmpdir(), 'cashback-private-')); // mkdtemp makes it 0700
    try {
      const messages: string[] = [];
      const chosen = reachableDataDir(path.join(closed, '.data', 'pg'), (m) => messages.push(m));
      expect(chosen.startsWith(os.tmpdir())).toBe(true);
      expect(chosen.startsWith(closed)).toBe(false);
      expect(messages.join('')).toContain('not reachable by the "postgres" system user');
      expect(reachableDataDir(dataDir, () => {})).toBe(dataDir);
    } finally {
      rmSync(closed, { recursive: true, force: true });
    }
  });
});
