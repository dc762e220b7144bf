import path from 'node:path';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Db } from './client';

export const MIGRATIONS_DIR = path.join(process.cwd(), 'db', 'migrations');
const MIGRATION_LOCK_KEY = 727_001; // any constant; shared by every process that migrates

/**
 * Applies every pending drizzle-kit migration. An advisory lock serialises
 * concurrent runs (the launcher and the CLI may start together).
 */
export async function runMigrations(db: Db, connectionString: string): Promise<void> {
  const lock = new pg.Client({ connectionString });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrate(db, { migrationsFolder: MIGRATIONS_DIR, migrationsSchema: 'drizzle' });
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.end();
  }
}
