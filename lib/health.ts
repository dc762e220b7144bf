import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';

export type HealthReport = {
  status: 'ok' | 'degraded';
  uptimeS: number;
  database: { reachable: boolean; latencyMs: number | null; error?: string };
  time: string;
};

const DB_TIMEOUT_MS = 2000;

/** Pings the database with a timeout; never throws. */
export async function checkHealth(getDb: () => Promise<Db>): Promise<HealthReport> {
  const started = performance.now();
  let database: HealthReport['database'];
  try {
    const db = await getDb();
    await Promise.race([
      db.execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), DB_TIMEOUT_MS)),
    ]);
    database = { reachable: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    database = {
      reachable: false,
      latencyMs: null,
      error: error instanceof Error && error.message === 'timed out' ? 'timed out' : 'unreachable',
    };
  }
  return {
    status: database.reachable ? 'ok' : 'degraded',
    uptimeS: Math.round(process.uptime()),
    database,
    time: new Date().toISOString(),
  };
}
