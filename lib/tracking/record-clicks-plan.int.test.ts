import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '@/tests/helpers/accounts';
import { insertMerchant } from '@/tests/helpers/catalog-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { insertProgram, signedInCookies } from '@/tests/helpers/tracking-fixtures';
import { newClickId } from './click-id';

// The repeat-click lookup of record_clicks (db/migrations/0017) must go through
// clicks_repeat_idx however the planner estimates: a member opening many product
// pages must not make each click read all their earlier clicks. The test table
// has never been analysed (a new database; this machine's server runs without
// autovacuum), which is when the planner used to pick the member's time index.

let t: TestDb;
let sessionId: string;
let merchantId: number;
let programId: number;

beforeAll(async () => {
  t = await createTestDb();
  const m = await insertMerchant(t.db, { slug: 'plan-shop', name: 'Plan Shop', rates: [{ rateBps: 300 }] });
  merchantId = m.merchant.id;
  programId = (await insertProgram(t.db, merchantId)).program.id;
  ({ sessionId } = await signedInCookies(t.db, (await makeUser(t.db)).id));
});
afterAll(async () => {
  await t.close();
});

type IndexStats = { indexrelname: string; idx_scan: number; idx_tup_read: number };

describe('record_clicks without statistics on clicks', () => {
  it('looks up repeats through the repeat index only: 2 000 clicks on 2 000 pages, no scan of earlier clicks', async () => {
    const client = await t.pool.connect();
    try {
      for (let round = 0; round < 20; round++) {
        const items = Array.from({ length: 100 }, (_, i) => ({
          idx: i,
          session_id: sessionId,
          click_id: newClickId(),
          tracking_url: `https://plan-shop.example/track/${round}-${i}`,
          merchant_id: merchantId,
          offer_id: null,
          network_program_id: programId,
          network_code: 'sandbox',
          snapshot_ref: 0,
          captured_at: new Date().toISOString(),
          deep_link: `https://plan-shop.example/p/${round}-${i}`,
          ip_hash: null,
          user_agent: null,
          referrer_path: null,
          device_type: 'desktop',
        }));
        const { rows } = await client.query<{ reused: boolean }>(
          'select reused from record_clicks($1::jsonb, $2::jsonb, $3)',
          [JSON.stringify(items), '[{"version":1}]', 30],
        );
        expect(rows.filter((row) => !row.reused)).toHaveLength(100);
      }
      // Counters are flushed by the backend that made them.
      await client.query('select pg_stat_force_next_flush()');
      await client.query('select 1');
    } finally {
      client.release();
    }
    const { rows: tables } = await t.pool.query<{ seq_scan: number; n_tup_ins: number }>(
      `select seq_scan::int, n_tup_ins::int from pg_stat_user_tables where relname = 'clicks'`,
    );
    expect(tables[0]!.n_tup_ins).toBe(2000);
    expect(tables[0]!.seq_scan).toBe(0);
    const { rows } = await t.pool.query<IndexStats>(
      `select indexrelname, idx_scan::int, idx_tup_read::int from pg_stat_user_indexes where relname = 'clicks'`,
    );
    const byName = new Map(rows.map((row) => [row.indexrelname, row]));
    // One probe per click, each finding nothing (every page is new).
    expect(byName.get('clicks_repeat_idx')).toMatchObject({ idx_scan: 2000, idx_tup_read: 0 });
    expect(byName.get('clicks_user_created_idx')).toMatchObject({ idx_scan: 0, idx_tup_read: 0 });
    expect(byName.get('clicks_pkey')).toMatchObject({ idx_tup_read: 0 });
  });
});
