import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { giftCards } from '@/db/schema';
import { charityOptions, giftCardOptions } from '@/lib/withdrawals/payout-options';
import { openGiftCardCode } from '@/lib/withdrawals/payout-secrets';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { DEMO_CHARITIES, seedDemoPayouts } from './demo-payouts';

// The demo's charities and gift card stock: offered to members, codes
// readable with the key the server uses, and seeding twice adds nothing.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

describe('demo payout options', () => {
  it('seeds three charities (one default) and two brands in stock, once', async () => {
    const key = randomBytes(32);
    expect(await seedDemoPayouts(t.db, { key })).toEqual({ charities: 3, brands: 2, cards: 18 });
    expect(await seedDemoPayouts(t.db, { key })).toEqual({ charities: 0, brands: 0, cards: 0 });
    expect((await charityOptions(t.db)).map((c) => c.name).sort()).toEqual(
      DEMO_CHARITIES.map((c) => c.name).sort(),
    );
    expect((await giftCardOptions(t.db)).map((b) => [b.name, b.valuesMinor])).toEqual([
      ['CinéPass', [1_500, 3_000]],
      ['Librairie Lumière', [1_000, 2_000, 5_000]],
    ]);
    const [card] = await t.db.select().from(giftCards).limit(1);
    expect(openGiftCardCode(card!.codeEncrypted, key)).toMatch(/^DEMO-[A-Z]{4}-\d+-\d{4}$/);
    expect(card!.codeEncrypted).not.toContain('DEMO');
  });
});
