import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxSales } from '@/db/schema';
import { rejection } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { applyConsoleForm } from './console-forms';
import { placeSandboxOrder } from './place-order';
import { insertSandboxMerchant } from './testing/sandbox-fixtures';

// The shop's and the console's forms as a browser (or anyone) may post them:
// text in, a sale or a field message out, never a 500.

let t: TestDb;
const clock = { postbackDelayS: 0, now: new Date('2026-03-14T18:22:05Z') };
const C1 = '01j9z3k7q8m2x4v6b8n0c2d4f6';

beforeAll(async () => {
  t = await createTestDb();
  await insertSandboxMerchant(t.db, {
    slug: 'maison-lavande',
    name: 'Maison Lavande',
    rates: [{ rateBps: 800 }],
  });
});
afterAll(() => t.close());

const form = (over: Record<string, unknown> = {}) => ({
  advertiserId: 'sbx-maison-lavande',
  clickRef: C1,
  amount: '84,50',
  customerType: 'new',
  ...over,
});

describe('placeSandboxOrder', () => {
  it.each([
    ['a French amount', {}, { saleAmountMinor: 8450, clickRef: C1, customerType: 'new' }],
    [
      'a decimal point',
      { amount: '84.50', customerType: 'existing' },
      { saleAmountMinor: 8450, customerType: 'existing' },
    ],
    ['no click ref', { clickRef: '' }, { clickRef: null }],
    ['an absent click ref', { clickRef: undefined }, { clickRef: null }],
  ])('records %s', async (_label, over, expected) => {
    const { sale } = await placeSandboxOrder(t.db, form(over), clock);
    expect(sale).toMatchObject(expected);
  });

  it.each([
    ['a bad amount', { amount: '84,5x' }, { amount: ['sandbox.errors.amountInvalid'] }],
    ['no amount', { amount: undefined }, { amount: ['sandbox.errors.amountRequired'] }],
    ['too much', { amount: '10 000,01' }, { amount: ['sandbox.errors.amountRange'] }],
    [
      'an unknown customer type',
      { customerType: 'vip' },
      { customerType: ['sandbox.errors.customerTypeRequired'] },
    ],
    [
      'both at once',
      { amount: '', customerType: undefined },
      { amount: ['sandbox.errors.amountRequired'], customerType: ['sandbox.errors.customerTypeRequired'] },
    ],
    ['a file instead of text', { amount: new Blob(['84']) }, { amount: ['sandbox.errors.amountRequired'] }],
  ])('answers field messages for %s', async (_label, over, fields) => {
    const before = await t.db.$count(sandboxSales);
    expect(await rejection(placeSandboxOrder(t.db, form(over), clock))).toMatchObject({
      code: 'unprocessable',
      message: 'sandbox.errors.invalidOrder',
      fields,
    });
    expect(await t.db.$count(sandboxSales)).toBe(before);
  });

  it.each([
    ['an unknown advertiser', { advertiserId: 'sbx-nope' }, 'not_found'],
    ['an oversized advertiser id', { advertiserId: 'x'.repeat(5000) }, 'unprocessable'],
    ['an oversized click ref', { clickRef: 'x'.repeat(5000) }, 'unprocessable'],
  ])('refuses %s', async (_label, over, code) => {
    expect((await rejection(placeSandboxOrder(t.db, form(over), clock))).code).toBe(code);
  });
});

describe('applyConsoleForm', () => {
  it('approves, and amends from French text on the sale’s currency', async () => {
    const { sale } = await placeSandboxOrder(t.db, form(), clock);
    const amended = await applyConsoleForm(
      t.db,
      'amend',
      { saleId: String(sale.id), newAmount: '59,50' },
      clock,
    );
    expect(amended.sale).toMatchObject({ saleAmountMinor: 5950, amendedFromSaleMinor: 8450 });
    const approved = await applyConsoleForm(t.db, 'approve', { saleId: String(sale.id) }, clock);
    expect(approved.sale.status).toBe('approved');
    expect(
      await rejection(applyConsoleForm(t.db, 'decline', { saleId: String(sale.id) }, clock)),
    ).toMatchObject({
      code: 'conflict',
      message: 'sandbox.errors.notPending',
    });
  });

  it.each([
    ['no sale id', {}],
    ['a word', { saleId: 'abc' }],
    ['a negative id', { saleId: '-1' }],
    ['an absurd id', { saleId: '9'.repeat(40) }],
    ['a missing sale', { saleId: '999999' }],
  ])('answers not found for %s', async (_label, raw) => {
    expect(await rejection(applyConsoleForm(t.db, 'approve', raw, clock))).toMatchObject({
      code: 'not_found',
      message: 'sandbox.errors.saleNotFound',
    });
  });

  it('answers a field message for a bad new amount', async () => {
    const { sale } = await placeSandboxOrder(t.db, form(), clock);
    expect(
      await rejection(
        applyConsoleForm(t.db, 'amend', { saleId: String(sale.id), newAmount: 'beaucoup' }, clock),
      ),
    ).toMatchObject({ code: 'unprocessable', fields: { newAmount: ['sandbox.errors.amountInvalid'] } });
  });
});
