import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/db/client';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { checkHealth } from './health';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe('checkHealth', () => {
  it('reports a reachable database', async () => {
    const report = await checkHealth(async () => t.db);
    expect(report.status).toBe('ok');
    expect(report.database.reachable).toBe(true);
    expect(report.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('reports an unreachable database without throwing or leaking details', async () => {
    const nowhere = createDb('postgres://nobody:secret@127.0.0.1:1/none');
    try {
      const report = await checkHealth(async () => nowhere.db);
      expect(report).toMatchObject({
        status: 'degraded',
        database: { reachable: false, error: 'unreachable' },
      });
      expect(JSON.stringify(report)).not.toContain('secret');
    } finally {
      await nowhere.close();
    }
  });

  it('reports a missing configuration as unreachable', async () => {
    const report = await checkHealth(async () => {
      throw new Error('DATABASE_URL is required but not set');
    });
    expect(report.status).toBe('degraded');
  });
});
