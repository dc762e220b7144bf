import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { conversionLines, conversions, inboxEvents } from '@/db/schema';
import { awinPostbackAdapter } from '@/lib/networks/awin/adapter-postback';
import { awinTransactionsApiAdapter } from '@/lib/networks/awin/adapter-transactions-api';
import { cjCommissionDetailAdapter } from '@/lib/networks/cj/adapter';
import { fixture as cjFixture } from '@/lib/networks/cj/fixtures/load';
import type { AdapterAccount, ConversionEvent } from '@/lib/networks/conversion-event';
import { addNetworkAccount } from '@/lib/networks/network-accounts';
import { postRequest, readFixture } from '@/lib/networks/parse/fixture-request';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { applyConversionEvent } from './apply-event';

// networks.md's fixtures through the real adapters and intake, delivered three
// times each and in every order: the final conversion is always the same.
// Networks that send lines (CJ) also give the same lines in any order; for
// networks that send totals (Awin) the lines record the order things arrived
// in (append-only), and always sum to the same totals.

let t: TestDb;
const ids: Record<string, number> = {};
const awinAccount: AdapterAccount = { network: 'awin', publisherId: '1234567', defaultCurrency: 'EUR' };
const cjAccount: AdapterAccount = { network: 'cj', publisherId: '1234567', defaultCurrency: 'USD' };

beforeAll(async () => {
  t = await createTestDb();
  ids.awin = (
    await addNetworkAccount(t.db, { networkCode: 'awin', name: 'Awin', publisherId: '1234567' })
  ).account.id;
  ids.cj = (
    await addNetworkAccount(t.db, {
      networkCode: 'cj',
      name: 'CJ',
      publisherId: '1234567',
      defaultCurrency: 'USD',
    })
  ).account.id;
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.execute(
    sql`truncate conversion_changes, conversion_status_changes, conversion_lines, conversion_events, conversions, inbox_events restart identity cascade`,
  );
});

const awinUrl = new URL('../networks/awin/adapter-postback.test.ts', import.meta.url).href;
function only(result: { events: ConversionEvent[]; issues: unknown[] }): ConversionEvent[] {
  expect(result.issues).toEqual([]);
  return result.events;
}

const AWIN: Record<string, () => ConversionEvent[]> = {
  F1: () =>
    only(awinPostbackAdapter(postRequest(readFixture(awinUrl, 'f1-notification-post.txt')), awinAccount)),
  F3: () =>
    only(awinTransactionsApiAdapter(readFixture(awinUrl, 'f3-transactions-amended.json'), awinAccount)),
  F4: () =>
    only(awinTransactionsApiAdapter(readFixture(awinUrl, 'f4-transactions-approved.json'), awinAccount)),
};
const CJ: Record<string, () => ConversionEvent[]> = {
  F6: () => only(cjCommissionDetailAdapter(cjFixture('f6-original.json'), cjAccount)),
  F7: () => only(cjCommissionDetailAdapter(cjFixture('f7-correction.json'), cjAccount)),
  F8: () => only(cjCommissionDetailAdapter(cjFixture('f8-relock.json'), cjAccount)),
};

function orders<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

async function deliver(network: 'awin' | 'cj', events: ConversionEvent[]) {
  const [inbox] = await t.db
    .insert(inboxEvents)
    .values({
      networkCode: network,
      networkAccountId: ids[network]!,
      channel: 'api',
      payloadHash: 'b'.repeat(64),
    })
    .returning({ id: inboxEvents.id });
  await t.db.transaction(async (tx) => {
    for (const event of events) {
      await applyConversionEvent(tx, { networkAccountId: ids[network]!, inboxEventId: inbox!.id, event });
    }
  });
}

async function finalState() {
  const rows = await t.db.select().from(conversions);
  expect(rows).toHaveLength(1);
  const lines = await t.db
    .select()
    .from(conversionLines)
    .orderBy(conversionLines.sourceRecordKey, conversionLines.id);
  const [row] = rows;
  return {
    conversion: {
      status: row!.status,
      sale: row!.saleMinor,
      commission: row!.commissionMinor,
      currency: row!.currency,
    },
    lineSums: {
      sale: lines.reduce((sum, line) => sum + (line.saleDeltaMinor ?? 0), 0),
      commission: lines.reduce((sum, line) => sum + line.commissionDeltaMinor, 0),
    },
    lines: lines.map((line) => [
      line.kind,
      line.sourceRecordKey,
      line.saleDeltaMinor,
      line.commissionDeltaMinor,
    ]),
  };
}

describe('Awin F1 (notification), F3 (amended), F4 (approved)', () => {
  it.each(orders(Object.keys(AWIN)).map((order) => [order.join(' '), order]))(
    'in the order %s, three times each',
    async (_label, order) => {
      for (let round = 0; round < 3; round++) for (const name of order) await deliver('awin', AWIN[name]!());
      const state = await finalState();
      expect(state.conversion).toEqual({ status: 'approved', sale: 5950, commission: 298, currency: 'EUR' });
      expect(state.lineSums).toEqual({ sale: 5950, commission: 298 });
    },
  );
});

describe('CJ F6 (original), F7 (correction), F8 (re-poll after lock)', () => {
  it.each(orders(Object.keys(CJ)).map((order) => [order.join(' '), order]))(
    'in the order %s, three times each: the same conversion and the same lines',
    async (_label, order) => {
      for (let round = 0; round < 3; round++) for (const name of order) await deliver('cj', CJ[name]!());
      const state = await finalState();
      expect(state.conversion).toEqual({ status: 'approved', sale: 8000, commission: 640, currency: 'USD' });
      expect(state.lines).toEqual([
        ['original', '3061234567', 12000, 960],
        ['correction', '3061299999', -4000, -320],
      ]);
    },
  );
});
