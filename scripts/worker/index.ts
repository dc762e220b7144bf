// npm run worker: the background jobs (scripts/worker/jobs.ts), on the same
// database as npm start, which also starts one. Stops cleanly on SIGINT/SIGTERM.
import { createDb } from '@/db/client';
import { EnvError, parseEnv } from '@/lib/env';
import { openDatabase } from '../launcher/database';
import { workerJobs } from './jobs';
import { runPollLoop } from './poll-loop';

const log = (message: string) => console.log(message);

async function main(): Promise<number> {
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      console.error(`[worker] ${signal} again: exiting now`);
      process.exit(1);
    }
    log(`[worker] ${signal}: finishing the current pass, then stopping`);
    controller.abort();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  const database = await openDatabase(log);
  const handle = createDb(database.url, { max: 2 });
  try {
    const config = parseEnv({ ...process.env, DATABASE_URL: database.url });
    const jobs = workerJobs(handle.db, config, log);
    log(`[worker] running ${jobs.map((job) => job.name).join(', ')}`);
    try {
      await Promise.all(
        jobs.map((job) =>
          runPollLoop({ intervalMs: job.intervalMs, signal: controller.signal, log, tick: job.tick }),
        ),
      );
    } finally {
      for (const job of jobs) job.close?.();
    }
    return 0;
  } catch (error) {
    if (error instanceof EnvError) console.error(`[worker] ${error.message}`);
    else console.error(`[worker] ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await handle.close();
    await database.stop();
    log('[worker] stopped');
  }
}

main().then((code) => process.exit(code));
