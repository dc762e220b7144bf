import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertMerchant } from '@/tests/helpers/catalog-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { refreshMerchantDerived } from './merchant-derived';

// What refreshMerchantDerived keeps on merchants: the best base rates, and the
// search keywords (the words of the shop domains the name does not hold).

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const merchantRow = async (id: number) =>
  (
    await t.pool.query(
      `select xmin::text as version, best_rate_bps, search_keywords, search_text from merchants where id = $1`,
      [id],
    )
  ).rows[0];

describe('refreshMerchantDerived', () => {
  it.each([
    [
      'the name words out, each word once, in order',
      'maison-lavande',
      'Maison Lavande',
      ['maison-lavande.example', 'shop.maison-lavande.example'],
      'example shop',
    ],
    [
      'an accented name, domains taken in order',
      'elan-vital',
      'Élan Vital',
      ['elan-vital.example', 'boutique.elan-vital.fr'],
      'boutique fr example',
    ],
    ['no domain', 'sans-domaine', 'Sans Domaine', [], ''],
  ])('keeps the domain words: %s', async (_label, slug, name, domains, keywords) => {
    const { merchant } = await insertMerchant(t.db, { slug, name, domains });
    expect((await merchantRow(merchant.id)).search_keywords).toBe(keywords);
  });

  it('finds a merchant by a typed domain through its words', async () => {
    const { merchant } = await insertMerchant(t.db, {
      slug: 'atelier-rouge',
      name: 'Atelier Rouge',
      domains: ['atelier-rouge-paris.example'],
    });
    const { rows } = await t.pool.query(
      `select id from merchants where search_text %> lower(f_unaccent('atelier-rouge-paris.example'))`,
    );
    expect(rows.map((r) => r.id)).toContain(merchant.id);
    expect((await merchantRow(merchant.id)).search_text).toBe('atelier rouge paris example');
  });

  it('follows a rate change and rewrites nothing when nothing changed', async () => {
    const { merchant, rates } = await insertMerchant(t.db, {
      slug: 'taux-mobile',
      name: 'Taux Mobile',
      rates: [{ rateBps: 500 }],
    });
    expect((await merchantRow(merchant.id)).best_rate_bps).toBe(500);

    await t.pool.query(`update cashback_rates set rate_bps = 700 where id = $1`, [rates[0]!.id]);
    await refreshMerchantDerived(t.db, { merchantIds: [merchant.id] });
    const changed = await merchantRow(merchant.id);
    expect(changed.best_rate_bps).toBe(700);

    await refreshMerchantDerived(t.db);
    // The same row version: no update was written.
    expect((await merchantRow(merchant.id)).version).toBe(changed.version);
  });
});
