import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertMerchant } from '@/tests/helpers/catalog-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { changeMerchantStatus, setActiveRoute } from './merchant-status';
import { getStoreBySlug } from './store-detail';

let t: TestDb;
let merchantId = 0;
let accountId = 0;

beforeAll(async () => {
  t = await createTestDb();
  const { merchant } = await insertMerchant(t.db, {
    slug: 'studio-nuage',
    name: 'Studio Nuage',
    status: 'draft',
    rates: [{ rateBps: 500 }],
  });
  merchantId = merchant.id;
  const { rows } = await t.pool.query(
    `insert into network_accounts (network_code, name, publisher_id) values ('sandbox', 'Sandbox', 'p1') returning id`,
  );
  accountId = rows[0].id;
});
afterAll(() => t.close());

const programs = async () =>
  (
    await t.pool.query(
      `select advertiser_id, is_active_route from network_programs where merchant_id = $1 order by id`,
      [merchantId],
    )
  ).rows;

describe('changeMerchantStatus', () => {
  it('walks the life cycle, records each step, and only live is public', async () => {
    await changeMerchantStatus(t.db, merchantId, 'pending_review', { changedBy: 'ops@example' });
    await changeMerchantStatus(t.db, merchantId, 'approved', { changedBy: 'ops@example' });
    await expect(
      changeMerchantStatus(t.db, merchantId, 'live', { changedBy: 'ops@example' }),
    ).rejects.toThrow(/active network program/);
    await t.pool.query(
      `insert into network_programs (merchant_id, network_account_id, network_code, advertiser_id, tracking_template, is_active_route)
       values ($1, $2, 'sandbox', 'a', '/sandbox/track/a?clickref={click_id}', true)`,
      [merchantId, accountId],
    );
    expect(await getStoreBySlug(t.db, 'studio-nuage')).toBeNull();
    await changeMerchantStatus(t.db, merchantId, 'live', {
      changedBy: 'ops@example',
      reason: 'contract signed',
    });
    expect(await getStoreBySlug(t.db, 'studio-nuage')).not.toBeNull();
    await changeMerchantStatus(t.db, merchantId, 'paused', {
      changedBy: 'ops@example',
      reason: 'program paused by the network',
    });
    expect(await getStoreBySlug(t.db, 'studio-nuage')).toBeNull();

    const { rows } = await t.pool.query(
      `select from_status, to_status, reason from merchant_status_changes where merchant_id = $1 order by id`,
      [merchantId],
    );
    expect(rows.map((r) => `${r.from_status}→${r.to_status}`)).toEqual([
      'draft→pending_review',
      'pending_review→approved',
      'approved→live',
      'live→paused',
    ]);
    expect(rows[2].reason).toBe('contract signed');
  });

  it('refuses an illegal move and changes nothing', async () => {
    await expect(changeMerchantStatus(t.db, merchantId, 'draft', { changedBy: 'x' })).rejects.toMatchObject({
      code: 'conflict',
    });
    const { rows } = await t.pool.query(`select status from merchants where id = $1`, [merchantId]);
    expect(rows[0].status).toBe('paused');
  });

  it('lets only one of two concurrent identical changes through', async () => {
    const before = (await t.pool.query(`select count(*)::int as n from merchant_status_changes`)).rows[0].n;
    const results = await Promise.allSettled([
      changeMerchantStatus(t.db, merchantId, 'live', { changedBy: 'a' }),
      changeMerchantStatus(t.db, merchantId, 'live', { changedBy: 'b' }),
    ]);
    // The row lock makes the second see 'live', and live → live is not a move.
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const after = (await t.pool.query(`select count(*)::int as n from merchant_status_changes`)).rows[0].n;
    expect(after - before).toBe(1);
  });

  it('is not_found for an unknown merchant', async () => {
    await expect(changeMerchantStatus(t.db, 999_999, 'live', { changedBy: 'x' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('setActiveRoute', () => {
  it('moves the active route to another program of the same merchant', async () => {
    const { rows } = await t.pool.query(
      `insert into network_programs (merchant_id, network_account_id, network_code, advertiser_id, tracking_template)
       values ($1, $2, 'sandbox', 'b', '/sandbox/track/b?clickref={click_id}') returning id`,
      [merchantId, accountId],
    );
    await setActiveRoute(t.db, merchantId, rows[0].id);
    expect(await programs()).toEqual([
      { advertiser_id: 'a', is_active_route: false },
      { advertiser_id: 'b', is_active_route: true },
    ]);
  });

  it('refuses a program of another merchant', async () => {
    const other = await insertMerchant(t.db, { slug: 'autre', name: 'Autre', rates: [] });
    const { rows } = await t.pool.query(`select id from network_programs where merchant_id = $1 limit 1`, [
      merchantId,
    ]);
    await expect(setActiveRoute(t.db, other.merchant.id, rows[0].id)).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
