import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { conversions, inboxEvents } from '@/db/schema';
import { resolvePostbackAccount } from '@/lib/networks/network-accounts';
import { addToyAccount, TOY_ADAPTERS, type ToyAccount, toyAdapter } from '@/tests/helpers/ingestion-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { processInboxEvent } from './process-inbox';
import { processStuckInbox } from './process-stuck-inbox';
import { type PostbackIntake, receivePostback } from './receive-postback';

// The sweep on a real database: postbacks a killed server stored and answered
// 200 but never applied are applied; fresh rows, read rows and rows that
// already failed once are left alone; applying twice changes nothing.

let t: TestDb;
let account: ToyAccount;

beforeAll(async () => {
  t = await createTestDb();
  account = await addToyAccount(t.db);
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.execute(
    sql`truncate conversion_changes, conversion_status_changes, conversion_lines, conversion_events, conversions, inbox_events restart identity cascade`,
  );
});

/** What a server killed after storing, before applying, leaves: the row stored, nothing applied (the sender got no 200 or, with a full queue, a 200 with the row queued). */
const killedBeforeApplying: PostbackIntake = {
  resolveAccount: resolvePostbackAccount,
  store: async (row) => (await t.db.insert(inboxEvents).values(row).returning({ id: inboxEvents.id }))[0]!.id,
  process: async () => 'queued',
};

async function storeOnly(query: Record<string, string>): Promise<number> {
  const answer = await receivePostback(
    t.db,
    {
      networkCode: account.networkCode,
      token: account.token,
      method: 'GET',
      path: `/api/postbacks/${account.networkCode}/${account.token}`,
      query,
      headers: {},
      body: '',
      sourceIp: '198.51.100.7',
    },
    { adapters: TOY_ADAPTERS, intake: killedBeforeApplying },
  );
  if (answer.status !== 200) throw new Error(`refused: ${answer.status}`);
  expect(answer.processed).toBe('queued');
  return answer.inboxEventId;
}

const row = async (id: number) => (await t.db.select().from(inboxEvents).where(eq(inboxEvents.id, id)))[0]!;
const inAMinute = () => new Date(Date.now() + 60_000);

describe('processStuckInbox', () => {
  it('applies what a killed server stored but never applied, oldest first', async () => {
    const first = await storeOnly({ id: 'S1', commission: '120' });
    const second = await storeOnly({ id: 'S2', commission: '80' });
    const unreadable = await storeOnly({ nonsense: '1' });
    expect((await row(first)).status).toBe('received');

    const report = await processStuckInbox(t.db, { adapters: TOY_ADAPTERS, receivedBefore: inAMinute() });
    expect(report).toEqual({ claimed: 3, processed: 2, parseErrors: 1, failed: 0 });
    expect((await row(first)).status).toBe('processed');
    expect((await row(second)).status).toBe('processed');
    expect((await row(unreadable)).status).toBe('parse_error');
    const applied = await t.db.select().from(conversions).orderBy(conversions.networkConversionId);
    expect(applied.map((c) => [c.networkConversionId, c.commissionMinor])).toEqual([
      ['S1', 120],
      ['S2', 80],
    ]);
  });

  it('leaves rows received after the cut-off: a live server is still on them', async () => {
    const id = await storeOnly({ id: 'Y1', commission: '10' });
    const report = await processStuckInbox(t.db, {
      adapters: TOY_ADAPTERS,
      receivedBefore: new Date(Date.now() - 60_000),
    });
    expect(report.claimed).toBe(0);
    expect((await row(id)).status).toBe('received');
  });

  it('a row applied meanwhile by its own server, or a repeat of an applied one, changes nothing', async () => {
    const id = await storeOnly({ id: 'D1', commission: '300' });
    const repeat = await storeOnly({ id: 'D1', commission: '300' });
    await processInboxEvent(t.db, id, {
      adapters: TOY_ADAPTERS,
      account: { network: 'toynet', publisherId: 'p1', defaultCurrency: 'EUR' },
    });
    const processedAt = (await row(id)).processedAt;

    const sweeps = await Promise.all([
      processStuckInbox(t.db, { adapters: TOY_ADAPTERS, receivedBefore: inAMinute(), concurrency: 2 }),
      processStuckInbox(t.db, { adapters: TOY_ADAPTERS, receivedBefore: inAMinute(), concurrency: 2 }),
    ]);
    // Each sweep claims the repeat when it reads before the other has applied it: either way, once.
    expect(sweeps.reduce((sum, s) => sum + s.processed, 0)).toBeGreaterThanOrEqual(1);
    expect(sweeps.every((s) => s.failed === 0 && s.claimed <= 1)).toBe(true);
    expect((await row(id)).processedAt).toEqual(processedAt);
    expect((await row(repeat)).status).toBe('processed');
    const [conversion, ...others] = await t.db.select().from(conversions);
    expect(others).toEqual([]);
    expect(conversion!.commissionMinor).toBe(300);
  });

  it('a row that fails keeps its error for ops and is not swept again', async () => {
    // A currency the database refuses: applying throws after the row was stored.
    const broken = {
      toynet: (raw: Parameters<typeof toyAdapter>[0], acc: Parameters<typeof toyAdapter>[1]) => {
        const result = toyAdapter(raw, acc);
        const [event] = result.events;
        if (event?.amounts.kind !== 'totals') return result;
        const commission = { ...event.amounts.commission, currency: 'eur' };
        return { ...result, events: [{ ...event, amounts: { ...event.amounts, commission } }] };
      },
    };
    const id = await storeOnly({ id: 'F1', commission: '50' });
    const first = await processStuckInbox(t.db, { adapters: broken, receivedBefore: inAMinute() });
    expect(first).toEqual({ claimed: 1, processed: 0, parseErrors: 0, failed: 1 });
    const failed = await row(id);
    expect(failed.status).toBe('received');
    expect(failed.error).toMatch(/^processing failed: /);
    expect(await t.db.select().from(conversions)).toEqual([]);

    const again = await processStuckInbox(t.db, { adapters: TOY_ADAPTERS, receivedBefore: inAMinute() });
    expect(again.claimed).toBe(0);
  });
});
