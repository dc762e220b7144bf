import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkAccounts, networkPrograms } from '@/db/schema';
import { insertMerchant } from '@/tests/helpers/catalog-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { insertSandboxMerchant } from './testing/sandbox-fixtures';
import { sandboxTrackHop } from './track-hop';

let t: TestDb;
const C1 = '01j9z3k7q8m2x4v6b8n0c2d4f6';
const SHOP = '/sandbox/shop/sbx-maison-lavande';

beforeAll(async () => {
  t = await createTestDb();
  await insertSandboxMerchant(t.db, {
    slug: 'maison-lavande',
    name: 'Maison Lavande',
    domains: ['maison-lavande.example', 'shop.maison-lavande.example'],
  });
  // The same advertiser id on a real network is not a sandbox advertiser.
  const { merchant } = await insertMerchant(t.db, { slug: 'ailleurs', name: 'Ailleurs' });
  const [awin] = await t.db
    .insert(networkAccounts)
    .values({ networkCode: 'awin', name: 'Awin', publisherId: '1248163' })
    .returning();
  await t.db.insert(networkPrograms).values({
    merchantId: merchant.id,
    networkAccountId: awin!.id,
    networkCode: 'awin',
    advertiserId: 'sbx-ailleurs',
    trackingTemplate: 'https://www.awin1.com/cread.php?awinmid={advertiser_id}',
  });
});
afterAll(() => t.close());

const hop = (advertiserId: string, clickRef: string | null, ued: string | null = null) =>
  sandboxTrackHop(t.db, { advertiserId, clickRef, ued });

describe('sandboxTrackHop', () => {
  it.each([
    ['the click ref alone', C1, null, `${SHOP}?clickref=${C1}`],
    [
      'a product page on the shop',
      C1,
      'https://maison-lavande.example/robes/robe-iris?taille=38#avis',
      `${SHOP}?clickref=${C1}&ued=${encodeURIComponent('https://maison-lavande.example/robes/robe-iris?taille=38#avis')}`,
    ],
    [
      'a product page on a registered subdomain',
      C1,
      'https://shop.maison-lavande.example/p/1',
      `${SHOP}?clickref=${C1}&ued=${encodeURIComponent('https://shop.maison-lavande.example/p/1')}`,
    ],
    ['another host is dropped', C1, 'https://evil.example/maison-lavande.example', `${SHOP}?clickref=${C1}`],
    [
      'a look-alike host is dropped',
      C1,
      'https://maison-lavande.example.evil.example/',
      `${SHOP}?clickref=${C1}`,
    ],
    [
      'userinfo tricks are dropped',
      C1,
      'https://maison-lavande.example@evil.example/',
      `${SHOP}?clickref=${C1}`,
    ],
    ['protocol-relative is dropped', C1, '//evil.example/', `${SHOP}?clickref=${C1}`],
    ['javascript: is dropped', C1, 'javascript:alert(1)', `${SHOP}?clickref=${C1}`],
    ['backslashes are dropped', C1, 'https:\\\\evil.example', `${SHOP}?clickref=${C1}`],
    [
      'garbage click refs pass as received',
      '"><script>x</script>',
      null,
      `${SHOP}?clickref=%22%3E%3Cscript%3Ex%3C%2Fscript%3E`,
    ],
    ['no click ref', null, null, SHOP],
    ['an empty click ref', '', null, SHOP],
    ['a click ref too long to keep', 'x'.repeat(501), null, SHOP],
  ])('%s', async (_label, clickRef, ued, location) => {
    expect(await hop('sbx-maison-lavande', clickRef, ued)).toEqual({ found: true, location });
  });

  it.each([
    ['an unknown advertiser', 'sbx-inconnu'],
    ['an advertiser of another network', 'sbx-ailleurs'],
    ['an empty id', ''],
    ['an absurdly long id', 'x'.repeat(10_000)],
    ['a path trick', '../../admin'],
  ])('%s is not found (never redirected)', async (_label, advertiserId) => {
    expect(await hop(advertiserId, C1, 'https://maison-lavande.example/')).toEqual({ found: false });
  });

  it('always answers a path on this app', async () => {
    const result = await hop('sbx-maison-lavande', '//evil.example', '//evil.example');
    expect(result.found && result.location.startsWith('/sandbox/shop/')).toBe(true);
  });
});
