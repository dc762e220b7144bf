import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDecimalString } from '@/lib/money';
import { validatePain001 } from '@/lib/payouts/sepa/testing/validate-pain001';
import { approvedWithdrawalIds, batchWithdrawals } from '@/lib/withdrawals/batch-withdrawals';
import { exportSepaBatch } from '@/lib/withdrawals/export-payout-batch';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { withdrawalTestConfig } from '@/tests/helpers/withdrawal-fixtures';
import { seedApprovedSepa } from './payouts-seed';

// bench:payouts' path at a reduced size: the bulk-made withdrawals (IBANs
// from SQL, details sealed like a member's) batched and streamed into a
// pain.001 file that the official XSD accepts, with the batch's sums.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

describe('bench:payouts at 300 withdrawals', () => {
  it('produces a streamed file valid against the XSD', async () => {
    const key = withdrawalTestConfig.detailsKey!;
    await seedApprovedSepa(t.pool, 300, key);
    const ids = await approvedWithdrawalIds(t.db, 'sepa', 1_000);
    expect(ids).toHaveLength(300);
    const batch = await batchWithdrawals(t.db, { method: 'sepa', withdrawalIds: ids, actorUserId: null });
    const file = await exportSepaBatch(
      t.db,
      batch.id,
      { debtor: { name: 'Ristourne SAS', iban: 'FR1420041010050500013M02606', bic: null }, detailsKey: key },
      { actorUserId: null },
    );
    let xml = '';
    for await (const chunk of file.chunks) xml += chunk;
    expect(await validatePain001(xml)).toEqual({ valid: true, errors: [] });
    expect(xml).toContain('<NbOfTxs>300</NbOfTxs>');
    expect(xml).toContain(`<CtrlSum>${toDecimalString(batch.totalMinor, 2)}</CtrlSum>`);
    expect(xml.match(/<CdtTrfTxInf>/g)).toHaveLength(300);
  });
});
