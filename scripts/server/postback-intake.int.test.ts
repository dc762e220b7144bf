import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversions, inboxEvents } from '@/db/schema';
import { addToyAccount, TOY_ADAPTERS, type ToyAccount } from '@/tests/helpers/ingestion-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { startPostbackIntake } from './postback-intake';

// A server starting after a kill: what the previous run stored and answered
// but never applied is applied at start-up, without anyone replaying it.

let t: TestDb;
let account: ToyAccount;

beforeAll(async () => {
  t = await createTestDb();
  account = await addToyAccount(t.db);
});
afterAll(async () => {
  await t.close();
});

describe('startPostbackIntake', () => {
  it('applies at start-up the rows a killed server left received', async () => {
    const [left] = await t.db
      .insert(inboxEvents)
      .values({
        networkCode: 'toynet',
        networkAccountId: account.id,
        channel: 'postback',
        method: 'GET',
        path: '/api/postbacks/toynet/<token>',
        query: { id: 'K1', commission: '777' },
        headers: {},
        payloadHash: 'b'.repeat(64),
        receivedAt: sql`now() - interval '1 second'`,
      })
      .returning({ id: inboxEvents.id });
    const lines: string[] = [];
    const server = startPostbackIntake(t.db, { adapters: TOY_ADAPTERS, log: (line) => lines.push(line) });
    await server.stop(10_000);

    const [row] = await t.db.select().from(inboxEvents).where(eq(inboxEvents.id, left!.id));
    expect(row!.status).toBe('processed');
    const [conversion] = await t.db.select().from(conversions);
    expect(conversion).toMatchObject({ networkConversionId: 'K1', commissionMinor: 777 });
    expect(lines).toEqual([
      '[server] inbox sweep of stored, unapplied postbacks: 1 applied, 0 unreadable, 0 failed',
    ]);
  });
});
