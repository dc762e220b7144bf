import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { conversions, inboxEvents } from '@/db/schema';
import type { ConversionEvent, PostbackAdapter } from '@/lib/networks/conversion-event';
import { addNetworkAccount, rotatePostbackToken } from '@/lib/networks/network-accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { processInboxEvent } from './process-inbox';
import { type IncomingPostback, receivePostback } from './receive-postback';

// The receiver contract (networks.md §4) on a real database: tokens, the
// inbox written first, 200 even for what cannot be read, replay, duplicates.

let t: TestDb;
let token: string;
let accountId: number;

beforeAll(async () => {
  t = await createTestDb();
  const added = await addNetworkAccount(t.db, { networkCode: 'testnet', name: 'Test', publisherId: 'p1' });
  token = added.postbackToken;
  accountId = added.account.id;
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.execute(
    sql`truncate conversion_changes, conversion_status_changes, conversion_lines, conversion_events, conversions, inbox_events restart identity cascade`,
  );
});

/** A toy adapter: ?id=&commission= (cents) → one pending sale; anything else is unreadable. */
const toyAdapter: PostbackAdapter = (raw) => {
  const id = raw.query.id;
  const commission = Number(raw.query.commission);
  if (!id || !Number.isSafeInteger(commission))
    return { events: [], issues: [{ at: 'query', problem: 'id or commission missing' }] };
  const event: ConversionEvent = {
    network: 'testnet',
    sourceRecordKey: id,
    networkConversionId: id,
    advertiserId: null,
    orderRef: null,
    type: 'sale',
    clickRef: raw.query.sub ?? null,
    subIds: {},
    networkStatus: 'pending',
    status: 'pending',
    amounts: { kind: 'totals', sale: null, commission: { amountMinor: commission, currency: 'EUR' } },
    originalSale: null,
    convertedAt: '2026-11-01T10:00:00.000Z',
    clickedAt: null,
    effectiveAt: '2026-11-01T10:00:00.000Z',
    validatedAt: null,
    lockAt: null,
    paidAt: null,
    reason: null,
    commissionable: true,
  };
  return { events: [event], issues: [] };
};
const adapters = { testnet: toyAdapter };

const postback = (overrides: Partial<IncomingPostback> = {}): IncomingPostback => ({
  networkCode: 'testnet',
  token,
  method: 'GET',
  path: `/api/postbacks/testnet/${token}`,
  query: { id: 'T1', commission: '423' },
  headers: { 'user-agent': 'NetworkBot/1.0', cookie: 'secret=1' },
  body: '',
  sourceIp: '198.51.100.7',
  ...overrides,
});

const rows = () => t.db.select().from(inboxEvents);

describe('receivePostback', () => {
  it('stores the raw request, applies it, answers 200; cookies never reach the inbox', async () => {
    const answer = await receivePostback(t.db, postback(), { adapters });
    expect(answer).toMatchObject({ status: 200, processed: 'processed' });
    const [row] = await rows();
    expect(row).toMatchObject({
      status: 'processed',
      method: 'GET',
      query: { id: 'T1', commission: '423' },
      eventCount: 1,
    });
    expect(row!.path).toBe('/api/postbacks/testnet/<token>');
    expect(row!.headers).toEqual({ 'user-agent': 'NetworkBot/1.0' });
    expect(row!.sourceIp).toBe('198.51.100.7');
    expect(await t.db.select().from(conversions)).toHaveLength(1);
  });

  it.each([
    ['a wrong token', { token: 'A'.repeat(43) }],
    ['a malformed token', { token: 'x' }],
    ['another network’s name', { networkCode: 'awin' }],
  ])('%s: 401, a security log line, nothing stored', async (_label, overrides) => {
    const lines: string[] = [];
    const answer = await receivePostback(t.db, postback(overrides), {
      adapters,
      log: (line) => lines.push(line),
    });
    expect(answer.status).toBe(401);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[security\] postback refused/);
    expect(await rows()).toHaveLength(0);
  });

  it('what cannot be read is kept as a parse error, answered 200, and replayed once the adapter is fixed', async () => {
    const answer = await receivePostback(t.db, postback({ query: { garbage: '1' } }), { adapters });
    expect(answer).toMatchObject({ status: 200, processed: 'parse_error' });
    const [row] = await rows();
    expect(row).toMatchObject({ status: 'parse_error', error: 'query: id or commission missing' });

    const fixed: PostbackAdapter = (raw, account) =>
      toyAdapter({ ...raw, query: { id: 'G1', commission: '99' } }, account);
    const replay = await processInboxEvent(t.db, row!.id, {
      adapters: { testnet: fixed },
      account: { network: 'testnet', publisherId: 'p1', defaultCurrency: 'EUR' },
    });
    expect(replay.status).toBe('processed');
    const [conversion] = await t.db.select().from(conversions);
    expect(conversion).toMatchObject({
      networkConversionId: 'G1',
      commissionMinor: 99,
      matchStatus: 'orphan',
    });
  });

  it('a network without an adapter yet: stored, marked, answered 200', async () => {
    const other = await addNetworkAccount(t.db, { networkCode: 'newnet', name: 'New', publisherId: 'n1' });
    const answer = await receivePostback(
      t.db,
      postback({ networkCode: 'newnet', token: other.postbackToken }),
      { adapters },
    );
    expect(answer).toMatchObject({ status: 200, processed: 'parse_error' });
    expect((await rows())[0]!.error).toBe('no adapter for network "newnet"');
  });

  it('after a rotation both tokens work during the grace period, then only the new one', async () => {
    const account = await addNetworkAccount(t.db, {
      networkCode: 'testnet',
      name: 'Rotating',
      publisherId: 'r1',
    });
    const { postbackToken } = await rotatePostbackToken(t.db, {
      networkAccountId: account.account.id,
      graceHours: 1,
    });
    expect(
      (await receivePostback(t.db, postback({ token: account.postbackToken }), { adapters })).status,
    ).toBe(200);
    expect((await receivePostback(t.db, postback({ token: postbackToken }), { adapters })).status).toBe(200);
    const third = await rotatePostbackToken(t.db, { networkAccountId: account.account.id, graceHours: 0 });
    expect(
      (await receivePostback(t.db, postback({ token: account.postbackToken }), { adapters, log: () => {} }))
        .status,
    ).toBe(401);
    expect(
      (await receivePostback(t.db, postback({ token: postbackToken }), { adapters, log: () => {} })).status,
    ).toBe(401);
    expect((await receivePostback(t.db, postback({ token: third.postbackToken }), { adapters })).status).toBe(
      200,
    );
  });

  it('a source-IP allow-list refuses other addresses with 403', async () => {
    const listed = await addNetworkAccount(t.db, {
      networkCode: 'testnet',
      name: 'Listed',
      publisherId: 'l1',
      allowedSourceIps: ['203.0.113.5'],
    });
    const from = (sourceIp: string | null) =>
      receivePostback(t.db, postback({ token: listed.postbackToken, sourceIp }), { adapters, log: () => {} });
    expect((await from('203.0.113.5')).status).toBe(200);
    expect((await from('198.51.100.7')).status).toBe(403);
    expect((await from(null)).status).toBe(403);
  });

  it('a row that cannot be applied is answered 200 and kept received, with its error, for replay', async () => {
    // A currency the database refuses: applying throws after the row was stored.
    const refused: PostbackAdapter = (raw, account) => {
      const result = toyAdapter(raw, account);
      const [event] = result.events;
      if (event?.amounts.kind !== 'totals') return result;
      const commission = { ...event.amounts.commission, currency: 'eur' };
      return { ...result, events: [{ ...event, amounts: { ...event.amounts, commission } }] };
    };
    const errors: unknown[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    const answer = await receivePostback(t.db, postback(), { adapters: { testnet: refused } });
    spy.mockRestore();
    expect(answer).toMatchObject({ status: 200, processed: 'failed' });
    const [row] = await rows();
    expect(row!.status).toBe('received');
    expect(row!.error).toMatch(/^processing failed: .*conversions_currency_format/);
    expect(errors).toHaveLength(1);
    expect(await t.db.select().from(conversions)).toHaveLength(0);
  });

  it('the same postback sent 20 times at once: 20 inbox rows, one conversion', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => receivePostback(t.db, postback(), { adapters })),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(await rows()).toHaveLength(20);
    expect(await t.db.select().from(conversions)).toHaveLength(1);
    expect(accountId).toBeGreaterThan(0);
  });
});
