import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxPostbacks } from '@/db/schema';
import { rejection } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { dueSandboxPostbacks } from './due-postbacks';
import { listSandboxSales } from './list-sales';
import { type RecordSandboxSaleInput, recordSandboxSale } from './record-sale';
import { amendSandboxSale, approveSandboxSale, declineSandboxSale } from './sale-transitions';
import { C1, insertSalesMerchants, lavandeOrder, postbacksOfSale, T0 } from './testing/sales-fixture';
import type { insertSandboxMerchant } from './testing/sandbox-fixtures';

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

describe('sale transitions', () => {
  it('approves a pending sale once, then refuses every further validation', async () => {
    const { sale } = await order();
    const approved = await approveSandboxSale(t.db, { saleId: sale.id }, { ...clock, now: at(60_000) });
    expect(approved.sale).toMatchObject({
      status: 'approved',
      validatedAt: at(60_000),
      updatedAt: at(60_000),
    });
    expect(approved.postback).toMatchObject({ event: 'approved', status: 'queued', dueAt: at(65_000) });
    expect(approved.postback.payload).toMatchObject({
      commissionStatus: 'approved',
      validationDate: '2026-03-14 18:23:05',
      amended: 'false',
    });

    for (const attempt of [approveSandboxSale, declineSandboxSale]) {
      expect(await rejection(attempt(t.db, { saleId: sale.id }, clock))).toMatchObject({
        code: 'conflict',
        message: 'sandbox.errors.notPending',
      });
    }
    expect((await postbacksOf(sale.id)).map((p) => p.event)).toEqual(['created', 'approved']);
  });

  it('declines a pending sale; a declined sale cannot be approved or amended', async () => {
    const { sale } = await order();
    const declined = await declineSandboxSale(t.db, { saleId: sale.id }, clock);
    expect(declined.sale.status).toBe('declined');
    expect(declined.postback.payload).toMatchObject({
      commissionStatus: 'declined',
      validationDate: '2026-03-14 18:22:05',
    });
    expect(await rejection(approveSandboxSale(t.db, { saleId: sale.id }, clock))).toMatchObject({
      code: 'conflict',
      message: 'sandbox.errors.notPending',
    });
    expect(
      await rejection(amendSandboxSale(t.db, { saleId: sale.id, newSaleAmountMinor: 5000 }, clock)),
    ).toMatchObject({
      code: 'conflict',
      message: 'sandbox.errors.amendDeclined',
    });
    expect((await postbacksOf(sale.id)).map((p) => p.event)).toEqual(['created', 'declined']);
  });

  it('amends a pending sale: new amounts, the old ones, and an `amended` payload', async () => {
    const { sale } = await order();
    const amended = await amendSandboxSale(
      t.db,
      { saleId: sale.id, newSaleAmountMinor: 5950 },
      { ...clock, now: at(3_600_000) },
    );
    expect(amended.sale).toMatchObject({
      status: 'pending',
      saleAmountMinor: 5950,
      commissionAmountMinor: 595,
      amendedFromSaleMinor: 8450,
      amendedFromCommissionMinor: 845,
      amendedAt: at(3_600_000),
    });
    expect(amended.postback.event).toBe('amended');
    expect(amended.postback.payload).toStrictEqual({
      transactionId: String(sale.id),
      transactionDate: '2026-03-14 18:22:05',
      transactionCurrency: 'EUR',
      transactionAmount: '59.50',
      commission: '5.95',
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
      amended: 'true',
      amendReason: 'Sandbox console amendment',
      amendmentDate: '2026-03-14 19:22:05',
      oldSaleAmount: '84.50',
      oldCommissionAmount: '8.45',
    });
  });

  it('amends an approved sale, which stays approved; a second amendment reports the previous amounts', async () => {
    const { sale } = await order();
    await approveSandboxSale(t.db, { saleId: sale.id }, clock);
    await amendSandboxSale(t.db, { saleId: sale.id, newSaleAmountMinor: 10_000 }, clock);
    const second = await amendSandboxSale(t.db, { saleId: sale.id, newSaleAmountMinor: 2000 }, clock);
    expect(second.sale).toMatchObject({
      status: 'approved',
      saleAmountMinor: 2000,
      amendedFromSaleMinor: 10_000,
    });
    expect(second.postback.payload).toMatchObject({
      commissionStatus: 'approved',
      transactionAmount: '20.00',
      commission: '2.00',
      oldSaleAmount: '100.00',
      oldCommissionAmount: '10.00',
    });
    expect((await postbacksOf(sale.id)).map((p) => p.event)).toEqual([
      'created',
      'approved',
      'amended',
      'amended',
    ]);
  });

  it.each([
    ['the same amount', 8450, { code: 'conflict', message: 'sandbox.errors.amendUnchanged' }],
    ['zero', 0, { code: 'unprocessable', fields: { newAmount: ['sandbox.errors.amountRange'] } }],
    [
      'a fraction of a cent',
      84.5,
      { code: 'unprocessable', fields: { newAmount: ['sandbox.errors.amountInvalid'] } },
    ],
  ])('refuses an amendment to %s', async (_label, newSaleAmountMinor, expected) => {
    const { sale } = await order();
    expect(
      await rejection(amendSandboxSale(t.db, { saleId: sale.id, newSaleAmountMinor }, clock)),
    ).toMatchObject(expected);
    expect(await postbacksOf(sale.id)).toHaveLength(1);
  });

  it.each([0, -1, 1.5, 999_999_999])('answers not found for sale id %s', async (saleId) => {
    expect(await rejection(approveSandboxSale(t.db, { saleId }, clock))).toMatchObject({
      code: 'not_found',
      message: 'sandbox.errors.saleNotFound',
    });
  });

  it('lets exactly one of a concurrent approve and decline win', async () => {
    const { sale } = await order();
    const results = await Promise.allSettled([
      approveSandboxSale(t.db, { saleId: sale.id }, clock),
      declineSandboxSale(t.db, { saleId: sale.id }, clock),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [failure] = results.filter((r) => r.status === 'rejected');
    expect((failure as PromiseRejectedResult).reason).toMatchObject({ message: 'sandbox.errors.notPending' });
    expect(await postbacksOf(sale.id)).toHaveLength(2);
  });
});

describe('listSandboxSales', () => {
  it('lists newest first with merchant names and postbacks in event order, page by page', async () => {
    const first = await order({ saleAmountMinor: 1111 });
    const second = await order({ saleAmountMinor: 2222, advertiserId: fixedOnly.advertiserId });
    await approveSandboxSale(t.db, { saleId: first.sale.id }, clock);

    const page1 = await listSandboxSales(t.db, { limit: 2 });
    expect(page1.sales.map((s) => s.id)).toEqual([second.sale.id, first.sale.id]);
    expect(page1.sales[0]).toMatchObject({ merchantName: 'Box Mensuelle', saleAmountMinor: 2222 });
    expect(page1.sales[1]!.postbacks.map((p) => p.event)).toEqual(['created', 'approved']);
    expect(page1.nextCursor).toBe(first.sale.id);

    const page2 = await listSandboxSales(t.db, { limit: 2, cursor: page1.nextCursor });
    expect(page2.sales.every((s) => s.id < first.sale.id)).toBe(true);
  });

  it('bounds the page size', async () => {
    expect((await listSandboxSales(t.db, { limit: 0 })).sales).toHaveLength(1);
    expect((await listSandboxSales(t.db, { limit: 10_000 })).sales.length).toBeLessThanOrEqual(100);
  });
});

describe('dueSandboxPostbacks', () => {
  it('lists what has come due, a sale’s later events only after its earlier ones left', async () => {
    const db = t.db;
    await db.delete(sandboxPostbacks);
    const { sale, postback: created } = await order();
    const { postback: approved } = await approveSandboxSale(db, { saleId: sale.id }, clock);

    expect(await dueSandboxPostbacks(db, { now: at(4999) })).toEqual([]);
    expect((await dueSandboxPostbacks(db, { now: at(5000) })).map((p) => p.id)).toEqual([created.id]);
    await db
      .update(sandboxPostbacks)
      .set({ status: 'sent', sentAt: at(5000) })
      .where(eq(sandboxPostbacks.id, created.id));
    expect((await dueSandboxPostbacks(db, { now: at(5000) })).map((p) => p.id)).toEqual([approved.id]);
  });
});
