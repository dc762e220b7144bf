import { createDb, type Db } from '@/db/client';

/** A short-lived pool for one CLI command, closed whatever happens. */
export async function withDb<T>(
  url: string,
  fn: (db: Db) => Promise<T>,
  options: { max?: number } = {},
): Promise<T> {
  const handle = createDb(url, { max: options.max ?? 4 });
  try {
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}
