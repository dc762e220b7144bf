import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClickTermsSnapshot, clicks, type NewClick } from '@/db/schema';
import type { PageCursor } from '@/lib/admin/keyset';
import { makeUser, testConfig } from '@/tests/helpers/accounts';
import { insertBoost, insertMerchant } from '@/tests/helpers/catalog-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { APP_URL, insertProgram, signedInCookies } from '@/tests/helpers/tracking-fixtures';
import { newClickId } from './click-id';
import { type ClickOutRequest, clickOut } from './click-out';
import { loadClickTarget } from './click-target';
import { createClickTargetCache } from './click-target-cache';
import { getMemberClick, listMemberClicks, type MemberClick } from './member-clicks';
import { recordClick } from './record-click';
import { termsSnapshot } from './terms-snapshot';

// "My clicks" against a real database: newest first, keyset pages that neither
// skip nor repeat (ties on created_at included), and one member never sees
// another's clicks, whatever id or cursor they send.

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const config = { secret: testConfig.secret, appUrl: APP_URL };
const target = createClickTargetCache({ ttlMs: 0 });

let t: TestDb;
let lavande: { merchantId: number; offerId: number; programId: number; snapshot: ClickTermsSnapshot };
let banque: { merchantId: number; offerId: number };
let memberId: string;
let otherId: string;
let member: Awaited<ReturnType<typeof signedInCookies>>;
let other: Awaited<ReturnType<typeof signedInCookies>>;

beforeAll(async () => {
  t = await createTestDb();
  const now = new Date();
  const m = await insertMerchant(t.db, {
    slug: 'maison-test',
    name: 'Maison Test',
    rates: [{ rateBps: 500, scope: 'new_customers' }],
  });
  await insertBoost(t.db, {
    kind: 'window',
    rateId: m.rates[0]!.id,
    merchantId: m.merchant.id,
    boostedRateBps: 1000,
    labelFr: 'Happy hour',
    labelEn: 'Happy hour',
    startsAt: new Date(now.getTime() - 3_600_000),
    endsAt: new Date(now.getTime() + 3_600_000),
  });
  const { program } = await insertProgram(t.db, m.merchant.id, { advertiserId: 'sbx-maison-test' });
  const loaded = await loadClickTarget(t.db, 'maison-test', now);
  lavande = {
    merchantId: m.merchant.id,
    offerId: m.offer.id,
    programId: program.id,
    snapshot: termsSnapshot(loaded!, null, now),
  };
  const b = await insertMerchant(t.db, {
    slug: 'banque-test',
    name: 'Banque Test',
    rates: [
      { kind: 'fixed', rateBps: null, amountMinor: 1000, minBasketMinor: 10_000, labelFr: 'Ouverture' },
    ],
  });
  await insertProgram(t.db, b.merchant.id, { advertiserId: 'sbx-banque-test' });
  banque = { merchantId: b.merchant.id, offerId: b.offer.id };

  memberId = (await makeUser(t.db)).id;
  otherId = (await makeUser(t.db)).id;
  member = await signedInCookies(t.db, memberId);
  other = await signedInCookies(t.db, otherId);
});
afterAll(async () => {
  await t.close();
});

function request(
  cookies: ClickOutRequest['cookies'],
  overrides: Partial<ClickOutRequest> = {},
): ClickOutRequest {
  return {
    method: 'GET',
    slug: 'maison-test',
    offer: null,
    url: null,
    headers: new Headers({ 'user-agent': IPHONE, 'sec-fetch-dest': 'document' }),
    cookies,
    ip: '203.0.113.9',
    ...overrides,
  };
}

async function out(cookies: ClickOutRequest['cookies'], overrides: Partial<ClickOutRequest> = {}) {
  const response = await clickOut(t.db, request(cookies, overrides), { target, config });
  if (!response.click) throw new Error(`no click: ${response.outcome}`);
  return response.click.clickId;
}

/** A click row written directly, at a chosen time (several may share it). */
function row(userId: string, createdAt: Date, extra: Partial<NewClick> = {}): NewClick {
  const id = newClickId(createdAt);
  return {
    id,
    userId,
    merchantId: lavande.merchantId,
    networkProgramId: lavande.programId,
    networkCode: 'sandbox',
    termsSnapshot: lavande.snapshot,
    trackingUrl: `${APP_URL}/sandbox/track/sbx-maison-test?clickref=${id}`,
    createdAt,
    ...extra,
  };
}

/** Every page in one direction, from `start`, `limit` rows at a time. */
async function walk(userId: string, limit: number, start: PageCursor | null = null) {
  const pages: MemberClick[][] = [];
  let cursor = start;
  for (let guard = 0; guard < 100; guard++) {
    const page = await listMemberClicks(t.db, { userId, cursor, limit });
    pages.push(page.items);
    const next = start?.direction === 'newer' ? page.newer : page.older;
    if (!next) break;
    cursor = { direction: start?.direction ?? 'older', id: next };
  }
  return pages;
}

/** The member's click ids in display order, straight from SQL. */
async function expectedOrder(userId: string): Promise<string[]> {
  const rows = await t.db
    .select({ id: clicks.id })
    .from(clicks)
    .where(eq(clicks.userId, userId))
    .orderBy(desc(clicks.createdAt), desc(clicks.id));
  return rows.map((r) => r.id);
}

describe('listMemberClicks', () => {
  it('lists the member’s clicks newest first, each with the terms it captured', async () => {
    await t.db.delete(clicks);
    const first = await out(member.cookies);
    const chosen = await out(member.cookies, {
      slug: 'banque-test',
      offer: String(banque.offerId),
      url: 'https://www.banque-test.example/ouvrir?offre=1',
    });

    const page = await listMemberClicks(t.db, { userId: memberId, limit: 10 });
    expect(page.items.map((click) => click.id)).toEqual([chosen, first]);
    expect(page).toMatchObject({ newer: null, older: null });

    const [banqueClick, lavandeClick] = page.items;
    expect(banqueClick).toMatchObject({
      merchant: { name: 'Banque Test', slug: 'banque-test' },
      offer: { id: banque.offerId, titleFr: 'Cashback' },
      deviceType: 'mobile',
      deepLink: 'https://www.banque-test.example/ouvrir?offre=1',
    });
    expect(banqueClick!.offers).toHaveLength(1);
    expect(banqueClick!.offers[0]!.rates).toEqual([
      expect.objectContaining({
        scope: 'all',
        labelFr: 'Ouverture',
        minBasketMinor: 10_000,
        usual: { kind: 'fixed', money: { amountMinor: 1000, currency: 'EUR' } },
        boost: null,
      }),
    ]);

    expect(lavandeClick).toMatchObject({
      merchant: { name: 'Maison Test', slug: 'maison-test' },
      offer: null,
      deepLink: null,
    });
    expect(lavandeClick!.createdAt).toBeInstanceOf(Date);
    expect(lavandeClick!.offers[0]!.rates).toEqual([
      expect.objectContaining({
        scope: 'new_customers',
        usual: { kind: 'percent', rateBps: 500 },
        boost: expect.objectContaining({ labelFr: 'Happy hour', value: { kind: 'percent', rateBps: 1000 } }),
      }),
    ]);
  });

  it('pages older and back newer without skipping or repeating, ties on the time included', async () => {
    await t.db.delete(clicks);
    const base = Date.now() - 10 * 86_400_000;
    const rows: NewClick[] = [];
    // 23 clicks on 9 distinct instants: several share a timestamp, so only the id can order them.
    for (let i = 0; i < 23; i++) rows.push(row(memberId, new Date(base + Math.floor(i / 3) * 60_000)));
    rows.push(row(otherId, new Date(base + 30_000)), row(otherId, new Date(base + 90_000)));
    await t.db.insert(clicks).values(rows);
    const expected = await expectedOrder(memberId);
    expect(expected).toHaveLength(23);

    for (const limit of [1, 4, 5, 23, 50]) {
      const pages = await walk(memberId, limit);
      const ids = pages.flat().map((click) => click.id);
      expect(ids, `limit ${limit}`).toEqual(expected);
      expect(pages.length, `limit ${limit}`).toBe(Math.ceil(23 / limit));
    }

    // From the oldest click back towards the newest, newest first within each page.
    const oldest = expected[expected.length - 1]!;
    const back = await walk(memberId, 5, { direction: 'newer', id: oldest });
    expect(
      back
        .reverse()
        .flat()
        .map((click) => click.id),
    ).toEqual(expected.slice(0, -1));
  });

  it('bounds the page size: at most 50 rows, at least 1', async () => {
    await t.db.delete(clicks);
    const base = Date.now() - 86_400_000;
    await t.db
      .insert(clicks)
      .values(Array.from({ length: 60 }, (_, i) => row(memberId, new Date(base + i * 1000))));
    expect((await listMemberClicks(t.db, { userId: memberId, limit: 10_000 })).items).toHaveLength(50);
    expect((await listMemberClicks(t.db, { userId: memberId, limit: 0 })).items).toHaveLength(1);
    expect((await listMemberClicks(t.db, { userId: memberId })).items).toHaveLength(20);
  });
});

describe('one member’s clicks are theirs alone', () => {
  it('lists none of another member’s clicks, and their cursor opens nothing', async () => {
    await t.db.delete(clicks);
    const mine = await out(member.cookies);
    const theirs = await out(other.cookies);
    expect((await listMemberClicks(t.db, { userId: memberId })).items.map((c) => c.id)).toEqual([mine]);
    expect((await listMemberClicks(t.db, { userId: otherId })).items.map((c) => c.id)).toEqual([theirs]);

    // Someone else's click id as a cursor: an empty page, not a look at their position.
    for (const direction of ['older', 'newer'] as const) {
      const page = await listMemberClicks(t.db, { userId: memberId, cursor: { direction, id: theirs } });
      expect(page.items).toEqual([]);
    }
    // Garbage cursors are ignored (the first page), malformed member ids find nothing.
    const garbage = await listMemberClicks(t.db, {
      userId: memberId,
      cursor: { direction: 'older', id: "x' or 1=1 --" },
    });
    expect(garbage.items.map((c) => c.id)).toEqual([mine]);
    expect((await listMemberClicks(t.db, { userId: 'not-a-uuid' })).items).toEqual([]);
  });

  it('getMemberClick shows the member’s own click in full, and nobody else’s', async () => {
    await t.db.delete(clicks);
    const mine = await out(member.cookies, { offer: String(lavande.offerId) });
    const theirs = await out(other.cookies);

    const detail = await getMemberClick(t.db, { userId: memberId, clickId: mine });
    expect(detail).toMatchObject({
      id: mine,
      merchant: { slug: 'maison-test' },
      offer: { id: lavande.offerId },
      validationDelayDays: expect.any(Number),
    });
    expect(detail!.capturedAt).toBeInstanceOf(Date);
    expect(detail!.offers[0]).toHaveProperty('conditionsFr');

    expect(await getMemberClick(t.db, { userId: memberId, clickId: theirs })).toBeNull();
    expect(await getMemberClick(t.db, { userId: otherId, clickId: mine })).toBeNull();
    expect(await getMemberClick(t.db, { userId: memberId, clickId: mine.toUpperCase() })).toBeNull();
    expect(await getMemberClick(t.db, { userId: memberId, clickId: 'nope' })).toBeNull();
    expect(await getMemberClick(t.db, { userId: 'nope', clickId: mine })).toBeNull();
    // Both rows are still there: "not found" is the filter, not a missing row.
    const both = await t.db
      .select({ id: clicks.id })
      .from(clicks)
      .where(and(eq(clicks.merchantId, lavande.merchantId)));
    expect(both).toHaveLength(2);
  });

  it('a click recorded through recordClick shows up for its member only', async () => {
    await t.db.delete(clicks);
    const clickId = newClickId();
    const recorded = await recordClick(t.db, {
      sessionId: other.sessionId,
      clickId,
      trackingUrl: `${APP_URL}/sandbox/track/sbx-maison-test?clickref=${clickId}`,
      merchantId: lavande.merchantId,
      offerId: null,
      networkProgramId: lavande.programId,
      networkCode: 'sandbox',
      snapshot: (({ capturedAt, ...shared }) => ({
        shared: JSON.stringify(shared),
        capturedAt,
        selectedOfferId: shared.selectedOfferId,
      }))(lavande.snapshot),
      deepLink: null,
      ipHash: null,
      userAgent: null,
      referrerPath: null,
      deviceType: 'unknown',
    });
    expect(recorded?.clickId).toBe(clickId);
    expect((await listMemberClicks(t.db, { userId: otherId })).items.map((c) => c.id)).toEqual([clickId]);
    expect((await listMemberClicks(t.db, { userId: memberId })).items).toEqual([]);
  });
});
