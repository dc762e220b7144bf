import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { giftCards, payoutBatches, payoutBatchItems, withdrawals } from '@/db/schema';
import { assertLedgerInvariants } from '@/lib/ledger/check-invariants';
import { createPaypalClient } from '@/lib/payouts/paypal/paypal-client';
import { validatePain001 } from '@/lib/payouts/sepa/testing/validate-pain001';
import { mailTo, makeUser, rejection } from '@/tests/helpers/accounts';
import { approvedWithdrawal } from '@/tests/helpers/approved-withdrawal';
import { memberBalances, platformBalances } from '@/tests/helpers/ledger-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import {
  withdrawalTestConfig as config,
  insertCharity,
  insertGiftCardStock,
} from '@/tests/helpers/withdrawal-fixtures';
import { startPaypalPayoutsMock } from '@/tests/mock-networks/paypal-payouts';
import { approvedWithdrawalIds, batchWithdrawals } from './batch-withdrawals';
import { exportPaypalCsv, exportSepaBatch } from './export-payout-batch';
import type { PayoutMethodInput } from './save-payout-method';
import { markBatchPaid, settleBatchItem } from './settle-batch-item';
import { settleInternalBatch } from './settle-internal-batch';
import { submitPaypalBatch, syncPaypalBatch } from './submit-paypal-batch';

// Payout batches on real Postgres: one selection batched once (also when two
// staff try at once), the SEPA file valid against the XSD with exact sums,
// the PayPal CSV and API (a local mock), internal settlement of charity and
// gift cards (one code per withdrawal under concurrency), paid and returned
// items in the ledger. Ledger invariants after each test.

const debtor = { name: 'Ristourne SAS', iban: 'FR1420041010050500013M02606', bic: null };

let t: TestDb;
let ops: { id: string };
beforeAll(async () => {
  t = await createTestDb();
  ops = await makeUser(t.db, { role: 'ops' });
});
afterAll(async () => {
  await t.close();
});
afterEach(async () => {
  await assertLedgerInvariants(t.db);
});

const approved = (method: PayoutMethodInput, amount: string, availableMinor = 100_000, name?: string) =>
  approvedWithdrawal(t.db, ops, method, amount, { availableMinor, name });

const paypal = (email = `p-${randomUUID()}@example.com`): PayoutMethodInput => ({ kind: 'paypal', email });

async function collect(chunks: AsyncIterable<string>) {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

const statusOf = async (db: Db, id: string) =>
  (await db.select({ s: withdrawals.status }).from(withdrawals).where(eq(withdrawals.id, id)))[0]!.s;

describe('creating a batch', () => {
  it('moves the selection to in_batch with one item each, and refuses the same selection twice', async () => {
    const a = await approved(paypal(), '12.34');
    const b = await approved(paypal(), '20');
    const batch = await batchWithdrawals(t.db, {
      method: 'paypal',
      withdrawalIds: [b.withdrawalId, a.withdrawalId],
      actorUserId: ops.id,
    });
    expect(batch).toMatchObject({ method: 'paypal', itemCount: 2, totalMinor: 3_234, status: 'created' });
    expect(await statusOf(t.db, a.withdrawalId)).toBe('in_batch');
    const items = await t.db.select().from(payoutBatchItems).where(eq(payoutBatchItems.batchId, batch.id));
    expect(items.map((i) => i.reference).sort()).toEqual(
      [a.withdrawalId, b.withdrawalId].map((id) => `W${id.replace(/-/g, '')}`).sort(),
    );
    expect(
      await rejection(
        batchWithdrawals(t.db, {
          method: 'paypal',
          withdrawalIds: [a.withdrawalId, b.withdrawalId],
          actorUserId: ops.id,
        }),
      ),
    ).toMatchObject({ code: 'conflict', message: 'payoutsAdmin.batches.errors.alreadyBatched' });
  });

  it('two staff members batching the same selection at once make one batch', async () => {
    const a = await approved(paypal(), '15');
    const b = await approved(paypal(), '16');
    const ids = [a.withdrawalId, b.withdrawalId];
    const results = await Promise.allSettled([
      batchWithdrawals(t.db, { method: 'paypal', withdrawalIds: ids, actorUserId: ops.id }),
      batchWithdrawals(t.db, { method: 'paypal', withdrawalIds: [...ids].reverse(), actorUserId: ops.id }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [{ n }] = (
      await t.db.execute<{ n: number }>(
        sql`select count(*)::int as n from payout_batch_items where withdrawal_id = any(${`{${ids.join(',')}}`}::uuid[])`,
      )
    ).rows as [{ n: number }];
    expect(n).toBe(2);
  });

  it('overlapping selections batched at once: one batch, one clear refusal, nothing half done', async () => {
    for (let round = 0; round < 5; round++) {
      const x = await approved(paypal(), '20');
      const y = await approved(paypal(), '21');
      const z = await approved(paypal(), '22');
      const selections = [
        [x.withdrawalId, y.withdrawalId],
        [z.withdrawalId, y.withdrawalId, x.withdrawalId],
      ];
      const results = await Promise.allSettled(
        selections.map((withdrawalIds) =>
          batchWithdrawals(t.db, { method: 'paypal', withdrawalIds, actorUserId: ops.id }),
        ),
      );
      const winner = results.findIndex((r) => r.status === 'fulfilled');
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect((results[1 - winner] as PromiseRejectedResult).reason).toMatchObject({
        code: 'conflict',
        message: 'payoutsAdmin.batches.errors.notApproved',
      });
      // Exactly the winning selection is batched, one item each; the rest is still approved.
      const all = [x, y, z].map((w) => w.withdrawalId);
      const items = await t.db.execute<{ withdrawal_id: string }>(
        sql`select withdrawal_id from payout_batch_items where withdrawal_id = any(${`{${all.join(',')}}`}::uuid[])`,
      );
      expect(items.rows.map((row) => row.withdrawal_id).sort()).toEqual([...selections[winner]!].sort());
      for (const id of all) {
        expect(await statusOf(t.db, id)).toBe(selections[winner]!.includes(id) ? 'in_batch' : 'approved');
      }
    }
  });

  it('refuses a withdrawal that is not approved or of another method', async () => {
    const a = await approved(paypal(), '15');
    expect(
      await rejection(
        batchWithdrawals(t.db, { method: 'sepa', withdrawalIds: [a.withdrawalId], actorUserId: ops.id }),
      ),
    ).toMatchObject({ message: 'payoutsAdmin.batches.errors.notApproved' });
    expect(await statusOf(t.db, a.withdrawalId)).toBe('approved');
  });
});

describe('SEPA', () => {
  it('streams a pain.001 file valid against the XSD, with accents, long names and exact sums', async () => {
    const long = `Zoë Ångström-Łukasiewicz de la Châtaigneraie ${'Très Longue '.repeat(6)}`;
    const a = await approved(
      { kind: 'sepa', holderName: 'Zoë Ångström', iban: 'FR7630006000011234567890189' },
      '10.01',
      100_000,
    );
    const b = await approved(
      { kind: 'sepa', holderName: long.slice(0, 70), iban: 'DE89370400440532013000' },
      '999.99',
      100_000,
    );
    const batch = await batchWithdrawals(t.db, {
      method: 'sepa',
      withdrawalIds: [a.withdrawalId, b.withdrawalId],
      actorUserId: ops.id,
    });
    const file = await exportSepaBatch(
      t.db,
      batch.id,
      {
        debtor,
        detailsKey: config.detailsKey,
        executionDate: '2026-12-01',
        now: new Date('2026-11-30T10:00:00Z'),
      },
      { actorUserId: ops.id },
    );
    const xml = await collect(file.chunks);
    expect(await validatePain001(xml)).toEqual({ valid: true, errors: [] });
    expect(xml).toContain('<CtrlSum>1010.00</CtrlSum>');
    expect(xml).toContain('<InstdAmt Ccy="EUR">10.01</InstdAmt>');
    expect(xml).toContain('<InstdAmt Ccy="EUR">999.99</InstdAmt>');
    expect(xml).toContain(`<EndToEndId>W${a.withdrawalId.replace(/-/g, '')}</EndToEndId>`);
    expect(xml).toContain('Zoe Angstrom');
    const [stored] = await t.db.select().from(payoutBatches).where(eq(payoutBatches.id, batch.id));
    expect(stored).toMatchObject({ status: 'exported', fileName: `${batch.idempotencyKey}.xml` });
  });

  it('pays an item (withdrawing → cash), then takes a bank return after it was paid', async () => {
    const { user, withdrawalId } = await approved(
      { kind: 'sepa', holderName: 'Jeanne Martin', iban: 'FR7630006000011234567890189' },
      '25',
      5_000,
    );
    const batch = await batchWithdrawals(t.db, {
      method: 'sepa',
      withdrawalIds: [withdrawalId],
      actorUserId: ops.id,
    });
    const cashBefore = (await platformBalances(t.db)).cash ?? 0;
    await settleBatchItem(
      t.db,
      { outcome: 'paid', withdrawalId, batchId: batch.id, actorUserId: ops.id },
      config,
    );
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 2_500, withdrawing: 0 });
    expect((await platformBalances(t.db)).cash).toBe(cashBefore - 2_500);
    const [settled] = await t.db.select().from(payoutBatches).where(eq(payoutBatches.id, batch.id));
    expect(settled!.status).toBe('settled');
    await settleBatchItem(
      t.db,
      {
        outcome: 'returned',
        reason: 'AC04 account closed',
        withdrawalId,
        batchId: batch.id,
        actorUserId: ops.id,
      },
      config,
    );
    expect(await memberBalances(t.db, user.id)).toMatchObject({ available: 5_000, withdrawing: 0 });
    expect((await platformBalances(t.db)).cash).toBe(cashBefore);
    const [mail] = await mailTo(t.db, user.email);
    expect(mail!.textBody).toContain('AC04 account closed');
    expect(
      await rejection(
        settleBatchItem(
          t.db,
          { outcome: 'returned', reason: 'again', withdrawalId, actorUserId: ops.id },
          config,
        ),
      ),
    ).toMatchObject({ code: 'conflict' });
  });
});

describe('PayPal', () => {
  it('writes the bulk CSV and marks a whole batch paid with receipts', async () => {
    const a = await approved(paypal('anne@example.com'), '12.50');
    const b = await approved(paypal('bob@example.com'), '30');
    const batch = await batchWithdrawals(t.db, {
      method: 'paypal',
      withdrawalIds: [a.withdrawalId, b.withdrawalId],
      actorUserId: ops.id,
    });
    const { csv } = await exportPaypalCsv(t.db, batch.id, config.detailsKey, { actorUserId: ops.id });
    expect(csv.trim().split(/\r?\n/).sort()).toEqual([
      expect.stringMatching(/^anne@example.com,12.50,EUR,U[0-9a-v]{26},/),
      expect.stringMatching(/^bob@example.com,30.00,EUR,/),
    ]);
    expect(await markBatchPaid(t.db, { batchId: batch.id, actorUserId: ops.id }, config)).toBe(2);
    expect(await memberBalances(t.db, a.user.id)).toMatchObject({ available: 98_750, withdrawing: 0 });
    const [receipt] = await mailTo(t.db, a.user.email);
    expect(receipt!.subject).toContain('12,50');
    const [stored] = await t.db.select().from(payoutBatches).where(eq(payoutBatches.id, batch.id));
    expect(stored!.status).toBe('settled');
  });

  it('sends a batch to the Payouts API (a local mock), then settles paid and failed items', async () => {
    const mock = await startPaypalPayoutsMock({ readsToComplete: 1 });
    try {
      const client = createPaypalClient({
        baseUrl: mock.baseUrl,
        clientId: mock.clientId,
        clientSecret: mock.clientSecret,
        sleep: async () => {},
      });
      const ok = await approved(paypal(`ok-${randomUUID().slice(0, 8)}@example.com`), '11');
      const bad = await approved(paypal(`failed-${randomUUID().slice(0, 8)}@example.com`), '12', 5_000);
      const batch = await batchWithdrawals(t.db, {
        method: 'paypal',
        withdrawalIds: [ok.withdrawalId, bad.withdrawalId],
        actorUserId: ops.id,
      });
      const sent = await submitPaypalBatch(
        t.db,
        { batchId: batch.id, actorUserId: ops.id },
        client,
        config.detailsKey,
      );
      // Sending again does not create a second PayPal batch.
      expect(
        await submitPaypalBatch(t.db, { batchId: batch.id, actorUserId: ops.id }, client, config.detailsKey),
      ).toEqual(sent);
      expect(mock.batches.size).toBe(1);
      const synced = await syncPaypalBatch(t.db, batch.id, client, config);
      expect(synced.pending).toBe(0);
      expect(await statusOf(t.db, ok.withdrawalId)).toBe('paid');
      expect(await statusOf(t.db, bad.withdrawalId)).toBe('returned');
      expect(await memberBalances(t.db, bad.user.id)).toMatchObject({ available: 5_000, withdrawing: 0 });
    } finally {
      await mock.close();
    }
  });
});

describe('charity and gift cards', () => {
  it('a donation is settled internally with a receipt', async () => {
    const charity = await insertCharity(t.db, { name: 'Les Restos' });
    const { user, withdrawalId } = await approved({ kind: 'charity', charityId: String(charity.id) }, '5');
    const batch = await batchWithdrawals(t.db, {
      method: 'charity',
      withdrawalIds: [withdrawalId],
      actorUserId: ops.id,
    });
    expect(await settleInternalBatch(t.db, { batchId: batch.id, actorUserId: ops.id }, config)).toBe(1);
    expect(await statusOf(t.db, withdrawalId)).toBe('paid');
    const [receipt] = await mailTo(t.db, user.email);
    expect(receipt!.textBody).toContain('Les Restos');
  });

  it('one code in stock, two withdrawals settled at once: exactly one gets it, the other waits', async () => {
    const brand = await insertGiftCardStock(t.db, [2_500], config.detailsKey!);
    const a = await approved({ kind: 'gift_card', giftCardBrandId: String(brand.id) }, '25');
    const b = await approved({ kind: 'gift_card', giftCardBrandId: String(brand.id) }, '25');
    const batchA = await batchWithdrawals(t.db, {
      method: 'gift_card',
      withdrawalIds: [a.withdrawalId],
      actorUserId: ops.id,
    });
    const batchB = await batchWithdrawals(t.db, {
      method: 'gift_card',
      withdrawalIds: [b.withdrawalId],
      actorUserId: ops.id,
    });
    const results = await Promise.allSettled([
      settleInternalBatch(t.db, { batchId: batchA.id, actorUserId: ops.id }, config),
      settleInternalBatch(t.db, { batchId: batchB.id, actorUserId: ops.id }, config),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const assigned = await t.db.select().from(giftCards).where(eq(giftCards.brandId, brand.id));
    expect(assigned).toHaveLength(1);
    const winner = assigned[0]!.withdrawalId === a.withdrawalId ? a : b;
    const loser = winner === a ? b : a;
    expect(await statusOf(t.db, winner.withdrawalId)).toBe('paid');
    expect(await statusOf(t.db, loser.withdrawalId)).toBe('in_batch');
    const [mail] = await mailTo(t.db, winner.user.email);
    expect(mail!.textBody).toMatch(/CODE-[0-9a-f-]{36}/);
  });
});

describe('selection for automation', () => {
  it('lists approved withdrawals of a method, oldest first', async () => {
    const a = await approved(paypal(), '10');
    const ids = await approvedWithdrawalIds(t.db, 'paypal', 1_000);
    expect(ids).toContain(a.withdrawalId);
    expect(await approvedWithdrawalIds(t.db, 'gift_card', 1_000)).not.toContain(a.withdrawalId);
  });
});
