import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';

// The schema itself refuses data that would break the catalog's rules.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await t.pool.query(`
    insert into merchants (id, slug, name, website_url, status) values (1, 'maison-test', 'Maison Test', 'https://maison-test.example', 'live');
    insert into network_accounts (id, network_code, name, publisher_id) values (1, 'sandbox', 'Sandbox', 'pub-1');
    insert into offers (id, merchant_id, title_fr, title_en) values (1, 1, 'Offre', 'Offer');
  `);
});
afterAll(() => t.close());

async function rejects(sqlText: string, params: unknown[] = []): Promise<string> {
  try {
    await t.pool.query(sqlText, params);
  } catch (error) {
    return (error as { constraint?: string; message: string }).constraint ?? (error as Error).message;
  }
  throw new Error(`expected the database to refuse: ${sqlText}`);
}

describe('catalog schema constraints', () => {
  it.each([
    [
      'upper-case slug',
      `insert into merchants (slug, name, website_url) values ('Bad-Slug', 'x', 'https://x.example')`,
      'merchants_slug_format',
    ],
    [
      'slug with spaces',
      `insert into merchants (slug, name, website_url) values ('bad slug', 'x', 'https://x.example')`,
      'merchants_slug_format',
    ],
    [
      'duplicate slug',
      `insert into merchants (slug, name, website_url) values ('maison-test', 'x', 'https://x.example')`,
      'merchants_slug_key',
    ],
    [
      'percent rate without bps',
      `insert into cashback_rates (offer_id, kind) values (1, 'percent')`,
      'cashback_rates_kind_value',
    ],
    [
      'percent rate over 100 %',
      `insert into cashback_rates (offer_id, kind, rate_bps) values (1, 'percent', 10001)`,
      'cashback_rates_kind_value',
    ],
    [
      'fixed rate with bps',
      `insert into cashback_rates (offer_id, kind, rate_bps, amount_minor) values (1, 'fixed', 100, 500)`,
      'cashback_rates_kind_value',
    ],
    [
      'category scope without category',
      `insert into cashback_rates (offer_id, kind, rate_bps, scope) values (1, 'percent', 500, 'category')`,
      'cashback_rates_category_scope',
    ],
    [
      'domain with a path',
      `insert into merchant_domains (merchant_id, domain) values (1, 'shop.example/path')`,
      'merchant_domains_domain_format',
    ],
  ])('refuses %s', async (_label, statement, constraint) => {
    expect(await rejects(statement)).toBe(constraint);
  });

  it('allows only one active network program per merchant', async () => {
    await t.pool.query(
      `insert into network_programs (merchant_id, network_account_id, network_code, advertiser_id, tracking_template, is_active_route)
       values (1, 1, 'sandbox', 'adv-1', 'https://t.example/{click_id}', true)`,
    );
    await t.pool.query(
      `insert into network_programs (merchant_id, network_account_id, network_code, advertiser_id, tracking_template, is_active_route)
       values (1, 1, 'sandbox', 'adv-2', 'https://t.example/{click_id}', false)`,
    );
    expect(
      await rejects(
        `insert into network_programs (merchant_id, network_account_id, network_code, advertiser_id, tracking_template, is_active_route)
         values (1, 1, 'sandbox', 'adv-3', 'https://t.example/{click_id}', true)`,
      ),
    ).toBe('network_programs_one_active_route');
  });

  it('derives the accent-free search text from the name and keywords', async () => {
    await t.pool.query(
      `update merchants set name = 'Crème Électrique', search_keywords = 'Électroménager' where id = 1`,
    );
    const { rows } = await t.pool.query(`select search_text from merchants where id = 1`);
    expect(rows[0].search_text).toBe('creme electrique electromenager');
  });
});
