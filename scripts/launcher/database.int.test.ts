import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { commands, UsageError } from '../cli/commands';
import { prepareDatabase } from './database';

// What `npm start` and `npm run cli -- seed` do to a database: migrate, seed
// an empty one once, never seed twice, and refuse to wipe without --reset.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const count = async (table: string) =>
  (await t.pool.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n;
const quiet = () => {};

describe('start-up preparation', () => {
  it('seeds an empty database once, then leaves it alone', async () => {
    expect(await count('merchants')).toBe(0);
    await prepareDatabase(t.url, { seedIfEmpty: true, log: quiet });
    const merchants = await count('merchants');
    expect(merchants).toBeGreaterThanOrEqual(300);
    await t.pool.query(`update merchants set name = 'Renamed by ops' where slug = 'maison-lavande'`);
    await prepareDatabase(t.url, { seedIfEmpty: true, log: quiet });
    expect(await count('merchants')).toBe(merchants);
    const { rows } = await t.pool.query(`select name from merchants where slug = 'maison-lavande'`);
    expect(rows[0].name).toBe('Renamed by ops');
  });

  it('the seed command refuses to overwrite a catalog without --reset', async () => {
    const run = (flags: [string, string | true][]) =>
      commands.seed!.run({ url: t.url, args: [], flags: new Map(flags), log: quiet });
    await expect(run([])).rejects.toThrow(UsageError);
    await expect(run([['scale', 'huge']])).rejects.toThrow(/--scale must be "demo" or "large"/);
    await run([['reset', true]]);
    const { rows } = await t.pool.query(`select name from merchants where slug = 'maison-lavande'`);
    expect(rows[0].name).toBe('Maison Lavande');
  });
});
