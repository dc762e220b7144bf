// npm start: database (DATABASE_URL or embedded), migrations, demo seed when
// empty, a production build when none is current, then `next start` on PORT
// and the background worker (scripts/worker) beside it.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { buildIsCurrent } from './build-freshness';
import { openDatabase, prepareDatabase } from './database';
import { demoAuthSecret } from './demo-auth-secret';

const root = process.cwd();
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const tsxCli = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const dev = process.argv.includes('--dev');

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { stdio: 'inherit', env });
}

/** The job process; if it dies the site keeps serving (it says so), since pages do not depend on it. */
function startWorker(env: NodeJS.ProcessEnv): ChildProcess {
  const worker = spawn(process.execPath, [tsxCli, path.join('scripts', 'worker', 'index.ts')], {
    stdio: 'inherit',
    env,
  });
  worker.on('exit', (code, signal) => {
    if (code !== 0 && signal === null) console.error(`[start] the worker exited with code ${code}`);
  });
  return worker;
}

function waitFor(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function main(): Promise<number> {
  const port = process.env.PORT?.trim() || '3000';
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
    console.error(`PORT must be a number between 1 and 65535 (got "${port}")`);
    return 1;
  }
  const database = await openDatabase();
  let child: ChildProcess | null = null;
  let worker: ChildProcess | null = null;
  let stopping = false;
  const stopWorker = async () => {
    if (!worker || worker.exitCode !== null || worker.signalCode !== null) return;
    worker.kill('SIGTERM');
    await waitFor(worker);
  };
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child?.kill(signal);
    if (child) await waitFor(child);
    await stopWorker();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await prepareDatabase(database.url, { seedIfEmpty: true });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: port,
      NEXT_TELEMETRY_DISABLED: '1',
      // On the embedded database this is the demo: demo logins shown, e-mails kept at /dev/mailbox.
      DEMO_MODE: process.env.DEMO_MODE ?? (database.embedded ? 'true' : 'false'),
    };
    // A real database needs a real AUTH_SECRET (lib/env.ts says so at start-up).
    if (!env.AUTH_SECRET && database.embedded) env.AUTH_SECRET = demoAuthSecret(database.embedded.dataDir);
    if (dev) {
      child = run(['dev', '-p', port], { ...env, NODE_ENV: 'development' });
    } else {
      const freshness = buildIsCurrent(root);
      console.log(`[start] ${freshness.reason}`);
      if (!freshness.current) {
        const build = run(['build'], { ...env, NODE_ENV: 'production' });
        child = build;
        const code = await waitFor(build);
        if (code !== 0 || stopping) {
          console.error('[start] next build failed');
          await database.stop();
          return code || 1;
        }
      }
      console.log(`[start] serving on http://localhost:${port}`);
      // Our server (Next's handler plus the click-out fast path), not `next start`.
      child = spawn(process.execPath, [tsxCli, path.join('scripts', 'server', 'main.ts')], {
        stdio: 'inherit',
        env: { ...env, NODE_ENV: 'production' },
      });
    }
    worker = startWorker({ ...env, NODE_ENV: dev ? 'development' : 'production' });
    const code = await waitFor(child);
    await stopWorker();
    await database.stop();
    return code;
  } catch (error) {
    console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
    await stopWorker();
    await database.stop();
    return 1;
  }
}

main().then((code) => process.exit(code));
