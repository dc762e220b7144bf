import { desc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { conversions, merchants } from '@/db/schema';
import type { PageCursor } from '@/lib/admin/keyset';
import { makeUser } from '@/tests/helpers/accounts';
import { atMinute, toyIntakeDb } from '@/tests/helpers/toy-intake-db';
import { memberPurchase } from './member-purchase';
import { memberPurchases } from './member-purchases';
import type { MemberPurchase } from './purchase-row';
import { purchase } from './testing/member-fixtures';

// "My cashback" and one purchase's page on real Postgres, fed by the real
// intake and ledger: the member's share and the split that explains it, the
// predicted validation date while the store has not confirmed, the filters,
// keyset pages that neither skip nor repeat, the timeline since the click,
// and one member never seeing another's purchase, whatever id or cursor they
// send.

const t = toyIntakeDb();

const at = atMinute;
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const now = new Date('2026-11-15T12:00:00Z');

async function expectedOrder(userId: string): Promise<string[]> {
  const rows = await t.db
    .select({ id: conversions.id })
    .from(conversions)
    .where(eq(conversions.userId, userId))
    .orderBy(desc(conversions.convertedAt), desc(conversions.id));
  return rows.map((row) => row.id);
}

async function walk(userId: string, limit: number, start: PageCursor | null = null) {
  const pages: MemberPurchase[][] = [];
  let cursor = start;
  for (let guard = 0; guard < 100; guard++) {
    const page = await memberPurchases(t.db, { userId, cursor, limit, now });
    pages.push(page.items);
    const next = start?.direction === 'newer' ? page.newer : page.older;
    if (!next) break;
    cursor = { direction: start?.direction ?? 'older', id: next };
  }
  return pages;
}

describe('memberPurchases', () => {
  it('lists the member’s purchases with their share, explanation and, while unconfirmed, the predicted date', async () => {
    const member = await makeUser(t.db);
    const other = await makeUser(t.db);
    const tracked = await purchase(t.db, t.account, member.id);
    await tracked.send({ commission: '801', converted: '2026-11-02T08:00:00Z', at: at(0) });
    const approved = await purchase(t.db, t.account, member.id, { rateBps: 1000 });
    await approved.send({
      commission: '1000',
      converted: '2026-11-01T08:00:00Z',
      status: 'approved',
      at: at(0),
    });
    await (await purchase(t.db, t.account, other.id)).send({ commission: '1000', at: at(0) });

    const page = await memberPurchases(t.db, { userId: member.id, now });
    expect(page.items.map((item) => item.id)).toEqual([
      await tracked.conversionId(),
      await approved.conversionId(),
    ]);
    expect(page).toMatchObject({ newer: null, older: null });
    const [first, second] = page.items;
    expect(first).toMatchObject({
      merchant: { id: tracked.merchantId },
      orderRef: `ORD-${tracked.clickId.slice(-6)}`,
      sale: eur(8010),
      commission: eur(801),
      // 5 % of 80,10 € = 4,005 €, rounded down for the member.
      cashback: eur(400),
      status: 'tracked',
      flagged: false,
    });
    expect(first!.split).toMatchObject({ kind: 'result', result: { memberMinor: 400, currency: 'EUR' } });
    // No confirmed history for this merchant: the delay captured at the click (30 days) from the click.
    const clickedAt = (
      await t.db.execute<{ created_at: Date }>(
        sql`select created_at from clicks where id = ${tracked.clickId}`,
      )
    ).rows[0]!.created_at;
    expect(first!.predicted).toMatchObject({ source: 'stated', medianDays: 30, p90Days: 30 });
    expect(first!.predicted!.earliest.getTime()).toBe(new Date(clickedAt).getTime() + 30 * 86_400_000);
    expect(second).toMatchObject({ cashback: eur(1000), status: 'payable', predicted: null });

    expect((await memberPurchases(t.db, { userId: other.id, now })).items).toHaveLength(1);
    expect((await memberPurchases(t.db, { userId: 'not-a-uuid', now })).items).toEqual([]);
  });

  it('filters by member-side status, period (days or a Paris month) and store name, accents ignored', async () => {
    const member = await makeUser(t.db);
    const buy = async (converted: string, query: Record<string, string>) => {
      const p = await purchase(t.db, t.account, member.id);
      await p.send({ converted, at: at(0), ...query });
      return { id: await p.conversionId(), merchantId: p.merchantId };
    };
    const november = await buy('2026-11-10T09:00:00Z', { commission: '1000' });
    // 23:30 UTC on 31 October is 1 November in Paris.
    const midnight = await buy('2026-10-31T23:30:00Z', { commission: '1000', status: 'approved' });
    const october = await buy('2026-10-20T09:00:00Z', { commission: '1000', status: 'declined' });
    const old = await buy('2026-06-01T09:00:00Z', { commission: '1000' });
    await t.db.update(merchants).set({ name: 'Éclat Beauté' }).where(eq(merchants.id, old.merchantId));

    const ids = async (filters: Parameters<typeof memberPurchases>[1]['filters']) =>
      (await memberPurchases(t.db, { userId: member.id, filters, now })).items.map((item) => item.id);
    expect(await ids({})).toEqual([november.id, midnight.id, october.id, old.id]);
    expect(await ids({ status: 'tracked' })).toEqual([november.id, old.id]);
    expect(await ids({ status: 'payable' })).toEqual([midnight.id]);
    expect(await ids({ status: 'cancelled' })).toEqual([october.id]);
    expect(await ids({ status: 'paid' })).toEqual([]);
    expect(await ids({ period: { month: '2026-11' } })).toEqual([november.id, midnight.id]);
    expect(await ids({ period: { month: '2026-10' } })).toEqual([october.id]);
    expect(await ids({ period: { days: 30 } })).toEqual([november.id, midnight.id, october.id]);
    expect(await ids({ period: { days: 365 } })).toHaveLength(4);
    expect(await ids({ merchant: 'eclat' })).toEqual([old.id]);
    expect(await ids({ merchant: 'BEAUTÉ' })).toEqual([old.id]);
    // LIKE's wildcards are plain characters here.
    expect(await ids({ merchant: '%' })).toEqual([]);
    expect(await ids({ merchant: 'Ledger shop', status: 'tracked', period: { month: '2026-11' } })).toEqual([
      november.id,
    ]);
    // Nonsense periods filter nothing rather than fail.
    expect(await ids({ period: { month: '2026-13' } })).toHaveLength(4);
    expect(await ids({ period: { days: -3 } })).toHaveLength(4);
  });

  it('pages older and back newer without skipping or repeating, ties on the purchase time included', async () => {
    const member = await makeUser(t.db);
    for (let i = 0; i < 7; i++) {
      // Three purchases share each instant: only the id orders them.
      const converted = new Date(Date.UTC(2026, 9, 1, 10, Math.floor(i / 3))).toISOString();
      await (await purchase(t.db, t.account, member.id)).send({ commission: '100', converted, at: at(0) });
    }
    const expected = await expectedOrder(member.id);
    expect(expected).toHaveLength(7);
    for (const limit of [1, 2, 3, 7, 50]) {
      const pages = await walk(member.id, limit);
      expect(
        pages.flat().map((item) => item.id),
        `limit ${limit}`,
      ).toEqual(expected);
      expect(pages).toHaveLength(Math.ceil(7 / limit));
    }
    const back = await walk(member.id, 2, { direction: 'newer', id: expected[6]! });
    expect(
      back
        .reverse()
        .flat()
        .map((item) => item.id),
    ).toEqual(expected.slice(0, 6));
    // Filters hold on every page.
    const filtered = await memberPurchases(t.db, {
      userId: member.id,
      filters: { status: 'cancelled' },
      cursor: { direction: 'older', id: expected[0]! },
      now,
    });
    expect(filtered.items).toEqual([]);
  });

  it('shows nothing for a cursor that is another member’s purchase; a malformed cursor is the first page', async () => {
    const member = await makeUser(t.db);
    const other = await makeUser(t.db);
    const mine = await purchase(t.db, t.account, member.id);
    await mine.send({ commission: '100', converted: '2026-10-01T10:00:00Z', at: at(0) });
    const theirs = await purchase(t.db, t.account, other.id);
    await theirs.send({ commission: '100', converted: '2026-10-02T10:00:00Z', at: at(0) });
    for (const direction of ['older', 'newer'] as const) {
      const page = await memberPurchases(t.db, {
        userId: member.id,
        cursor: { direction, id: await theirs.conversionId() },
        now,
      });
      expect(page.items, direction).toEqual([]);
    }
    const first = await memberPurchases(t.db, {
      userId: member.id,
      cursor: { direction: 'older', id: "x' or 1=1 --" },
      now,
    });
    expect(first.items.map((item) => item.id)).toEqual([await mine.conversionId()]);
  });
});

describe('memberPurchase', () => {
  it('is the purchase with the click, its terms and every change since, oldest first', async () => {
    const member = await makeUser(t.db);
    const p = await purchase(t.db, t.account, member.id);
    await p.send({ commission: '1000', at: at(0) });
    await p.send({ commission: '801', at: at(1) });
    await p.send({ commission: '801', status: 'approved', at: at(2) });
    const id = await p.conversionId();

    const detail = await memberPurchase(t.db, { userId: member.id, conversionId: id, now });
    expect(detail).toMatchObject({
      id,
      status: 'payable',
      cashback: eur(400),
      commission: eur(801),
      predicted: null,
    });
    expect(detail!.click).toMatchObject({ id: p.clickId, validationDelayDays: 30 });
    expect(detail!.click!.offers[0]!.rates[0]!.usual).toEqual({ kind: 'percent', rateBps: 500 });
    expect(
      detail!.timeline.map(({ kind, status, cashback, previous }) => ({ kind, status, cashback, previous })),
    ).toEqual([
      { kind: 'tracked', status: 'tracked', cashback: eur(500), previous: null },
      { kind: 'amended', status: 'tracked', cashback: eur(400), previous: eur(500) },
      { kind: 'payable', status: 'payable', cashback: eur(400), previous: null },
    ]);
    expect(detail!.split).toMatchObject({ kind: 'result', result: { memberMinor: 400 } });
  });

  it('is null for another member’s purchase, an orphan or an id that is not one', async () => {
    const member = await makeUser(t.db);
    const other = await makeUser(t.db);
    const p = await purchase(t.db, t.account, member.id);
    await p.send({ commission: '1000', at: at(0) });
    const id = await p.conversionId();
    expect(await memberPurchase(t.db, { userId: other.id, conversionId: id, now })).toBeNull();
    expect(await memberPurchase(t.db, { userId: member.id, conversionId: 'not-a-uuid', now })).toBeNull();
    expect(await memberPurchase(t.db, { userId: 'nobody', conversionId: id, now })).toBeNull();
    expect(
      await memberPurchase(t.db, {
        userId: member.id,
        conversionId: '00000000-0000-4000-8000-000000000000',
        now,
      }),
    ).toBeNull();
  });

  it('explains a purchase without terms at the click by its reason, and shows no click it cannot vouch for', async () => {
    const member = await makeUser(t.db);
    const p = await purchase(t.db, t.account, member.id);
    // The click loses its snapshot's shape (an old click): the ledger prices nothing and says why.
    await t.db.execute(sql`update clicks set terms_snapshot = '{}'::jsonb where id = ${p.clickId}`);
    await p.send({ commission: '1000', at: at(0) });
    const detail = await memberPurchase(t.db, {
      userId: member.id,
      conversionId: await p.conversionId(),
      now,
    });
    expect(detail).toMatchObject({
      cashback: eur(0),
      split: { kind: 'reason', reason: 'no_terms' },
      click: null,
    });
    expect(detail!.timeline.map((event) => event.kind)).toEqual(['tracked']);
  });
});
