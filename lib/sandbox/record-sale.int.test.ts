import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clicks, sandboxSales } from '@/db/schema';
import { makeUser, rejection } from '@/tests/helpers/accounts';
import { insertBoost } from '@/tests/helpers/catalog-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { type RecordSandboxSaleInput, recordSandboxSale } from './record-sale';
import { C1, insertSalesMerchants, lavandeOrder, postbacksOfSale, T0 } from './testing/sales-fixture';
import { insertSandboxMerchant } from './testing/sandbox-fixtures';

let t: TestDb;
let lavande: Awaited<ReturnType<typeof insertSandboxMerchant>>;
let fixedOnly: Awaited<ReturnType<typeof insertSandboxMerchant>>;

const clock = { postbackDelayS: 5, now: T0 };
const at = (ms: number) => new Date(T0.getTime() + ms);

beforeAll(async () => {
  t = await createTestDb();
  ({ lavande, fixedOnly } = await insertSalesMerchants(t.db));
});
afterAll(() => t.close());

const order = (over: Partial<RecordSandboxSaleInput> = {}) =>
  recordSandboxSale(t.db, { ...lavandeOrder(lavande.advertiserId), ...over }, clock);
const postbacksOf = (saleId: number) => postbacksOfSale(t.db, saleId);

describe('recordSandboxSale', () => {
  it('records the sale and queues its `created` postback, due after the configured delay', async () => {
    const { sale, postback } = await order();
    expect(sale).toMatchObject({
      orderRef: expect.stringMatching(/^SBX-[0-9A-Z]{6}$/),
      advertiserId: 'sbx-maison-lavande',
      publisherId: 'ristourne-demo',
      clickRef: C1,
      saleAmountMinor: 8450,
      saleCurrency: 'EUR',
      // 8 % (the best rate) × 1.25 = 10 % of 84,50 €
      commissionAmountMinor: 845,
      commissionCurrency: 'EUR',
      customerType: 'new',
      status: 'pending',
      amendedAt: null,
      validatedAt: null,
      createdAt: T0,
    });
    const rows = await postbacksOf(sale.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: postback.id,
      event: 'created',
      status: 'queued',
      attempts: 0,
      dueAt: at(5000),
      sentAt: null,
      lastError: null,
      responseStatus: null,
    });
    expect(rows[0]!.payload).toStrictEqual({
      transactionId: String(sale.id),
      transactionDate: '2026-03-14 18:22:05',
      transactionCurrency: 'EUR',
      transactionAmount: '84.50',
      commission: '8.45',
      affiliateId: 'ristourne-demo',
      merchantId: 'sbx-maison-lavande',
      publisherId: 'ristourne-demo',
      advertiserId: 'sbx-maison-lavande',
      groupId: '0',
      bannerId: '0',
      clickRef: C1,
      orderRef: sale.orderRef,
      commissionStatus: 'pending',
      customerAcquisition: 'NEW',
      amended: 'false',
    });
  });

  it('a zero delay makes the postback due at once', async () => {
    const { postback } = await recordSandboxSale(
      t.db,
      {
        advertiserId: lavande.advertiserId,
        clickRef: null,
        saleAmountMinor: 100,
        currency: 'EUR',
        customerType: 'existing',
      },
      { postbackDelayS: 0, now: T0 },
    );
    expect(postback.dueAt).toEqual(T0);
    expect(postback.payload).toMatchObject({ clickRef: '', customerAcquisition: 'EXISTING' });
  });

  it('keeps a garbage click ref verbatim and treats an empty one as none', async () => {
    const garbage = `'; drop table clicks; -- <é>`;
    expect((await order({ clickRef: garbage })).sale.clickRef).toBe(garbage);
    expect((await order({ clickRef: '' })).sale.clickRef).toBeNull();
  });

  it('pays a fixed-rate merchant 1 % plus 125 % of the fixed amount', async () => {
    const { sale } = await order({ advertiserId: fixedOnly.advertiserId, saleAmountMinor: 5000 });
    expect(sale.commissionAmountMinor).toBe(50 + 1250);
  });

  it('counts a boost in force and a richer rate promised at click time', async () => {
    const boosted = await insertSandboxMerchant(t.db, {
      slug: 'velo-boost',
      name: 'Vélo Boost',
      rates: [{ rateBps: 400 }],
    });
    const base = await order({ advertiserId: boosted.advertiserId, saleAmountMinor: 10_000, clickRef: null });
    expect(base.sale.commissionAmountMinor).toBe(500); // 4 % → 5 %

    await insertBoost(t.db, {
      kind: 'window',
      rateId: boosted.rates[0]!.id,
      merchantId: boosted.merchant.id,
      boostedRateBps: 1000,
      startsAt: at(-3600_000),
      endsAt: at(3600_000),
    });
    const duringBoost = await order({
      advertiserId: boosted.advertiserId,
      saleAmountMinor: 10_000,
      clickRef: null,
    });
    expect(duringBoost.sale.commissionAmountMinor).toBe(1250); // 10 % → 12,5 %

    // A click that captured 16 % (since withdrawn) is honoured; the same id on another merchant is not.
    const member = await makeUser(t.db);
    const clickId = '01kaaaaaaaaaaaaaaaaaaaaaaa';
    await t.db.insert(clicks).values({
      id: clickId,
      userId: member.id,
      merchantId: boosted.merchant.id,
      networkProgramId: boosted.program.id,
      networkCode: 'sandbox',
      trackingUrl: 'http://localhost/sandbox/track/sbx-velo-boost',
      termsSnapshot: { version: 1, rates: [{ rateBps: 1600, currency: 'EUR', boost: null }] } as never,
    });
    const withClick = await order({
      advertiserId: boosted.advertiserId,
      saleAmountMinor: 10_000,
      clickRef: clickId,
    });
    expect(withClick.sale.commissionAmountMinor).toBe(2000); // 16 % → 20 %
    const elsewhere = await order({ saleAmountMinor: 10_000, clickRef: clickId });
    expect(elsewhere.sale.commissionAmountMinor).toBe(1000); // Maison Lavande's own 8 % → 10 %
  });

  it.each([
    [
      'an unknown advertiser',
      { advertiserId: 'sbx-nobody' },
      { code: 'not_found', message: 'sandbox.errors.unknownAdvertiser' },
    ],
    ['a non-sandbox advertiser id', { advertiserId: '' }, { code: 'not_found' }],
    [
      'another currency',
      { currency: 'USD' },
      { code: 'unprocessable', message: 'sandbox.errors.currencyMismatch' },
    ],
    [
      'an amount below 1 €',
      { saleAmountMinor: 99 },
      { code: 'unprocessable', fields: { amount: ['sandbox.errors.amountRange'] } },
    ],
    [
      'an amount above 10 000 €',
      { saleAmountMinor: 1_000_001 },
      { code: 'unprocessable', fields: { amount: ['sandbox.errors.amountRange'] } },
    ],
    [
      'a click ref longer than 500 characters',
      { clickRef: 'x'.repeat(501) },
      { code: 'unprocessable', fields: { clickRef: ['sandbox.errors.clickRefTooLong'] } },
    ],
  ])('refuses %s and writes nothing', async (_label, over, expected) => {
    const before = await t.db.$count(sandboxSales);
    expect(await rejection(order(over))).toMatchObject(expected);
    expect(await t.db.$count(sandboxSales)).toBe(before);
  });
});
