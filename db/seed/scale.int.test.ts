import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { seedDatabase } from './index';

// The benchmark catalog's code path at a size that keeps the suite quick:
// 2 000 merchants through the same generator and batched inserts as the
// 10 000 of `seed --scale large` (timed by hand: see the seed's report).

const NOW = new Date('2025-11-26T09:00:00Z'); // Black Friday week in Paris

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe('seedDatabase at scale', () => {
  it('inserts thousands of merchants, each live one rated and with one active route', async () => {
    const summary = await seedDatabase(t.db, { scale: 'large', merchantCount: 2000, now: NOW });
    expect(summary.merchants).toBe(2000);
    expect(summary.merchantsByStatus.live).toBe(2000 - 5 * 21);
    const { rows } = await t.pool.query(
      `
      select count(*)::int as merchants,
             count(*) filter (where status = 'live' and best_rate_bps is null and best_fixed_minor is null)::int as unrated,
             (select count(*)::int from (select merchant_id from network_programs where is_active_route
                group by merchant_id having count(*) > 1) x) as double_routes,
             (select count(*)::int from merchant_domains) as domains,
             (select count(*)::int from events where slug = 'black-friday-2025'
                and starts_at <= $1 and ends_at > $1) as black_friday_now,
             (select count(*)::int from boosts b join events e on e.id = b.event_id
               where e.slug = 'black-friday-2025') as black_friday_boosts
        from merchants`,
      [NOW],
    );
    expect(rows[0]).toMatchObject({ merchants: 2000, unrated: 0, double_routes: 0, black_friday_now: 1 });
    expect(rows[0].domains).toBe(summary.domains);
    expect(rows[0].black_friday_boosts).toBeGreaterThan(100);
  });
});
