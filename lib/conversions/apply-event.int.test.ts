import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  conversionChanges,
  conversionEvents,
  conversionLines,
  conversionStatusChanges,
  conversions,
  inboxEvents,
} from '@/db/schema';
import type { ConversionEvent } from '@/lib/networks/conversion-event';
import { clickOut } from '@/lib/tracking/click-out';
import { createClickTargetCache } from '@/lib/tracking/click-target-cache';
import { makeUser, testConfig } from '@/tests/helpers/accounts';
import { insertMerchant } from '@/tests/helpers/catalog-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { APP_URL, insertProgram, signedInCookies } from '@/tests/helpers/tracking-fixtures';
import { applyConversionEvent } from './apply-event';

// One conversion's life on a real database (networks.md §6–7, F1–F4 shapes):
// creation and matching, duplicates, amendments as signed lines, the state
// machine, out-of-order delivery, and 20 identical postbacks at once.

let t: TestDb;
let accountId: number;
let clickId: string;
let userId: string;

beforeAll(async () => {
  t = await createTestDb();
  const m = await insertMerchant(t.db, { slug: 'acme', name: 'Acme', rates: [{ rateBps: 500 }] });
  const { account } = await insertProgram(t.db, m.merchant.id, {
    networkCode: 'awin',
    template:
      'https://www.awin1.com/cread.php?awinmid={advertiser_id}&awinaffid={publisher_id}&clickref={click_id}&ued={url}',
  });
  accountId = account.id;
  userId = (await makeUser(t.db)).id;
  const { cookies } = await signedInCookies(t.db, userId);
  const out = await clickOut(
    t.db,
    {
      method: 'GET',
      slug: 'acme',
      offer: null,
      url: null,
      headers: new Headers({ 'user-agent': 'Mozilla/5.0 Chrome/131.0' }),
      cookies,
      ip: null,
    },
    { target: createClickTargetCache({ ttlMs: 0 }), config: { secret: testConfig.secret, appUrl: APP_URL } },
  );
  clickId = out.click!.clickId;
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.execute(
    sql`truncate conversion_changes, conversion_status_changes, conversion_lines, conversion_events, conversions, inbox_events restart identity cascade`,
  );
});

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

function awinEvent(
  overrides: Partial<ConversionEvent> & { sale?: number; commission?: number } = {},
): ConversionEvent {
  const { sale = 8450, commission = 423, ...rest } = overrides;
  return {
    network: 'awin',
    sourceRecordKey: '3177001234',
    networkConversionId: '3177001234',
    advertiserId: '12345',
    orderRef: 'ACME-558812',
    type: 'sale',
    clickRef: clickId,
    subIds: { clickRef: clickId },
    networkStatus: 'pending',
    status: 'pending',
    amounts: { kind: 'totals', sale: eur(sale), commission: eur(commission) },
    originalSale: null,
    convertedAt: '2025-03-14T18:22:05.000Z',
    clickedAt: '2025-03-14T18:01:44.000Z',
    effectiveAt: '2025-03-14T18:22:05.000Z',
    validatedAt: null,
    lockAt: null,
    paidAt: null,
    reason: null,
    commissionable: true,
    ...rest,
  };
}

const F1 = () => awinEvent();
const F3 = () =>
  awinEvent({
    sale: 5950,
    commission: 298,
    effectiveAt: '2025-03-20T09:00:00.000Z',
    reason: 'Partial return',
  });
const F4 = () =>
  awinEvent({
    sale: 5950,
    commission: 298,
    status: 'approved',
    networkStatus: 'approved',
    effectiveAt: '2025-04-20T10:00:00.000Z',
    validatedAt: '2025-04-20T10:00:00.000Z',
  });

async function inbox(): Promise<number> {
  const [row] = await t.db
    .insert(inboxEvents)
    .values({
      networkCode: 'awin',
      networkAccountId: accountId,
      channel: 'postback',
      payloadHash: 'a'.repeat(64),
    })
    .returning({ id: inboxEvents.id });
  return row!.id;
}

async function apply(event: ConversionEvent) {
  const inboxEventId = await inbox();
  return t.db.transaction((tx) =>
    applyConversionEvent(tx, { networkAccountId: accountId, inboxEventId, event }),
  );
}

async function state() {
  const [conversion] = await t.db.select().from(conversions);
  const lines = conversion
    ? await t.db.select().from(conversionLines).where(eq(conversionLines.conversionId, conversion.id))
    : [];
  return { conversion, lines };
}

describe('applyConversionEvent', () => {
  it('F1: a new pending sale, matched to its click and member, with one original line', async () => {
    expect((await apply(F1())).outcome).toBe('applied');
    const { conversion, lines } = await state();
    expect(conversion).toMatchObject({
      networkConversionId: '3177001234',
      status: 'pending',
      saleMinor: 8450,
      commissionMinor: 423,
      currency: 'EUR',
      matchStatus: 'matched',
      clickId,
      userId,
      revision: 1,
    });
    expect(conversion!.convertedAt.toISOString()).toBe('2025-03-14T18:22:05.000Z');
    expect(lines.map((line) => [line.kind, line.saleDeltaMinor, line.commissionDeltaMinor])).toEqual([
      ['original', 8450, 423],
    ]);
    expect(await t.db.select().from(conversionChanges)).toHaveLength(1);
  });

  it('F2: the same event three times is applied once', async () => {
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push((await apply(F1())).outcome);
    expect(outcomes).toEqual(['applied', 'duplicate', 'duplicate']);
    const { conversion, lines } = await state();
    expect(conversion!.revision).toBe(1);
    expect(lines).toHaveLength(1);
  });

  it('F3 then F4: an amendment is a signed line, approval a status change; lines sum to the totals', async () => {
    await apply(F1());
    await apply(F3());
    await apply(F4());
    const { conversion, lines } = await state();
    expect(conversion).toMatchObject({
      status: 'approved',
      saleMinor: 5950,
      commissionMinor: 298,
      revision: 3,
    });
    expect(lines.map((line) => [line.kind, line.saleDeltaMinor, line.commissionDeltaMinor])).toEqual([
      ['original', 8450, 423],
      ['amendment', -2500, -125],
    ]);
    expect(lines.reduce((sum, line) => sum + line.commissionDeltaMinor, 0)).toBe(conversion!.commissionMinor);
    const history = await t.db.select().from(conversionStatusChanges).orderBy(conversionStatusChanges.id);
    expect(history.map((row) => [row.fromStatus, row.toStatus])).toEqual([
      [null, 'pending'],
      ['pending', 'approved'],
    ]);
    const changes = await t.db.select().from(conversionChanges).orderBy(conversionChanges.id);
    expect(changes.map((row) => [row.revision, row.status, row.commissionMinor])).toEqual([
      [1, 'pending', 423],
      [2, 'pending', 298],
      [3, 'approved', 298],
    ]);
  });

  it.each([
    ['F1 F3 F4', [F1, F3, F4]],
    ['F1 F4 F3', [F1, F4, F3]],
    ['F3 F1 F4', [F3, F1, F4]],
    ['F3 F4 F1', [F3, F4, F1]],
    ['F4 F1 F3', [F4, F1, F3]],
    ['F4 F3 F1', [F4, F3, F1]],
  ])('in the order %s, each delivered twice, the final conversion is the same', async (_label, order) => {
    for (const make of [...order, ...order]) await apply(make());
    const { conversion, lines } = await state();
    expect(conversion).toMatchObject({ status: 'approved', saleMinor: 5950, commissionMinor: 298 });
    expect(lines.reduce((sum, line) => sum + line.commissionDeltaMinor, 0)).toBe(298);
    expect(lines.reduce((sum, line) => sum + (line.saleDeltaMinor ?? 0), 0)).toBe(5950);
  });

  it('an illegal transition is recorded and flagged, never applied', async () => {
    await apply(F4());
    const regression = awinEvent({ effectiveAt: '2025-05-01T00:00:00.000Z', sale: 1, commission: 1 });
    const result = await apply(regression);
    expect(result.outcome).toBe('rejected_transition');
    expect(result.detail).toBe('approved → pending');
    const { conversion } = await state();
    expect(conversion).toMatchObject({ status: 'approved', commissionMinor: 298, flagged: true });
    const [event] = await t.db
      .select()
      .from(conversionEvents)
      .where(eq(conversionEvents.outcome, 'rejected_transition'));
    expect(event!.conversionId).toBe(conversion!.id);
  });

  it('no sub-id is an orphan, an id that is not ours an unknown click', async () => {
    await apply(awinEvent({ clickRef: null, networkConversionId: 'a', sourceRecordKey: 'a' }));
    await apply(awinEvent({ clickRef: 'zzzz', networkConversionId: 'b', sourceRecordKey: 'b' }));
    const rows = await t.db.select().from(conversions).orderBy(conversions.networkConversionId);
    expect(rows.map((row) => [row.networkConversionId, row.matchStatus, row.userId])).toEqual([
      ['a', 'orphan', null],
      ['b', 'unknown_click', null],
    ]);
  });

  it('a CJ-style correction is added as its own signed line', async () => {
    const original = awinEvent({
      network: 'cj',
      sourceRecordKey: 'c1',
      amounts: { kind: 'delta', line: 'original', saleDelta: eur(10000), commissionDelta: eur(800) },
    });
    const correction = awinEvent({
      network: 'cj',
      sourceRecordKey: 'c2',
      effectiveAt: '2025-03-30T00:00:00.000Z',
      reason: 'RETURNED_MERCHANDISE',
      amounts: { kind: 'delta', line: 'correction', saleDelta: eur(-10000), commissionDelta: eur(-800) },
      status: 'declined',
    });
    await apply(original);
    await apply(correction);
    const { conversion, lines } = await state();
    expect(conversion).toMatchObject({ status: 'declined', saleMinor: 0, commissionMinor: 0 });
    expect(lines.map((line) => [line.kind, line.commissionDeltaMinor, line.reason])).toEqual([
      ['original', 800, null],
      ['correction', -800, 'RETURNED_MERCHANDISE'],
    ]);
  });

  it('20 identical events at once create one conversion and one line', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => apply(F1())));
    expect(results.filter((result) => result.outcome === 'applied')).toHaveLength(1);
    const { lines } = await state();
    expect(await t.db.select().from(conversions)).toHaveLength(1);
    expect(lines).toHaveLength(1);
  });

  it('two different first events of one new conversion at once both count', async () => {
    await Promise.all([apply(F1()), apply(F3())]);
    const { conversion, lines } = await state();
    expect(await t.db.select().from(conversions)).toHaveLength(1);
    expect(conversion!.commissionMinor).toBe(298);
    expect(lines.reduce((sum, line) => sum + line.commissionDeltaMinor, 0)).toBe(298);
  });
});
