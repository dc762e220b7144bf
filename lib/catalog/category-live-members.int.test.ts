import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCategory, insertMerchant } from '@/tests/helpers/catalog-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { changeMerchantStatus } from './merchant-status';
import { findStorePage } from './store-list';
import { parseStoreQuery } from './store-query';

// merchant_categories.merchant_live (migration 0019) is kept by triggers: a search
// reads the live members of the categories it names from it, so it must follow
// every status change and every membership written, whoever writes them.

let t: TestDb;
let categoryId = 0;
let otherCategoryId = 0;

beforeAll(async () => {
  t = await createTestDb();
  categoryId = (await insertCategory(t.db, { slug: 'jardinage', nameFr: 'Jardinage', nameEn: 'Gardening' }))
    .id;
  otherCategoryId = (await insertCategory(t.db, { slug: 'bricolage', nameFr: 'Bricolage', nameEn: 'DIY' }))
    .id;
});
afterAll(() => t.close());

const liveFlags = async (merchantId: number) =>
  (
    await t.pool.query<{ category_id: number; merchant_live: boolean }>(
      `select category_id, merchant_live from merchant_categories where merchant_id = $1 order by category_id`,
      [merchantId],
    )
  ).rows.map((r) => [r.category_id, r.merchant_live]);

/** Slugs a search for the category's name finds (members count as matches). */
const found = async () =>
  (await findStorePage(t.db, parseStoreQuery({ q: 'jardinage' }))).rows.map((r) => r.slug);

describe('live category members', () => {
  it('follows the merchant through its life cycle', async () => {
    const { merchant } = await insertMerchant(t.db, {
      slug: 'serre-doree',
      name: 'Serre Dorée',
      status: 'approved',
      categoryIds: [categoryId],
    });
    expect(await liveFlags(merchant.id)).toEqual([[categoryId, false]]);
    expect(await found()).toEqual([]);

    await t.pool.query(
      `insert into network_accounts (network_code, name, publisher_id) values ('sandbox', 'Sandbox', 'p1')`,
    );
    await t.pool.query(
      `insert into network_programs (merchant_id, network_account_id, network_code, advertiser_id, tracking_template, is_active_route)
       select $1, id, 'sandbox', 'serre', '/sandbox/track/serre?clickref={click_id}', true from network_accounts`,
      [merchant.id],
    );
    await changeMerchantStatus(t.db, merchant.id, 'live', { changedBy: 'ops@example' });
    expect(await liveFlags(merchant.id)).toEqual([[categoryId, true]]);
    expect(await found()).toEqual(['serre-doree']);

    await changeMerchantStatus(t.db, merchant.id, 'paused', { changedBy: 'ops@example' });
    expect(await liveFlags(merchant.id)).toEqual([[categoryId, false]]);
    expect(await found()).toEqual([]);
  });

  it('sets the flag from the merchant on every membership written, whatever the writer says', async () => {
    const { merchant: live } = await insertMerchant(t.db, { slug: 'pot-vert', name: 'Pot Vert' });
    await t.pool.query(
      `insert into merchant_categories (merchant_id, category_id, merchant_live) values ($1, $2, false)`,
      [live.id, categoryId],
    );
    const { merchant: draft } = await insertMerchant(t.db, {
      slug: 'graine-cachee',
      name: 'Graine Cachée',
      status: 'draft',
      categoryIds: [otherCategoryId],
    });
    await t.pool.query(
      `update merchant_categories set merchant_live = true, category_id = $2 where merchant_id = $1`,
      [draft.id, categoryId],
    );
    expect(await liveFlags(live.id)).toEqual([[categoryId, true]]);
    expect(await liveFlags(draft.id)).toEqual([[categoryId, false]]);
    expect(await found()).toEqual(['pot-vert']);
  });
});
