import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, conversions, inboxEvents, networkAccountSecrets } from '@/db/schema';
import type { PostbackAdapter } from '@/lib/networks/conversion-event';
import { makeUser, rejection } from '@/tests/helpers/accounts';
import {
  addToyAccount,
  sendToyPostback,
  type ToyAccount,
  toyAdapter,
} from '@/tests/helpers/ingestion-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { replayInboxEvent } from './replay-inbox';

// Replay from the back office on a real database: a parse error read again
// once the adapter is fixed, a row left `received`, the audit entry, and what
// may not be replayed or by whom.

let t: TestDb;
let account: ToyAccount;
let ops: { id: string; role: 'ops' };

beforeAll(async () => {
  t = await createTestDb();
  account = await addToyAccount(t.db);
  ops = { id: (await makeUser(t.db, { role: 'ops' })).id, role: 'ops' };
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.execute(
    sql`truncate audit_log, conversion_changes, conversion_status_changes, conversion_lines, conversion_events, conversions, inbox_events restart identity cascade`,
  );
});

const inboxRow = async (id: number) =>
  (await t.db.select().from(inboxEvents).where(eq(inboxEvents.id, id)))[0]!;
const replays = () => t.db.select().from(auditLog).where(eq(auditLog.action, 'ingestion.replayed'));

/** No adapter at all for the network: what POSTBACK_ADAPTERS is before an adapter lands. */
const none = {};

describe('replayInboxEvent', () => {
  it('reads a parse error again once the adapter exists, applies it, audits who did it', async () => {
    const id = await sendToyPostback(t.db, account, { id: 'R1', commission: '250' }, none);
    expect(await inboxRow(id)).toMatchObject({
      status: 'parse_error',
      error: 'no adapter for network "toynet"',
    });

    const result = await replayInboxEvent(t.db, {
      inboxEventId: id,
      actor: ops,
      ip: '203.0.113.9',
      adapters: { toynet: toyAdapter },
    });
    expect(result).toEqual({
      inboxEventId: id,
      from: 'parse_error',
      status: 'processed',
      outcomes: ['applied'],
      error: null,
    });
    expect(await inboxRow(id)).toMatchObject({
      status: 'processed',
      error: null,
      eventCount: 1,
      replayCount: 1,
    });
    const [conversion] = await t.db.select().from(conversions);
    expect(conversion).toMatchObject({
      networkConversionId: 'R1',
      commissionMinor: 250,
      matchStatus: 'orphan',
    });
    const [entry] = await replays();
    expect(entry).toMatchObject({
      actorUserId: ops.id,
      targetUserId: null,
      ip: '203.0.113.9',
      details: { inboxEventId: id, network: 'toynet', from: 'parse_error', to: 'processed', events: 1 },
    });
  });

  it('a replay that still cannot read it stays a parse error, with the new error, and is audited too', async () => {
    const id = await sendToyPostback(t.db, account, { garbage: '1' }, none);
    const result = await replayInboxEvent(t.db, {
      inboxEventId: id,
      actor: ops,
      adapters: { toynet: toyAdapter },
    });
    expect(result).toMatchObject({ status: 'parse_error', error: 'query: id or commission missing' });
    expect(await inboxRow(id)).toMatchObject({ status: 'parse_error', replayCount: 1 });
    expect(await replays()).toHaveLength(1);
  });

  it('with the registered adapters (none for this network) the error says so', async () => {
    const id = await sendToyPostback(t.db, account, { id: 'R2', commission: '1' }, none);
    const result = await replayInboxEvent(t.db, { inboxEventId: id, actor: ops });
    expect(result).toMatchObject({ status: 'parse_error', error: 'no adapter for network "toynet"' });
  });

  it('processes a row stored but never processed (`received`), with the account’s field map', async () => {
    await t.db
      .update(networkAccountSecrets)
      .set({ fieldMap: { commission: 'amount_cents' } })
      .where(eq(networkAccountSecrets.networkAccountId, account.id));
    const id = await sendToyPostback(t.db, account, { id: 'R3', amount_cents: '77' }, none);
    await t.db.update(inboxEvents).set({ status: 'received', error: null }).where(eq(inboxEvents.id, id));
    // An adapter that reads through the field map, as the generic S2S one does.
    const mapped: PostbackAdapter = (raw, acct) =>
      toyAdapter(
        {
          ...raw,
          query: { id: raw.query.id!, commission: raw.query[acct.fieldMap?.commission ?? 'commission']! },
        },
        acct,
      );
    const result = await replayInboxEvent(t.db, {
      inboxEventId: id,
      actor: ops,
      adapters: { toynet: mapped },
    });
    expect(result).toMatchObject({ from: 'received', status: 'processed', outcomes: ['applied'] });
    expect((await t.db.select().from(conversions))[0]!.commissionMinor).toBe(77);
  });

  it('twice, or by two ops at once: each event is applied once', async () => {
    const id = await sendToyPostback(t.db, account, { id: 'R4', commission: '5' }, none);
    const adapters = { toynet: toyAdapter };
    await t.db.update(inboxEvents).set({ status: 'received' }).where(eq(inboxEvents.id, id));
    const results = await Promise.allSettled([
      replayInboxEvent(t.db, { inboxEventId: id, actor: ops, adapters }),
      replayInboxEvent(t.db, { inboxEventId: id, actor: ops, adapters }),
    ]);
    // The second either ran alongside (its event a duplicate) or came after (the row already processed).
    const outcomes = results.map((result) =>
      result.status === 'fulfilled' ? result.value.outcomes[0] : (result.reason as Error).message,
    );
    expect(outcomes.filter((outcome) => outcome === 'applied')).toHaveLength(1);
    expect(
      outcomes.filter(
        (outcome) => outcome === 'duplicate' || outcome === 'admin.ingestion.errors.alreadyProcessed',
      ),
    ).toHaveLength(1);
    expect(await t.db.select().from(conversions)).toHaveLength(1);
    expect([1, 2]).toContain((await inboxRow(id)).replayCount);
  });

  it.each([
    [
      'a processed row',
      (): Promise<number> => sendToyPostback(t.db, account, { id: 'P1', commission: '1' }),
      'conflict',
      'admin.ingestion.errors.alreadyProcessed',
    ],
    [
      'an unknown id',
      async (): Promise<number> => 999_999,
      'not_found',
      'admin.ingestion.errors.inboxNotFound',
    ],
    ['a negative id', async (): Promise<number> => -1, 'not_found', 'admin.ingestion.errors.inboxNotFound'],
  ] as const)('refuses %s', async (_label, make, code, message) => {
    const inboxEventId = await make();
    expect(await rejection(replayInboxEvent(t.db, { inboxEventId, actor: ops }))).toMatchObject({
      code,
      message,
    });
    expect(await replays()).toHaveLength(0);
  });

  it('refuses a pulled page or a CSV report (another adapter reads those)', async () => {
    const id = await sendToyPostback(t.db, account, { id: 'C1', commission: '1' }, none);
    await t.db.update(inboxEvents).set({ channel: 'csv' }).where(eq(inboxEvents.id, id));
    expect(
      await rejection(
        replayInboxEvent(t.db, { inboxEventId: id, actor: ops, adapters: { toynet: toyAdapter } }),
      ),
    ).toMatchObject({ code: 'conflict', message: 'admin.ingestion.errors.notAPostback' });
    expect((await inboxRow(id)).status).toBe('parse_error');
  });

  it('refuses a member before touching anything', async () => {
    const member = await makeUser(t.db);
    const id = await sendToyPostback(t.db, account, { id: 'M1', commission: '1' }, none);
    expect(
      await rejection(
        replayInboxEvent(t.db, {
          inboxEventId: id,
          actor: { id: member.id, role: 'member' },
          adapters: { toynet: toyAdapter },
        }),
      ),
    ).toMatchObject({ code: 'forbidden' });
    expect(await inboxRow(id)).toMatchObject({ status: 'parse_error', replayCount: 0 });
    expect(await t.db.select().from(conversions)).toHaveLength(0);
  });
});
