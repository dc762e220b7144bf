import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { conversions, inboxEvents, merchants } from '@/db/schema';
import type { PageCursor } from '@/lib/admin/keyset';
import type { ConversionEvent } from '@/lib/networks/conversion-event';
import { type ClickOutRequest, clickOut } from '@/lib/tracking/click-out';
import { createClickTargetCache } from '@/lib/tracking/click-target-cache';
import { makeUser, testConfig } from '@/tests/helpers/accounts';
import { insertMerchant } from '@/tests/helpers/catalog-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { APP_URL, insertProgram, signedInCookies } from '@/tests/helpers/tracking-fixtures';
import { applyConversionEvent } from './apply-event';
import { getMemberConversion, listMemberConversions, type MemberConversion } from './member-conversions';

// "My cashback" against a real database: the member's conversions newest
// purchase first, keyset pages that neither skip nor repeat (ties on the
// purchase time included), each with its status history oldest first, and one
// member never sees another's conversions, whatever id or cursor they send.
// Conversions are made the way intake makes them: events applied by
// applyConversionEvent, matched to real clicks.

let t: TestDb;
const accounts = { lavande: 0, banque: 0 };
let lavandeId: number;
let memberId: string;
let otherId: string;
let memberClicks: { lavande: string; banque: string };
let otherClick: string;

const config = { secret: testConfig.secret, appUrl: APP_URL };
const target = createClickTargetCache({ ttlMs: 0 });

async function clickFor(userId: string, slug: string): Promise<string> {
  const { cookies } = await signedInCookies(t.db, userId);
  const request: ClickOutRequest = {
    method: 'GET',
    slug,
    offer: null,
    url: null,
    headers: new Headers({ 'user-agent': 'Mozilla/5.0 Chrome/131.0' }),
    cookies,
    ip: null,
  };
  const out = await clickOut(t.db, request, { target, config });
  if (!out.click) throw new Error(`no click: ${out.outcome}`);
  return out.click.clickId;
}

beforeAll(async () => {
  t = await createTestDb();
  const lavande = await insertMerchant(t.db, {
    slug: 'maison-test',
    name: 'Maison Test',
    rates: [{ rateBps: 800 }],
  });
  const banque = await insertMerchant(t.db, {
    slug: 'banque-test',
    name: 'Banque Test',
    rates: [{ rateBps: 300 }],
  });
  lavandeId = lavande.merchant.id;
  accounts.lavande = (
    await insertProgram(t.db, lavande.merchant.id, { advertiserId: 'sbx-maison-test' })
  ).account.id;
  accounts.banque = (
    await insertProgram(t.db, banque.merchant.id, { advertiserId: 'sbx-banque-test' })
  ).account.id;
  memberId = (await makeUser(t.db)).id;
  otherId = (await makeUser(t.db)).id;
  memberClicks = {
    lavande: await clickFor(memberId, 'maison-test'),
    banque: await clickFor(memberId, 'banque-test'),
  };
  otherClick = await clickFor(otherId, 'maison-test');
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

/** A sandbox (Awin-shaped) sale event; the same `id` is the same conversion. */
function saleEvent(options: {
  id: string;
  clickRef: string | null;
  convertedAt: string;
  sale?: number;
  commission?: number;
  status?: ConversionEvent['status'];
  effectiveAt?: string;
}): ConversionEvent {
  const { sale = 8450, commission = 845, status = 'pending' } = options;
  return {
    network: 'sandbox',
    sourceRecordKey: `${options.id}#${status}#${sale}`,
    networkConversionId: options.id,
    advertiserId: 'sbx-maison-test',
    orderRef: `SBX-${options.id}`,
    type: 'sale',
    clickRef: options.clickRef,
    subIds: options.clickRef ? { clickRef: options.clickRef } : {},
    networkStatus: status,
    status,
    amounts: { kind: 'totals', sale: eur(sale), commission: eur(commission) },
    originalSale: null,
    convertedAt: options.convertedAt,
    clickedAt: null,
    effectiveAt: options.effectiveAt ?? options.convertedAt,
    validatedAt: status === 'approved' ? (options.effectiveAt ?? null) : null,
    lockAt: null,
    paidAt: null,
    reason: null,
    commissionable: true,
  };
}

async function apply(event: ConversionEvent, networkAccountId = accounts.lavande) {
  const [inbox] = await t.db
    .insert(inboxEvents)
    .values({ networkCode: 'sandbox', networkAccountId, channel: 'postback', payloadHash: 'b'.repeat(64) })
    .returning({ id: inboxEvents.id });
  const result = await t.db.transaction((tx) =>
    applyConversionEvent(tx, { networkAccountId, inboxEventId: inbox!.id, event }),
  );
  return result;
}

async function created(event: ConversionEvent, networkAccountId?: number): Promise<string> {
  const result = await apply(event, networkAccountId);
  expect(result.outcome).toBe('applied');
  return result.conversionId!;
}

/** The member's conversion ids in display order, straight from SQL. */
async function expectedOrder(userId: string): Promise<string[]> {
  const rows = await t.db
    .select({ id: conversions.id })
    .from(conversions)
    .where(eq(conversions.userId, userId))
    .orderBy(desc(conversions.convertedAt), desc(conversions.id));
  return rows.map((row) => row.id);
}

/** Every page in one direction, from `start`, `limit` rows at a time. */
async function walk(userId: string, limit: number, start: PageCursor | null = null) {
  const pages: MemberConversion[][] = [];
  let cursor = start;
  for (let guard = 0; guard < 100; guard++) {
    const page = await listMemberConversions(t.db, { userId, cursor, limit });
    pages.push(page.items);
    const next = start?.direction === 'newer' ? page.newer : page.older;
    if (!next) break;
    cursor = { direction: start?.direction ?? 'older', id: next };
  }
  return pages;
}

describe('listMemberConversions', () => {
  it('lists only the member’s conversions, newest purchase first, with merchant, amounts and status', async () => {
    const older = await created(
      saleEvent({ id: 'T-1', clickRef: memberClicks.lavande, convertedAt: '2026-03-01T10:00:00Z' }),
    );
    const newer = await created(
      saleEvent({
        id: 'T-2',
        clickRef: memberClicks.banque,
        convertedAt: '2026-03-05T10:00:00Z',
        sale: 12_000,
        commission: 360,
      }),
      accounts.banque,
    );
    // Someone else's sale, an orphan and an unknown click: none of them is the member's.
    await created(saleEvent({ id: 'T-3', clickRef: otherClick, convertedAt: '2026-03-06T10:00:00Z' }));
    await created(saleEvent({ id: 'T-4', clickRef: null, convertedAt: '2026-03-07T10:00:00Z' }));
    await created(
      saleEvent({ id: 'T-5', clickRef: '01abcdefghjkmnpqrstvwxyz00', convertedAt: '2026-03-07T10:00:00Z' }),
    );

    const page = await listMemberConversions(t.db, { userId: memberId });
    expect(page.items.map((item) => item.id)).toEqual([newer, older]);
    expect(page).toMatchObject({ newer: null, older: null });
    expect(page.items[0]).toEqual({
      id: newer,
      merchant: { name: 'Banque Test', slug: 'banque-test' },
      orderRef: 'SBX-T-2',
      type: 'sale',
      sale: { amountMinor: 12_000, currency: 'EUR' },
      commission: { amountMinor: 360, currency: 'EUR' },
      status: 'pending',
      convertedAt: new Date('2026-03-05T10:00:00Z'),
      validationDelayDays: 60,
      history: [{ from: null, to: 'pending', at: new Date('2026-03-05T10:00:00Z') }],
    });
    expect(page.items[1]).toMatchObject({
      merchant: { name: 'Maison Test', slug: 'maison-test' },
      sale: { amountMinor: 8450, currency: 'EUR' },
    });

    const theirs = await listMemberConversions(t.db, { userId: otherId });
    expect(theirs.items.map((item) => item.orderRef)).toEqual(['SBX-T-3']);
    // Not a member id at all: nothing, not an error.
    expect((await listMemberConversions(t.db, { userId: 'not-a-uuid' })).items).toEqual([]);
  });

  it('pages older and back newer without skipping or repeating, ties on the purchase time included', async () => {
    // 23 sales on 8 distinct instants: several share a time, so only the id can order them.
    for (let i = 0; i < 23; i++) {
      const convertedAt = new Date(Date.UTC(2026, 2, 1, 10, Math.floor(i / 3))).toISOString();
      await created(saleEvent({ id: `P-${i}`, clickRef: memberClicks.lavande, convertedAt }));
    }
    await created(saleEvent({ id: 'O-1', clickRef: otherClick, convertedAt: '2026-03-01T10:01:00Z' }));
    const expected = await expectedOrder(memberId);
    expect(expected).toHaveLength(23);

    for (const limit of [1, 4, 5, 23, 50]) {
      const pages = await walk(memberId, limit);
      const ids = pages.flat().map((item) => item.id);
      expect(ids, `limit ${limit}`).toEqual(expected);
      expect(pages.every((items) => items.length <= limit)).toBe(true);
      expect(pages).toHaveLength(Math.ceil(23 / limit));
    }

    // From the oldest row back towards the newest, the same order, page by page.
    const oldest = expected[expected.length - 1]!;
    const back = await walk(memberId, 4, { direction: 'newer', id: oldest });
    expect(back.flatMap((items) => items.map((item) => item.id)).length).toBe(22);
    expect(
      back
        .reverse()
        .flat()
        .map((item) => item.id),
    ).toEqual(expected.slice(0, 22));

    // A page size above the cap is the cap; below 1 is 1.
    expect((await listMemberConversions(t.db, { userId: memberId, limit: 500 })).items).toHaveLength(23);
    expect((await listMemberConversions(t.db, { userId: memberId, limit: 0 })).items).toHaveLength(1);
  });

  it('a cursor that is someone else’s conversion shows nothing of theirs; a malformed one is the first page', async () => {
    const mine = await created(
      saleEvent({ id: 'M-1', clickRef: memberClicks.lavande, convertedAt: '2026-03-01T10:00:00Z' }),
    );
    const theirs = await created(
      saleEvent({ id: 'O-1', clickRef: otherClick, convertedAt: '2026-03-02T10:00:00Z' }),
    );
    for (const direction of ['older', 'newer'] as const) {
      const page = await listMemberConversions(t.db, { userId: memberId, cursor: { direction, id: theirs } });
      expect(page.items, direction).toEqual([]);
    }
    const first = await listMemberConversions(t.db, {
      userId: memberId,
      cursor: { direction: 'older', id: "x' or 1=1 --" },
    });
    expect(first.items.map((item) => item.id)).toEqual([mine]);
  });

  it('carries each conversion’s status history oldest first, one entry per real change', async () => {
    const id = 'H-1';
    const clickRef = memberClicks.lavande;
    const convertedAt = '2026-03-01T10:00:00Z';
    const conversionId = await created(saleEvent({ id, clickRef, convertedAt }));
    // An amendment that leaves the status as it was adds no history entry.
    await apply(
      saleEvent({
        id,
        clickRef,
        convertedAt,
        sale: 5950,
        commission: 595,
        effectiveAt: '2026-03-03T09:00:00Z',
      }),
    );
    await apply(
      saleEvent({
        id,
        clickRef,
        convertedAt,
        sale: 5950,
        commission: 595,
        status: 'approved',
        effectiveAt: '2026-04-10T08:00:00Z',
      }),
    );
    // A move the state machine forbids is recorded for ops, never shown as a change.
    expect(
      (
        await apply(
          saleEvent({ id, clickRef, convertedAt, status: 'pending', effectiveAt: '2026-04-11T08:00:00Z' }),
        )
      ).outcome,
    ).toBe('rejected_transition');
    // A second conversion, with its own history, on the same page.
    await created(saleEvent({ id: 'H-2', clickRef, convertedAt: '2026-03-02T10:00:00Z' }));

    const page = await listMemberConversions(t.db, { userId: memberId });
    const item = page.items.find((each) => each.id === conversionId)!;
    expect(item.status).toBe('approved');
    expect(item.sale).toEqual({ amountMinor: 5950, currency: 'EUR' });
    expect(item.history).toEqual([
      { from: null, to: 'pending', at: new Date('2026-03-01T10:00:00Z') },
      { from: 'pending', to: 'approved', at: new Date('2026-04-10T08:00:00Z') },
    ]);
    expect(page.items[0]!.history).toEqual([
      { from: null, to: 'pending', at: new Date('2026-03-02T10:00:00Z') },
    ]);
  });
});

describe('getMemberConversion', () => {
  it('is the member’s own conversion, and null for anyone else’s, an orphan or a malformed id', async () => {
    const mine = await created(
      saleEvent({ id: 'G-1', clickRef: memberClicks.lavande, convertedAt: '2026-03-01T10:00:00Z' }),
    );
    const orphan = await created(
      saleEvent({ id: 'G-2', clickRef: null, convertedAt: '2026-03-01T10:00:00Z' }),
    );

    expect(await getMemberConversion(t.db, { userId: memberId, conversionId: mine })).toMatchObject({
      id: mine,
      merchant: { name: 'Maison Test' },
      history: [{ from: null, to: 'pending' }],
    });
    expect(await getMemberConversion(t.db, { userId: otherId, conversionId: mine })).toBeNull();
    expect(await getMemberConversion(t.db, { userId: memberId, conversionId: orphan })).toBeNull();
    expect(await getMemberConversion(t.db, { userId: memberId, conversionId: 'not-a-uuid' })).toBeNull();
    expect(await getMemberConversion(t.db, { userId: 'nobody', conversionId: mine })).toBeNull();
  });

  it('announces the validation delay captured at the click, or the merchant’s without a click', async () => {
    const mine = await created(
      saleEvent({ id: 'D-1', clickRef: memberClicks.lavande, convertedAt: '2026-03-01T10:00:00Z' }),
    );
    await t.db.update(merchants).set({ validationDelayDays: 30 }).where(eq(merchants.id, lavandeId));
    // Captured at the click (the default 60 days), whatever the catalog says now.
    expect(
      (await getMemberConversion(t.db, { userId: memberId, conversionId: mine }))?.validationDelayDays,
    ).toBe(60);
    // Assigned by ops without a click: today's catalog value.
    await t.db
      .update(conversions)
      .set({ clickId: null })
      .where(and(eq(conversions.id, mine), eq(conversions.userId, memberId)));
    expect(
      (await getMemberConversion(t.db, { userId: memberId, conversionId: mine }))?.validationDelayDays,
    ).toBe(30);
    await t.db.update(merchants).set({ validationDelayDays: 60 }).where(eq(merchants.id, lavandeId));
  });
});
