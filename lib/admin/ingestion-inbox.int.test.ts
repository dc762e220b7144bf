import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inboxEvents } from '@/db/schema';
import { addToyAccount, sendToyPostback, type ToyAccount } from '@/tests/helpers/ingestion-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { ingestionNetworkCodes, listInboxEvents } from './ingestion-inbox';
import { inboxEventDetail } from './ingestion-inbox-detail';
import type { InboxQuery } from './ingestion-query';

// The inbox list and a request's detail on a real database: filters (network,
// status, Paris days, payload search), keyset pages both ways, the events a
// request produced, and ids that are not ids.

let t: TestDb;
let toy: ToyAccount;
let other: ToyAccount;

beforeAll(async () => {
  t = await createTestDb();
  toy = await addToyAccount(t.db);
  other = await addToyAccount(t.db, 'othernet', 'o1');
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.execute(
    sql`truncate conversion_changes, conversion_status_changes, conversion_lines, conversion_events, conversions, inbox_events restart identity cascade`,
  );
});

const none: InboxQuery = { network: null, status: null, from: null, to: null, search: null, cursor: null };
const at = (id: number, iso: string) =>
  t.db
    .update(inboxEvents)
    .set({ receivedAt: new Date(iso) })
    .where(eq(inboxEvents.id, id));
const ids = (page: { items: { id: number }[] }) => page.items.map((item) => item.id);

describe('listInboxEvents', () => {
  it('lists newest first with the account, channel, status, event count and an error excerpt', async () => {
    const ok = await sendToyPostback(t.db, toy, { id: 'T1', commission: '10', order: 'ORD-1' });
    const bad = await sendToyPostback(t.db, other, { garbage: 'X1' });
    await t.db
      .update(inboxEvents)
      .set({ error: 'x'.repeat(1000) })
      .where(eq(inboxEvents.id, bad));
    const page = await listInboxEvents(t.db, none);
    expect(ids(page)).toEqual([bad, ok]);
    expect(page.items[1]).toMatchObject({
      networkCode: 'toynet',
      accountName: 'Toy p1',
      channel: 'postback',
      method: 'GET',
      status: 'processed',
      eventCount: 1,
      errorExcerpt: null,
    });
    expect(page.items[0]).toMatchObject({ networkCode: 'othernet', status: 'parse_error', eventCount: 0 });
    expect(page.items[0]!.errorExcerpt).toHaveLength(160);
  });

  it('filters by network, by status, and by a reference in the payload (LIKE characters literal)', async () => {
    const a = await sendToyPostback(t.db, toy, { id: 'T2', commission: '10', order: 'SBX-AB12CD' });
    const b = await sendToyPostback(t.db, toy, { garbage: '100%_sure' });
    const c = await sendToyPostback(t.db, other, { id: 'T3' });
    expect(ids(await listInboxEvents(t.db, { ...none, network: 'toynet' }))).toEqual([b, a]);
    expect(ids(await listInboxEvents(t.db, { ...none, status: 'parse_error' }))).toEqual([c, b]);
    expect(ids(await listInboxEvents(t.db, { ...none, status: 'processed' }))).toEqual([a]);
    expect(ids(await listInboxEvents(t.db, { ...none, status: 'received' }))).toEqual([]);
    expect(ids(await listInboxEvents(t.db, { ...none, search: 'sbx-ab12' }))).toEqual([a]);
    expect(ids(await listInboxEvents(t.db, { ...none, search: '0%_s' }))).toEqual([b]);
    expect(ids(await listInboxEvents(t.db, { ...none, search: '%' }))).toEqual([b]);
    expect(ids(await listInboxEvents(t.db, { ...none, network: 'othernet', status: 'processed' }))).toEqual(
      [],
    );
  });

  it('reads dates as Paris days, both ends included', async () => {
    const late = await sendToyPostback(t.db, toy, { id: 'D1', commission: '1' });
    const midnight = await sendToyPostback(t.db, toy, { id: 'D2', commission: '1' });
    const next = await sendToyPostback(t.db, toy, { id: 'D3', commission: '1' });
    await at(late, '2026-03-10T22:59:59Z'); // 23:59:59 in Paris, on the 10th
    await at(midnight, '2026-03-10T23:00:00Z'); // 00:00 on the 11th in Paris
    await at(next, '2026-03-11T22:59:00Z'); // 23:59 on the 11th
    expect(ids(await listInboxEvents(t.db, { ...none, from: '2026-03-11', to: '2026-03-11' }))).toEqual([
      next,
      midnight,
    ]);
    expect(ids(await listInboxEvents(t.db, { ...none, to: '2026-03-10' }))).toEqual([late]);
    expect(ids(await listInboxEvents(t.db, { ...none, from: '2026-03-12' }))).toEqual([]);
  });

  it('pages by keyset both ways, rows received in the same microsecond included', async () => {
    const made: number[] = [];
    for (let i = 0; i < 5; i++) made.push(await sendToyPostback(t.db, toy, { id: `K${i}`, commission: '1' }));
    await t.db.update(inboxEvents).set({ receivedAt: new Date('2026-05-01T12:00:00Z') });
    const newestFirst = [...made].reverse();
    const first = await listInboxEvents(t.db, { ...none, limit: 2 });
    expect(ids(first)).toEqual(newestFirst.slice(0, 2));
    expect(first.newer).toBeNull();
    const second = await listInboxEvents(t.db, {
      ...none,
      limit: 2,
      cursor: { direction: 'older', id: first.older! },
    });
    expect(ids(second)).toEqual(newestFirst.slice(2, 4));
    const third = await listInboxEvents(t.db, {
      ...none,
      limit: 2,
      cursor: { direction: 'older', id: second.older! },
    });
    expect(ids(third)).toEqual(newestFirst.slice(4));
    expect(third.older).toBeNull();
    const back = await listInboxEvents(t.db, {
      ...none,
      limit: 2,
      cursor: { direction: 'newer', id: second.newer! },
    });
    expect(ids(back)).toEqual(newestFirst.slice(0, 2));
    // A cursor that is not a row id is ignored, not an SQL error.
    expect(
      ids(await listInboxEvents(t.db, { ...none, cursor: { direction: 'older', id: 'abc-def' } })),
    ).toEqual(newestFirst);
  });

  it('bounds the page size', async () => {
    for (let i = 0; i < 3; i++) await sendToyPostback(t.db, toy, { id: `L${i}`, commission: '1' });
    expect((await listInboxEvents(t.db, { ...none, limit: 0 })).items).toHaveLength(1);
    expect((await listInboxEvents(t.db, { ...none, limit: 10_000 })).items).toHaveLength(3);
  });

  it('offers the networks we hold accounts for', async () => {
    expect(await ingestionNetworkCodes(t.db)).toEqual(['othernet', 'toynet']);
  });
});

describe('inboxEventDetail', () => {
  it('returns the raw request and every event recorded from it, with its outcome', async () => {
    const first = await sendToyPostback(t.db, toy, {
      id: 'E1',
      commission: '10',
      order: '<script>x</script>',
    });
    const again = await sendToyPostback(t.db, toy, {
      id: 'E1',
      commission: '10',
      order: '<script>x</script>',
    });
    const detail = await inboxEventDetail(t.db, String(first));
    expect(detail).toMatchObject({
      id: first,
      networkCode: 'toynet',
      account: { name: 'Toy p1', publisherId: 'p1' },
      channel: 'postback',
      method: 'GET',
      path: '/api/postbacks/toynet/<token>',
      query: { id: 'E1', commission: '10', order: '<script>x</script>' },
      headers: { 'user-agent': 'ToyNet/1.0' },
      body: '',
      sourceIp: '198.51.100.7',
      status: 'processed',
      eventsTotal: 1,
    });
    expect(detail!.events).toEqual([
      expect.objectContaining({ outcome: 'applied', networkConversionId: 'E1', detail: null }),
    ]);
    // A duplicate is read (eventCount) but records nothing new: the key is already taken.
    expect(await inboxEventDetail(t.db, again)).toMatchObject({ eventCount: 1, events: [], eventsTotal: 0 });
  });

  it('shows a rejected transition’s detail', async () => {
    await sendToyPostback(t.db, toy, {
      id: 'E2',
      commission: '10',
      status: 'approved',
      at: '2026-11-02T00:00:00Z',
    });
    const back = await sendToyPostback(t.db, toy, {
      id: 'E2',
      commission: '10',
      status: 'pending',
      at: '2026-11-03T00:00:00Z',
    });
    expect((await inboxEventDetail(t.db, back))!.events).toEqual([
      expect.objectContaining({ outcome: 'rejected_transition', detail: 'approved → pending' }),
    ]);
  });

  it.each(['0', '-1', 'abc', '1.5', '99999999999999999999', '42'])('is null for %s', async (id) => {
    expect(await inboxEventDetail(t.db, id)).toBeNull();
  });
});
