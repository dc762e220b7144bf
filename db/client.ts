import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';

// The database handle. Domain functions take a `Db` (or a transaction) as
// their first argument; only edges (pages, route handlers, the CLI) obtain one.

/** `$client` is the pool itself, for the rare hot path that wants a named prepared statement. */
export type Db = NodePgDatabase<typeof schema> & { $client: pg.Pool };
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type DbHandle = { db: Db; pool: pg.Pool; close: () => Promise<void> };

export function createDb(connectionString: string, options: { max?: number } = {}): DbHandle {
  const pool = new pg.Pool({
    connectionString,
    // pg_trgm's `<%` operator (catalog search) keeps its default 0.6 word
    // similarity, which misses one-letter slips in short words ("lavnde" scores
    // 0.5 against "lavande"). A looser session threshold lets the GIN index
    // prefilter; lib/catalog/store-search.ts tightens it again for short queries.
    options: '-c pg_trgm.word_similarity_threshold=0.45',
    max: options.max ?? 10,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5_000,
  });
  // An idle client losing its connection must not crash the process.
  pool.on('error', (error) => console.error('[db] idle client error:', error.message));
  const db = drizzle({ client: pool, schema, casing: 'snake_case' });
  return { db, pool, close: () => pool.end() };
}

const globalForDb = globalThis as unknown as { __cashbackDb?: DbHandle };

/** The app's shared pool (one per process, reused across hot reloads in dev). */
export async function getDb(): Promise<Db> {
  if (!globalForDb.__cashbackDb) {
    const { env } = await import('@/lib/env');
    const config = env();
    globalForDb.__cashbackDb = createDb(config.DATABASE_URL, { max: config.DB_POOL_MAX });
  }
  return globalForDb.__cashbackDb.db;
}
