import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversions, networkAccounts } from '@/db/schema';
import { insertMerchant } from '@/tests/helpers/catalog-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { MERCHANTS_MAX, merchantValidationDelays, SAMPLE_MAX } from './merchant-validation-delays';

// Observed click-to-confirmation delays on a real database: confirmed
// purchases only, the last year only, the click time or else the purchase
// time as the start, several merchants in one call, at most SAMPLE_MAX each.

const now = new Date('2027-06-15T12:00:00Z');
const DAY = 86_400_000;
const daysAgo = (days: number, hours = 0) => new Date(now.getTime() - days * DAY - hours * 3_600_000);

let t: TestDb;
let accountId: number;
let seq = 0;
const ids = { a: 0, b: 0, empty: 0, big: 0 };

type Spec = {
  merchantId: number;
  status: 'pending' | 'approved' | 'declined' | 'paid' | 'void';
  clickedAt: Date | null;
  convertedAt: Date;
  validatedAt: Date | null;
};

function row(spec: Spec) {
  seq += 1;
  return {
    networkCode: 'sandbox',
    networkAccountId: accountId,
    networkConversionId: `conv-${seq}`,
    matchStatus: 'orphan' as const,
    merchantId: spec.merchantId,
    status: spec.status,
    networkStatus: spec.status,
    commissionMinor: 500,
    currency: 'EUR',
    clickedAt: spec.clickedAt,
    convertedAt: spec.convertedAt,
    validatedAt: spec.validatedAt,
    lastEffectiveAt: spec.validatedAt ?? spec.convertedAt,
  };
}

/** Clicked `ago + delay` days ago, bought an hour later, confirmed `delay` days (and some hours) after the click. */
const confirmed = (merchantId: number, delayDays: number, ago: number, status: Spec['status'] = 'approved') =>
  row({
    merchantId,
    status,
    clickedAt: daysAgo(ago + delayDays),
    convertedAt: daysAgo(ago + delayDays, -1),
    validatedAt: daysAgo(ago, -5),
  });

beforeAll(async () => {
  t = await createTestDb();
  const [account] = await t.db
    .insert(networkAccounts)
    .values({ networkCode: 'sandbox', name: 'Sandbox', publisherId: 'pub-delays' })
    .returning();
  accountId = account!.id;
  ids.a = (await insertMerchant(t.db, { slug: 'delay-a', name: 'Delay A' })).merchant.id;
  ids.b = (await insertMerchant(t.db, { slug: 'delay-b', name: 'Delay B' })).merchant.id;
  ids.empty = (await insertMerchant(t.db, { slug: 'delay-empty', name: 'Delay Empty' })).merchant.id;
  ids.big = (await insertMerchant(t.db, { slug: 'delay-big', name: 'Delay Big' })).merchant.id;

  await t.db.insert(conversions).values([
    confirmed(ids.a, 10, 5),
    confirmed(ids.a, 20, 50),
    confirmed(ids.a, 30, 100, 'paid'),
    // No click time: counted from the purchase (12 days before the confirmation).
    row({
      merchantId: ids.a,
      status: 'approved',
      clickedAt: null,
      convertedAt: daysAgo(40),
      validatedAt: daysAgo(28),
    }),
    // Not confirmed: left out.
    row({
      merchantId: ids.a,
      status: 'pending',
      clickedAt: daysAgo(90),
      convertedAt: daysAgo(90),
      validatedAt: null,
    }),
    row({
      merchantId: ids.a,
      status: 'declined',
      clickedAt: daysAgo(90),
      convertedAt: daysAgo(90),
      validatedAt: daysAgo(3),
    }),
    // Approved without a network date: left out.
    row({
      merchantId: ids.a,
      status: 'approved',
      clickedAt: daysAgo(90),
      convertedAt: daysAgo(90),
      validatedAt: null,
    }),
    // Confirmed more than a year ago, or "after now": left out.
    confirmed(ids.a, 15, 366),
    row({
      merchantId: ids.a,
      status: 'approved',
      clickedAt: daysAgo(10),
      convertedAt: daysAgo(10),
      validatedAt: new Date(now.getTime() + DAY),
    }),
    // Confirmed before the click (bad data): left out.
    row({
      merchantId: ids.a,
      status: 'approved',
      clickedAt: daysAgo(5),
      convertedAt: daysAgo(5),
      validatedAt: daysAgo(6),
    }),
    confirmed(ids.b, 45, 2),
    confirmed(ids.b, 60, 200),
  ]);
  // More than SAMPLE_MAX confirmations: the most recent ones are kept (delay = days ago, to tell them apart).
  const many = Array.from({ length: SAMPLE_MAX + 20 }, (_, i) =>
    confirmed(ids.big, i % 300, 1 + Math.floor(i / 2)),
  );
  await t.db.insert(conversions).values(many);
});

afterAll(async () => {
  await t?.close();
});

describe('merchantValidationDelays', () => {
  it('reads each merchant’s confirmed delays of the last year, in one call', async () => {
    const delays = await merchantValidationDelays(t.db, [ids.a, ids.b, ids.empty], now);
    expect([...delays.keys()]).toEqual([ids.a, ids.b, ids.empty]);
    expect(delays.get(ids.a)!.toSorted((x, y) => x - y)).toEqual([10, 12, 20, 30]);
    expect(delays.get(ids.b)!.toSorted((x, y) => x - y)).toEqual([45, 60]);
    expect(delays.get(ids.empty)).toEqual([]);
  });

  it(`keeps at most ${SAMPLE_MAX} delays per merchant, the most recent confirmations`, async () => {
    const delays = (await merchantValidationDelays(t.db, [ids.big], now)).get(ids.big)!;
    expect(delays).toHaveLength(SAMPLE_MAX);
    // The 20 oldest confirmations (i = 500..519) are the ones left out.
    const expected = Array.from({ length: SAMPLE_MAX }, (_, i) => i % 300).toSorted((x, y) => x - y);
    expect(delays.toSorted((x, y) => x - y)).toEqual(expected);
  });

  it('ignores duplicate and impossible ids, and asks nothing for none', async () => {
    const delays = await merchantValidationDelays(t.db, [ids.b, ids.b, -1, 0], now);
    expect([...delays.keys()]).toEqual([ids.b]);
    expect(delays.get(ids.b)).toHaveLength(2);
    expect((await merchantValidationDelays(t.db, [], now)).size).toBe(0);
  });

  it('refuses an unbounded list of merchants', async () => {
    const tooMany = Array.from({ length: MERCHANTS_MAX + 1 }, (_, i) => i + 1);
    await expect(merchantValidationDelays(t.db, tooMany, now)).rejects.toThrow(/at most/);
  });

  it('reads the year before `now`, whatever the clock says', async () => {
    const sorted = async (at: Date) =>
      (await merchantValidationDelays(t.db, [ids.a], at)).get(ids.a)!.toSorted((x, y) => x - y);
    // Four days earlier, the 15-day delay confirmed 366 days before `now` is within the year again.
    expect(await sorted(new Date(now.getTime() - 4 * DAY))).toEqual([10, 12, 15, 20, 30]);
    // Thirty days earlier, the confirmations of the last 30 days had not happened yet.
    expect(await sorted(new Date(now.getTime() - 30 * DAY))).toEqual([15, 20, 30]);
  });
});
