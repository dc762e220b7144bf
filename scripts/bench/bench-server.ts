import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '@/db/embedded';
import { waitForHealth } from './wait-for-health';

// The production server (scripts/server/main.ts, what `npm start` runs) on a
// free port, for a benchmark: on its database, with a throwaway secret, and
// answering /api/health before this resolves. BENCH_NODE_ARGS passes flags to
// its node, e.g. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to
// profile it during the run.

export type BenchServer = { child: ChildProcess; port: number; base: string };

export async function startBenchServer(options: {
  databaseUrl: string;
  secret: string;
}): Promise<BenchServer> {
  const port = await freePort();
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(
    process.execPath,
    [...nodeArgs, '--import', 'tsx', path.join('scripts', 'server', 'main.ts')],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: options.databaseUrl,
        PORT: String(port),
        APP_URL: `http://localhost:${port}`,
        AUTH_SECRET: options.secret,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
  );
  const base = `http://localhost:${port}`;
  await waitForHealth(`${base}/api/health`, 60_000);
  return { child, port, base };
}

export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Stops a server started here: SIGTERM, then SIGKILL after 10 s. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited(child);
  clearTimeout(timer);
}
