import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payoutBatches, withdrawals } from '@/db/schema';
import { parseEnv } from '@/lib/env';
import { assertLedgerInvariants } from '@/lib/ledger/check-invariants';
import { validatePain001 } from '@/lib/payouts/sepa/testing/validate-pain001';
import { confirmWithdrawal } from '@/lib/withdrawals/confirm-withdrawal';
import { requestWithdrawal } from '@/lib/withdrawals/request-withdrawal';
import { reviewWithdrawal } from '@/lib/withdrawals/review-withdrawal';
import { type PayoutMethodInput, savePayoutMethod } from '@/lib/withdrawals/save-payout-method';
import { verifyPayoutMethod } from '@/lib/withdrawals/verify-payout-method';
import { withdrawalsConfig } from '@/lib/withdrawals/withdrawals-config';
import { makeUser } from '@/tests/helpers/accounts';
import { memberBalances } from '@/tests/helpers/ledger-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { credit, formKeyFor, lastLinkToken, withdrawalTestConfig } from '@/tests/helpers/withdrawal-fixtures';
import { commands, UsageError } from './commands';

// payouts:batch, payouts:export and payouts:mark-paid on a real database,
// with the payout key the CLI itself reads from the environment.

const config = {
  ...withdrawalTestConfig,
  detailsKey: withdrawalsConfig(parseEnv({ ...process.env, DATABASE_URL: 'postgres://unused' })).detailsKey,
};
const review = { appUrl: config.appUrl, delivery: config.delivery, secondApprovalFromMinor: 1_000_000 };

let t: TestDb;
let ops: { id: string };
beforeAll(async () => {
  t = await createTestDb();
  ops = await makeUser(t.db, { role: 'ops' });
  process.env.SEPA_DEBTOR_NAME = 'Ristourne SAS';
  process.env.SEPA_DEBTOR_IBAN = 'FR1420041010050500013M02606';
});
afterAll(async () => {
  delete process.env.SEPA_DEBTOR_NAME;
  delete process.env.SEPA_DEBTOR_IBAN;
  await t.close();
});

async function approved(method: PayoutMethodInput, amount: string) {
  const user = await makeUser(t.db);
  await credit(t.db, user.id, 10_000);
  const { methodId } = await savePayoutMethod(t.db, { userId: user.id, method }, config);
  await verifyPayoutMethod(t.db, { userId: user.id, token: await lastLinkToken(t.db, user.email) });
  const { withdrawal } = await requestWithdrawal(
    t.db,
    { userId: user.id, payoutMethodId: methodId, amount, formKey: formKeyFor(user.id) },
    config,
  );
  await confirmWithdrawal(t.db, { userId: user.id, token: await lastLinkToken(t.db, user.email) }, config);
  await reviewWithdrawal(
    t.db,
    { withdrawalId: withdrawal.id, actorUserId: ops.id, decision: 'approve' },
    review,
  );
  return { user, withdrawalId: withdrawal.id };
}

async function run(name: string, args: string[], flags: Record<string, string | true> = {}) {
  const lines: string[] = [];
  await commands[name]!.run({
    url: t.url,
    args,
    flags: new Map(Object.entries(flags)),
    log: (m) => lines.push(m),
  });
  return lines;
}

describe('payouts CLI', () => {
  it('batches approved SEPA withdrawals, exports a valid file, marks the batch paid', async () => {
    const a = await approved(
      { kind: 'sepa', holderName: 'Élodie Durand', iban: 'FR7630006000011234567890189' },
      '12.34',
    );
    const b = await approved(
      { kind: 'sepa', holderName: 'Jürgen Weiß', iban: 'DE89370400440532013000' },
      '50',
    );
    const [line] = await run('payouts:batch', [], { method: 'sepa', limit: '2' });
    const match = /^batch (\d+) (sepa-[0-9A-Z]{26}): 2 withdrawals, 6234 EUR minor units$/.exec(line!);
    expect(match).not.toBeNull();
    const batchId = match![1]!;

    const out = path.join(tmpdir(), `payouts-${batchId}-${process.pid}.xml`);
    await run('payouts:export', [batchId], { out });
    const xml = await readFile(out, 'utf8');
    expect(await validatePain001(xml)).toEqual({ valid: true, errors: [] });
    expect(xml).toContain('<NbOfTxs>2</NbOfTxs>');
    expect(xml).toContain('<CtrlSum>62.34</CtrlSum>');
    expect(xml).toContain('Elodie Durand');

    expect(await run('payouts:mark-paid', [batchId])).toEqual([
      `batch ${batchId}: 2 withdrawals marked paid`,
    ]);
    const rows = await t.db
      .select({ status: withdrawals.status })
      .from(withdrawals)
      .where(eq(withdrawals.batchId, Number(batchId)));
    expect(rows.map((r) => r.status)).toEqual(['paid', 'paid']);
    expect(await memberBalances(t.db, a.user.id)).toMatchObject({ available: 8_766, withdrawing: 0 });
    expect(await memberBalances(t.db, b.user.id)).toMatchObject({ available: 5_000, withdrawing: 0 });
    const [batch] = await t.db
      .select()
      .from(payoutBatches)
      .where(eq(payoutBatches.id, Number(batchId)));
    expect(batch!.status).toBe('settled');
    await assertLedgerInvariants(t.db);
  });

  it('exports a PayPal batch as the bulk CSV; nothing to batch is said so', async () => {
    await approved({ kind: 'paypal', email: 'cli@example.com' }, '20');
    const [line] = await run('payouts:batch', [], { method: 'paypal' });
    const batchId = /^batch (\d+) /.exec(line!)![1]!;
    const out = path.join(tmpdir(), `payouts-${batchId}-${process.pid}.csv`);
    await run('payouts:export', [batchId], { out });
    expect(await readFile(out, 'utf8')).toMatch(/^cli@example.com,20.00,EUR,U[0-9a-v]{26},/);
    expect(await run('payouts:batch', [], { method: 'paypal' })).toEqual([
      'no approved paypal withdrawal to batch',
    ]);
  });

  it('refuses bad arguments', async () => {
    await expect(run('payouts:batch', [], { method: 'cash' })).rejects.toBeInstanceOf(UsageError);
    await expect(run('payouts:batch', [], { method: 'sepa', limit: '0' })).rejects.toBeInstanceOf(UsageError);
    await expect(run('payouts:export', ['abc'])).rejects.toBeInstanceOf(UsageError);
    await expect(run('payouts:mark-paid', ['999999'])).rejects.toBeInstanceOf(UsageError);
  });
});
