import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { generateCatalog, isCatalogEmpty, resetCatalog, type SeedSummary, seedDatabase } from './index';

// Seeding a real, migrated database: every check constraint holds, the derived
// columns are filled, and the same "now" gives the same rows.

const NOW = new Date('2025-03-12T10:30:00Z');

let t: TestDb;
let summary: SeedSummary;

async function count(table: string, where = 'true'): Promise<number> {
  const { rows } = await t.pool.query(`select count(*)::int as n from ${table} where ${where}`);
  return rows[0].n;
}

/** Every catalog row that a seed writes, ordered, for comparing two runs. */
async function dump(): Promise<unknown[]> {
  const tables = [
    'categories',
    'network_accounts',
    'events',
    'merchants',
    'merchant_domains',
    'merchant_categories',
    'merchant_status_changes',
    'network_programs',
    'offers',
    'cashback_rates',
    'boosts',
    'coupons',
  ];
  const out: unknown[] = [];
  for (const table of tables) {
    const { rows } = await t.pool.query(`select * from ${table} order by 1, 2`);
    out.push(table, rows);
  }
  return out;
}

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe('seedDatabase (demo)', () => {
  it('starts from an empty catalog', async () => {
    expect(await isCatalogEmpty(t.db)).toBe(true);
  });

  it('inserts the whole catalog and reports what it inserted', async () => {
    const started = Date.now();
    summary = await seedDatabase(t.db, { scale: 'demo', now: NOW });
    console.log(`demo seed: ${Date.now() - started} ms`, JSON.stringify(summary));
    expect(await isCatalogEmpty(t.db)).toBe(false);
    expect(summary.merchantsByStatus.live).toBeGreaterThanOrEqual(300);
    expect(await count('categories')).toBe(summary.categories);
    expect(await count('categories', 'parent_id is null')).toBe(summary.topCategories);
    expect(await count('merchants')).toBe(summary.merchants);
    for (const [status, n] of Object.entries(summary.merchantsByStatus)) {
      expect(await count('merchants', `status = '${status}'`), status).toBe(n);
    }
    expect(await count('merchant_domains')).toBe(summary.domains);
    expect(await count('network_accounts')).toBe(summary.networkAccounts);
    expect(await count('network_programs')).toBe(summary.networkPrograms);
    expect(await count('merchant_status_changes')).toBe(summary.statusChanges);
    expect(await count('offers')).toBe(summary.offers);
    expect(await count('cashback_rates')).toBe(summary.rates);
    expect(await count('boosts')).toBe(summary.boosts);
    expect(await count('events')).toBe(summary.events);
    expect(await count('coupons')).toBe(summary.coupons);
  });

  it('stores the generated values as they were planned', async () => {
    const plan = generateCatalog({ now: NOW });
    const { rows } = await t.pool.query(
      `select slug, name, status, brand_color, website_url, click_count30d, validation_delay_days, is_featured,
              published_at, created_at, description_fr, conditions_en from merchants order by id`,
    );
    expect(rows).toEqual(
      plan.merchants.map((m) => ({
        slug: m.slug,
        name: m.name,
        status: m.status,
        brand_color: m.brandColor,
        website_url: m.websiteUrl,
        click_count30d: m.clickCount30d,
        validation_delay_days: m.validationDelayDays,
        is_featured: m.isFeatured,
        published_at: m.publishedAt,
        created_at: m.createdAt,
        description_fr: m.descriptionFr,
        conditions_en: m.conditionsEn,
      })),
    );
    const { rows: lavande } = await t.pool.query(
      `select b.kind, b.weekday, b.start_minute, b.end_minute, b.time_zone, b.boosted_rate_bps, r.rate_bps, r.scope
         from boosts b join cashback_rates r on r.id = b.rate_id join merchants m on m.id = b.merchant_id
        where m.slug = 'maison-lavande'`,
    );
    expect(lavande).toEqual([
      {
        kind: 'weekly',
        weekday: 3,
        start_minute: 960,
        end_minute: 1140,
        time_zone: 'Europe/Paris',
        boosted_rate_bps: 1200,
        rate_bps: 800,
        scope: 'new_customers',
      },
    ]);
  });

  it('gives every live merchant exactly one active route, on the sandbox', async () => {
    const { rows } = await t.pool.query(`
      select m.slug, count(p.id) filter (where p.is_active_route)::int as active,
             bool_and(p.network_code = 'sandbox') filter (where p.is_active_route) as sandbox
        from merchants m left join network_programs p on p.merchant_id = m.id
       where m.status = 'live' group by m.slug`);
    expect(rows.length).toBe(summary.merchantsByStatus.live);
    for (const r of rows) expect(r, r.slug).toMatchObject({ active: 1, sandbox: true });
  });

  it('fills the derived best rates and search text', async () => {
    const missing = await count(
      'merchants m',
      `best_rate_bps is null and exists (
         select 1 from offers o join cashback_rates r on r.offer_id = o.id
          where o.merchant_id = m.id and o.is_active and r.kind = 'percent'
            and (o.starts_at is null or o.starts_at <= '${NOW.toISOString()}')
            and (o.ends_at is null or o.ends_at > '${NOW.toISOString()}'))`,
    );
    expect(missing).toBe(0);
    const { rows } = await t.pool.query(
      `select slug, best_rate_bps, best_fixed_minor, best_fixed_currency, search_text from merchants
        where slug in ('volt-electromenager', 'banque-horizon', 'creme-celeste') order by slug`,
    );
    const [banque, creme, volt] = rows;
    expect(banque).toMatchObject({
      best_rate_bps: null,
      best_fixed_minor: '8000',
      best_fixed_currency: 'EUR',
    });
    expect(creme.best_rate_bps).toBe(1500);
    expect(volt.best_rate_bps).toBe(600);
    // The name, then the words of its domain that the name does not hold, each once.
    expect(volt.search_text).toBe('volt electromenager example');
  });

  it('has boosts active now on the current event, and an active Pixel Étoile boost to 6 %', async () => {
    const at = `'${NOW.toISOString()}'`;
    const active = await count('boosts', `kind = 'window' and starts_at <= ${at} and ends_at > ${at}`);
    expect(active).toBeGreaterThanOrEqual(20);
    expect(active).toBeLessThanOrEqual(30);
    const { rows } = await t.pool.query(`
      select b.boosted_rate_bps, r.rate_bps, e.starts_at <= ${at} and e.ends_at > ${at} as event_now
        from boosts b join merchants m on m.id = b.merchant_id join cashback_rates r on r.id = b.rate_id
        join offers o on o.id = r.offer_id and o.merchant_id = m.id join events e on e.id = b.event_id
       where m.slug = 'pixel-etoile'`);
    expect(rows).toEqual([{ boosted_rate_bps: 600, rate_bps: 200, event_now: true }]);
    // Every boost's rate belongs to the boost's merchant.
    expect(
      await count(
        'boosts b',
        'not exists (select 1 from cashback_rates r join offers o on o.id = r.offer_id where r.id = b.rate_id and o.merchant_id = b.merchant_id)',
      ),
    ).toBe(0);
  });

  it('gives the demo member purchases at every stage, matched to their clicks, through intake', async () => {
    const { rows } = await t.pool.query(
      `select c.status, c.match_status, c.sale_minor, c.commission_minor,
              (select count(*)::int from conversion_status_changes h where h.conversion_id = c.id) as steps,
              (select coalesce(sum(l.commission_delta_minor), 0)::int from conversion_lines l where l.conversion_id = c.id) as line_sum
         from conversions c join users u on u.id = c.user_id
        where u.email = 'membre@demo.ristourne.fr' order by c.network_conversion_id`,
    );
    expect(rows.map((row) => [row.status, row.steps])).toEqual([
      ['paid', 3],
      ['approved', 2],
      ['declined', 2],
      ['approved', 2],
      ['pending', 1],
    ]);
    for (const row of rows) {
      expect(row.match_status).toBe('matched');
      expect(row.line_sum).toBe(Number(row.commission_minor));
      expect(Number(row.commission_minor)).toBeGreaterThan(0);
    }
  });

  it('refuses to seed over an existing catalog', async () => {
    await expect(seedDatabase(t.db, { scale: 'demo', now: NOW })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('resets the catalog, and the same "now" seeds identical rows again', async () => {
    const before = await dump();
    await resetCatalog(t.db);
    expect(await isCatalogEmpty(t.db)).toBe(true);
    for (const table of [
      'merchants',
      'offers',
      'cashback_rates',
      'boosts',
      'coupons',
      'events',
      'network_accounts',
    ]) {
      expect(await count(table), table).toBe(0);
    }
    const again = await seedDatabase(t.db, { scale: 'demo', now: NOW });
    // The demo logins survive a catalog reset, so the second seed creates none.
    expect(summary.demoAccounts).toBe(3);
    expect(again).toEqual({ ...summary, demoAccounts: 0 });
    expect(await dump()).toEqual(before);
  });
});
