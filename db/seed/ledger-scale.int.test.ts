import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '@/db/seed';
import { checkLedgerInvariants } from '@/lib/ledger/check-invariants';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { seedLedgerScale } from './ledger-scale';

// The bench's bulk ledger at a small scale: the shape it writes must pass
// every invariant the posting code keeps, or the bench would measure data no
// real ledger could hold.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDatabase(t.db, { scale: 'demo', log: () => {} });
}, 300_000);
afterAll(async () => {
  await t.close();
});

describe('seedLedgerScale', () => {
  it('writes the posting shape: every invariant holds and the heavy member has their lines', async () => {
    const summary = await seedLedgerScale(t.pool, { members: 50, lines: 3_500, heavyMemberLines: 300 });
    expect(summary.purchases).toBe(500);
    const results = await checkLedgerInvariants(t.db);
    expect(results.filter((r) => r.violations > 0)).toEqual([]);
    const heavy = await t.db.execute<{ n: string }>(sql`
      select count(*) as n from ledger_lines l join ledger_accounts a on a.id = l.account_id
      where a.user_id = ${summary.heavyMemberId}`);
    // Three of a purchase's seven lines are the member's: 100 purchases.
    expect(Number(heavy.rows[0]!.n)).toBe(300);
    expect(summary.lines).toBe(500 * 7);
  });
});
