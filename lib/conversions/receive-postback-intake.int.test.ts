import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { conversions, inboxEvents } from '@/db/schema';
import { rotatePostbackToken } from '@/lib/networks/network-accounts';
import { addToyAccount, TOY_ADAPTERS, type ToyAccount, toyAdapter } from '@/tests/helpers/ingestion-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { processStuckInbox } from './process-stuck-inbox';
import { type IncomingPostback, receivePostback } from './receive-postback';
import { createPostbackIntake } from './receive-postback-intake';

// The production intake on a real database: rows committed in groups before
// their 200, applied afterwards (beyond the queue: by the sweep), duplicates once; one row the database
// refuses fails alone; accounts remembered, refusals not.

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

const postback = (query: Record<string, string>, token = account.token): IncomingPostback => ({
  networkCode: account.networkCode,
  token,
  method: 'GET',
  path: `/api/postbacks/${account.networkCode}/${token}`,
  query,
  headers: { 'x-request-id': query.id ?? 'none' },
  body: '',
  sourceIp: '198.51.100.7',
});

describe('createPostbackIntake', () => {
  it('stores 50 postbacks in fewer commits than rows, each durable before its answer, then applies them', async () => {
    const batches: number[] = [];
    const intake = createPostbackIntake(t.db, { adapters: TOY_ADAPTERS, onBatch: (n) => batches.push(n) });
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        receivePostback(t.db, postback({ id: `G${i}`, commission: String(100 + i) }), {
          adapters: TOY_ADAPTERS,
          intake,
        }).then(async (answer) => {
          // Answered: the row is committed, whatever happens to this process next.
          if (answer.status !== 200) throw new Error(String(answer.status));
          const [stored] = await t.db
            .select()
            .from(inboxEvents)
            .where(eq(inboxEvents.id, answer.inboxEventId));
          return { answer, stored };
        }),
      ),
    );
    expect(answers.every(({ answer, stored }) => answer.status === 200 && stored !== undefined)).toBe(true);
    expect(answers.every(({ answer }) => answer.status === 200 && answer.processed === 'queued')).toBe(true);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(50);
    expect(batches.length).toBeLessThan(50);

    await intake.idle();
    expect(intake.stats()).toMatchObject({ stored: 50, processed: 50, failed: 0, queued: 0 });
    const rows = await t.db.select().from(inboxEvents);
    expect(rows.every((row) => row.status === 'processed')).toBe(true);
    const applied = await t.db.select().from(conversions);
    expect(applied).toHaveLength(50);
    expect(applied.find((c) => c.networkConversionId === 'G7')?.commissionMinor).toBe(107);
  });

  it('process() resolves once the row is applied', async () => {
    const intake = createPostbackIntake(t.db, { adapters: TOY_ADAPTERS });
    const id = await intake.store({
      networkCode: 'toynet',
      networkAccountId: account.id,
      channel: 'postback',
      method: 'GET',
      path: '/api/postbacks/toynet/<token>',
      query: { id: 'P1', commission: '250' },
      headers: {},
      body: '',
      payloadHash: 'b'.repeat(64),
    });
    expect(
      await intake.process(id, {
        network: 'toynet',
        publisherId: 'p1',
        defaultCurrency: 'EUR',
      }),
    ).toBe('processed');
    const [conversion] = await t.db
      .select()
      .from(conversions)
      .where(eq(conversions.networkConversionId, 'P1'));
    expect(conversion?.commissionMinor).toBe(250);
  });

  it('rows beyond the queue are left to the sweep, never lost', async () => {
    const intake = createPostbackIntake(t.db, { adapters: TOY_ADAPTERS, processConcurrency: 1, queueMax: 2 });
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        receivePostback(t.db, postback({ id: `F${i}`, commission: '5' }), { adapters: TOY_ADAPTERS, intake }),
      ),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    await intake.idle();
    const { processed, dropped } = intake.stats();
    expect(processed).toBeGreaterThan(0);
    expect(dropped).toBeGreaterThan(0);
    expect(processed + dropped).toBe(12);
    // Every postback is in the inbox; those the queue could not take wait, received, for the sweep.
    const rows = await t.db.select({ status: inboxEvents.status }).from(inboxEvents);
    expect(rows).toHaveLength(12);
    expect(rows.filter((row) => row.status === 'received')).toHaveLength(dropped);
    const swept = await processStuckInbox(t.db, {
      adapters: TOY_ADAPTERS,
      receivedBefore: new Date(Date.now() + 1_000),
    });
    expect(swept.processed).toBe(dropped);
    expect(await t.db.select().from(conversions)).toHaveLength(12);
  });

  it('the same postback 20 times at once: 20 inbox rows, one conversion', async () => {
    const intake = createPostbackIntake(t.db, { adapters: TOY_ADAPTERS });
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        receivePostback(t.db, postback({ id: 'T1', commission: '423' }), { adapters: TOY_ADAPTERS, intake }),
      ),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    await intake.idle();
    expect(await t.db.select().from(inboxEvents)).toHaveLength(20);
    const [conversion, ...others] = await t.db.select().from(conversions);
    expect(others).toEqual([]);
    expect(conversion!.commissionMinor).toBe(423);
  });

  it('a row the database refuses fails alone; the rest of its batch is stored', async () => {
    const intake = createPostbackIntake(t.db, { adapters: TOY_ADAPTERS, maxInFlight: 1 });
    const row = (id: string, body = '') => ({
      networkCode: 'toynet',
      networkAccountId: account.id,
      channel: 'postback' as const,
      method: 'GET',
      path: '/api/postbacks/toynet/<token>',
      query: { id, commission: '1' },
      headers: {},
      body,
      payloadHash: 'a'.repeat(64),
    });
    // Past the inbox's 1 MiB body check: the edge refuses such bodies with 413 long before.
    const results = await Promise.allSettled([
      intake.store(row('B1')),
      intake.store(row('B2', 'x'.repeat(1_100_000))),
      intake.store(row('B3')),
      intake.store(row('B4')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const stored = await t.db.select({ query: inboxEvents.query }).from(inboxEvents);
    expect(stored.map((r) => r.query!.id).sort()).toEqual(['B1', 'B3', 'B4']);
    await intake.idle();
    expect(intake.stats().stored).toBe(3);
  });

  it('a row that cannot be applied stays received, with its error; the others are applied', async () => {
    const broken = {
      toynet: (raw: Parameters<typeof toyAdapter>[0], acc: Parameters<typeof toyAdapter>[1]) => {
        const result = toyAdapter(raw, acc);
        const [event] = result.events;
        if (raw.query.id !== 'X2' || !event || event.amounts.kind !== 'totals') return result;
        // A currency the database refuses: applying throws.
        const commission = { ...event.amounts.commission, currency: 'eur' };
        return { ...result, events: [{ ...event, amounts: { ...event.amounts, commission } }] };
      },
    };
    const intake = createPostbackIntake(t.db, { adapters: broken });
    const ids: number[] = [];
    for (const id of ['X1', 'X2', 'X3']) {
      const answer = await receivePostback(t.db, postback({ id, commission: '5' }), {
        adapters: broken,
        intake,
      });
      if (answer.status !== 200) throw new Error(String(answer.status));
      ids.push(answer.inboxEventId);
    }
    await intake.idle();
    expect(intake.stats()).toMatchObject({ processed: 2, failed: 1 });
    const rows = await t.db.select().from(inboxEvents).orderBy(inboxEvents.id);
    expect(rows.map((r) => r.status)).toEqual(['processed', 'received', 'processed']);
    expect(rows[1]!.error).toMatch(/^processing failed: /);
    expect((await t.db.select().from(conversions)).map((c) => c.networkConversionId).sort()).toEqual([
      'X1',
      'X3',
    ]);
  });

  it('remembers an account for its TTL; a refused token is looked up every time', async () => {
    const intake = createPostbackIntake(t.db, { adapters: TOY_ADAPTERS, accountTtlMs: 60_000 });
    const fresh = await addToyAccount(t.db, 'toynet', 'p-ttl');
    const send = (token: string) =>
      receivePostback(
        t.db,
        { ...postback({ id: 'C1', commission: '1' }, token), networkCode: 'toynet' },
        { adapters: TOY_ADAPTERS, intake, log: () => {} },
      );
    expect((await send(fresh.token)).status).toBe(200);
    // Rotated out with no grace: still accepted while remembered…
    const { postbackToken } = await rotatePostbackToken(t.db, { networkAccountId: fresh.id, graceHours: 0 });
    expect((await send(fresh.token)).status).toBe(200);
    // …and the new token works at once, since nothing refused is remembered.
    expect((await send(postbackToken)).status).toBe(200);
    expect((await send('B'.repeat(43))).status).toBe(401);

    const expired = createPostbackIntake(t.db, { adapters: TOY_ADAPTERS, accountTtlMs: 0 });
    const answer = await receivePostback(
      t.db,
      { ...postback({ id: 'C2', commission: '1' }, fresh.token) },
      { adapters: TOY_ADAPTERS, intake: expired, log: () => {} },
    );
    expect(answer.status).toBe(401);
    await intake.idle();
  });
});
