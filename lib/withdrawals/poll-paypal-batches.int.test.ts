import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { withdrawals } from '@/db/schema';
import { assertLedgerInvariants } from '@/lib/ledger/check-invariants';
import { createPaypalClient, type PaypalClient } from '@/lib/payouts/paypal/paypal-client';
import { makeUser } from '@/tests/helpers/accounts';
import { approvedWithdrawal } from '@/tests/helpers/approved-withdrawal';
import { memberBalances } from '@/tests/helpers/ledger-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { withdrawalTestConfig as config } from '@/tests/helpers/withdrawal-fixtures';
import { type PaypalPayoutsMock, startPaypalPayoutsMock } from '@/tests/mock-networks/paypal-payouts';
import { batchWithdrawals } from './batch-withdrawals';
import { pollPaypalBatches } from './poll-paypal-batches';
import { submitPaypalBatch } from './submit-paypal-batch';

// The worker's PayPal job on real Postgres against the local Payouts mock:
// a sent batch is read until PayPal has finished with it (no more often than
// every five minutes), an unclaimed payment waits, a payment PayPal gives
// back after it was paid returns the money; two workers never read one batch
// at once. Ledger invariants after each test.

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let t: TestDb;
let ops: { id: string };
let mock: PaypalPayoutsMock;
let client: PaypalClient;
beforeAll(async () => {
  t = await createTestDb();
  ops = await makeUser(t.db, { role: 'ops' });
  mock = await startPaypalPayoutsMock({ readsToComplete: 2 });
  client = createPaypalClient({
    baseUrl: mock.baseUrl,
    clientId: mock.clientId,
    clientSecret: mock.clientSecret,
    sleep: async () => {},
  });
});
afterAll(async () => {
  await mock.close();
  await t.close();
});
afterEach(async () => {
  await assertLedgerInvariants(t.db);
  // Each test reads only its own batches.
  await t.db.execute(
    sql`update payout_batches set provider_batch_id = null, status = 'failed' where method = 'paypal'`,
  );
});

const statusOf = async (id: string) =>
  (await t.db.select({ s: withdrawals.status }).from(withdrawals).where(eq(withdrawals.id, id)))[0]!.s;

async function sentBatch(mailbox: string, amount = '15') {
  const w = await approvedWithdrawal(
    t.db,
    ops,
    { kind: 'paypal', email: `${mailbox}-${randomUUID().slice(0, 8)}@example.com` },
    amount,
  );
  const batch = await batchWithdrawals(t.db, {
    method: 'paypal',
    withdrawalIds: [w.withdrawalId],
    actorUserId: ops.id,
  });
  await submitPaypalBatch(t.db, { batchId: batch.id, actorUserId: ops.id }, client, config.detailsKey);
  return { ...w, batchId: batch.id };
}

const mockItem = () => [...mock.batches.values()].at(-1)!.items[0]!;

describe('polling PayPal batches', () => {
  it('reads a sent batch until it is settled, at most every five minutes', async () => {
    const sent = await sentBatch('ok');
    // Just sent: not due yet.
    expect(await pollPaypalBatches(t.db, client, config)).toMatchObject({ read: 0 });
    const later = (ms: number) => new Date(Date.now() + ms);
    // First read: PayPal is processing it.
    expect(await pollPaypalBatches(t.db, client, config, { now: later(6 * MINUTE) })).toEqual({
      read: 1,
      settled: 0,
      failed: 0,
      errors: [],
    });
    expect(await statusOf(sent.withdrawalId)).toBe('in_batch');
    // Read a minute later it is not due again; five minutes after, it is, and done.
    expect(await pollPaypalBatches(t.db, client, config, { now: later(7 * MINUTE) })).toMatchObject({
      read: 0,
    });
    expect(await pollPaypalBatches(t.db, client, config, { now: later(12 * MINUTE) })).toMatchObject({
      read: 1,
      settled: 1,
    });
    expect(await statusOf(sent.withdrawalId)).toBe('paid');
    expect(await memberBalances(t.db, sent.user.id)).toMatchObject({ available: 98_500, withdrawing: 0 });
    // Settled: read again only a day later (a payment can still come back).
    expect(await pollPaypalBatches(t.db, client, config, { now: later(20 * MINUTE) })).toMatchObject({
      read: 0,
    });
  });

  it('an unclaimed payment waits; a payment given back after it was paid returns the money', async () => {
    const unclaimed = await sentBatch('unclaimed', '20');
    const later = (ms: number) => new Date(Date.now() + ms);
    await pollPaypalBatches(t.db, client, config, { now: later(6 * MINUTE) });
    await pollPaypalBatches(t.db, client, config, { now: later(12 * MINUTE) });
    expect(mockItem().transaction_status).toBe('UNCLAIMED');
    expect(await statusOf(unclaimed.withdrawalId)).toBe('in_batch');
    // Thirty days on, PayPal gives the unclaimed payment back.
    mockItem().final_status = 'RETURNED';
    expect(await pollPaypalBatches(t.db, client, config, { now: later(18 * MINUTE) })).toMatchObject({
      read: 1,
      settled: 1,
    });
    expect(await statusOf(unclaimed.withdrawalId)).toBe('returned');
    expect(await memberBalances(t.db, unclaimed.user.id)).toMatchObject({
      available: 100_000,
      withdrawing: 0,
    });

    const refunded = await sentBatch('ok', '30');
    await pollPaypalBatches(t.db, client, config, { now: later(6 * MINUTE) });
    await pollPaypalBatches(t.db, client, config, { now: later(12 * MINUTE) });
    expect(await statusOf(refunded.withdrawalId)).toBe('paid');
    mockItem().final_status = 'REFUNDED';
    // Not before a day has passed; then the refund is taken back into the balance.
    expect(await pollPaypalBatches(t.db, client, config, { now: later(2 * 60 * MINUTE) })).toMatchObject({
      read: 0,
    });
    // (the unclaimed batch returned above is settled too, and is read again with it).
    expect(await pollPaypalBatches(t.db, client, config, { now: later(2 * DAY) })).toMatchObject({ read: 2 });
    expect(await statusOf(refunded.withdrawalId)).toBe('returned');
    expect(await memberBalances(t.db, refunded.user.id)).toMatchObject({
      available: 100_000,
      withdrawing: 0,
    });
    // Past the return window a settled batch is left alone.
    expect(await pollPaypalBatches(t.db, client, config, { now: later(40 * DAY) })).toMatchObject({
      read: 0,
    });
  });

  it('two workers polling at once read each batch once; a batch PayPal does not know is reported, not fatal', async () => {
    const a = await sentBatch('ok', '11');
    const b = await sentBatch('ok', '12');
    const lost = await sentBatch('ok', '13');
    await t.db.execute(
      sql`update payout_batches set provider_batch_id = 'NOSUCHBATCH' where id = ${lost.batchId}`,
    );
    const now = new Date(Date.now() + 6 * MINUTE);
    const reads = mock.requests.filter((r) => r.route === 'get').length;
    const [one, two] = await Promise.all([
      pollPaypalBatches(t.db, client, config, { now }),
      pollPaypalBatches(t.db, client, config, { now }),
    ]);
    expect(one.read + two.read).toBe(2);
    expect(one.failed + two.failed).toBe(1);
    expect([...one.errors, ...two.errors]).toEqual([
      expect.stringMatching(new RegExp(`^batch ${lost.batchId}: `)),
    ]);
    // Each batch read once (a read pages, so count batches, not requests: one page each here).
    expect(mock.requests.filter((r) => r.route === 'get').length - reads).toBe(3);
    expect(await statusOf(a.withdrawalId)).toBe('in_batch');
    expect(await statusOf(b.withdrawalId)).toBe('in_batch');
  });
});
