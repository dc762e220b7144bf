import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postEntry } from '@/lib/ledger/post-entry';
import { makeUser } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { commands } from './commands';
import { LedgerBroken } from './ledger-commands';

// `ledger:check` on a real database: all green on a sound ledger, and a
// tampered cached balance is found, named and fails the command.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

async function check() {
  const lines: string[] = [];
  const outcome = await commands['ledger:check']!.run({
    url: t.url,
    args: [],
    flags: new Map(),
    log: (m) => lines.push(m),
  }).then(
    () => 'ok',
    (error: unknown) => (error instanceof LedgerBroken ? 'broken' : String(error)),
  );
  return { outcome, lines };
}

describe('ledger:check', () => {
  it('passes on a sound ledger, then names the invariant a tampered balance breaks', async () => {
    const member = await makeUser(t.db);
    await postEntry(t.db, {
      sourceType: 'bonus',
      sourceKey: `welcome-${member.id}`,
      kind: 'bonus',
      userId: member.id,
      lines: [
        { account: { kind: 'marketing_expense', currency: 'EUR' }, amountMinor: 500 },
        { account: { kind: 'member_available', currency: 'EUR', userId: member.id }, amountMinor: -500 },
      ],
    });
    const sound = await check();
    expect(sound.outcome).toBe('ok');
    expect(sound.lines.at(-1)).toMatch(/^(\d+)\/\1 invariants hold/);

    await t.db.execute(
      sql`update ledger_accounts set balance_minor = balance_minor - 1 where kind = 'marketing_expense'`,
    );
    const tampered = await check();
    expect(tampered.outcome).toBe('broken');
    expect(tampered.lines.find((line) => line.startsWith('FAIL'))).toMatch(/cached-balances/);
  });
});
