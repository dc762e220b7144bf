import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createDb, type Db } from '@/db/client';
import { databaseUrl, dropDatabase, withDatabase } from './admin';

export type TestDb = { db: Db; url: string; pool: import('pg').Pool; close: () => Promise<void> };

/**
 * A fresh, migrated database for one test file, cloned from the template the
 * global setup prepared. Files run in parallel without seeing each other.
 */
export async function createTestDb(): Promise<TestDb> {
  const adminUrl = inject('adminUrl');
  const template = inject('templateDatabase');
  const name = `cashback_t_${randomBytes(6).toString('hex')}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await withDatabase(adminUrl, (client) =>
        client.query(
          `create database ${client.escapeIdentifier(name)} template ${client.escapeIdentifier(template)}`,
        ),
      );
      break;
    } catch (error) {
      // Another file cloning the template at the same instant: wait and retry.
      const busy = (error as { code?: string }).code === '55006';
      if (!busy || attempt >= 20) throw error;
      await new Promise((r) => setTimeout(r, 100 + attempt * 50));
    }
  }
  const url = databaseUrl(adminUrl, name);
  const handle = createDb(url, { max: 10 });
  return {
    db: handle.db,
    pool: handle.pool,
    url,
    close: async () => {
      await handle.close();
      await dropDatabase(adminUrl, name);
    },
  };
}
