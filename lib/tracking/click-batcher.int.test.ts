import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clicks } from '@/db/schema';
import { makeUser, testConfig } from '@/tests/helpers/accounts';
import { insertMerchant } from '@/tests/helpers/catalog-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { APP_URL, cookieJar, insertProgram, signedInCookies } from '@/tests/helpers/tracking-fixtures';
import { createClickBatcher } from './click-batcher';
import { newClickId } from './click-id';
import { type ClickOutRequest, clickOut } from './click-out';
import { createClickTargetCache } from './click-target-cache';
import type { RecordClickInput } from './record-click';

// Group commit: clicks that arrive together are written together, and every
// rule of a single click (repeat window, session check, one row per double
// click) still holds inside and across batches.

const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const config = { secret: testConfig.secret, appUrl: APP_URL };
const target = createClickTargetCache({ ttlMs: 0 });

let t: TestDb;
let cookies: Awaited<ReturnType<typeof signedInCookies>>['cookies'];
let sessionId: string;
let otherCookies: Awaited<ReturnType<typeof signedInCookies>>['cookies'];

beforeAll(async () => {
  t = await createTestDb();
  const m = await insertMerchant(t.db, { slug: 'batch-shop', name: 'Batch Shop', rates: [{ rateBps: 300 }] });
  await insertProgram(t.db, m.merchant.id);
  ({ cookies, sessionId } = await signedInCookies(t.db, (await makeUser(t.db)).id));
  otherCookies = (await signedInCookies(t.db, (await makeUser(t.db)).id)).cookies;
});
afterAll(async () => {
  await t.close();
});

const request = (overrides: Partial<ClickOutRequest> = {}): ClickOutRequest => ({
  method: 'GET',
  slug: 'batch-shop',
  offer: null,
  url: null,
  headers: new Headers({ 'user-agent': CHROME }),
  cookies,
  ip: null,
  ...overrides,
});
const count = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(clicks))[0]!.n;

describe('createClickBatcher', () => {
  it('writes 60 simultaneous clicks in a few batches, each with its own row', async () => {
    await t.db.delete(clicks);
    const batches: number[] = [];
    const write = createClickBatcher(t.db, { maxInFlight: 2, onBatch: (size) => batches.push(size) });
    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        clickOut(t.db, request({ url: `https://batch-shop.example/p/${i}` }), { target, config, write }),
      ),
    );
    expect(responses.every((response) => response.outcome === 'recorded')).toBe(true);
    expect(new Set(responses.map((response) => response.click!.clickId)).size).toBe(60);
    expect(await count()).toBe(60);
    expect(batches.reduce((sum, size) => sum + size, 0)).toBe(60);
    expect(batches.length).toBeLessThan(60);
  });

  it('a double click inside one batch, and across batches, is one row', async () => {
    await t.db.delete(clicks);
    const write = createClickBatcher(t.db, { maxInFlight: 1 });
    const responses = await Promise.all(
      Array.from({ length: 30 }, () => clickOut(t.db, request(), { target, config, write })),
    );
    expect(new Set(responses.map((response) => response.click!.clickId)).size).toBe(1);
    expect(responses.filter((response) => response.outcome === 'recorded')).toHaveLength(1);
    const again = await clickOut(t.db, request(), { target, config, write });
    expect(again.outcome).toBe('reused');
    expect(await count()).toBe(1);
  });

  it('keeps members apart, and answers a dead session with null without failing the batch', async () => {
    await t.db.delete(clicks);
    const write = createClickBatcher(t.db, { maxInFlight: 1 });
    const forgedButDecodable = await signedInCookies(t.db, (await makeUser(t.db)).id);
    await t.db.execute(
      sql`update user_sessions set revoked_at = now() where id = ${forgedButDecodable.sessionId}`,
    );
    const [mine, theirs, dead, anonymous] = await Promise.all([
      clickOut(t.db, request(), { target, config, write }),
      clickOut(t.db, request({ cookies: otherCookies }), { target, config, write }),
      clickOut(t.db, request({ cookies: forgedButDecodable.cookies }), { target, config, write }),
      clickOut(t.db, request({ cookies: cookieJar({}) }), { target, config, write }),
    ]);
    expect(mine.outcome).toBe('recorded');
    expect(theirs.outcome).toBe('recorded');
    expect(mine.click!.userId).not.toBe(theirs.click!.userId);
    expect(dead.outcome).toBe('signed-out');
    expect(anonymous.outcome).toBe('anonymous');
    expect(await count()).toBe(2);
  });

  it('a click the database refuses fails alone; the rest of its batch is recorded', async () => {
    await t.db.delete(clicks);
    // Real click inputs, captured from the click-out without writing them.
    const captured: RecordClickInput[] = [];
    for (let i = 0; i < 5; i++) {
      await clickOut(t.db, request({ url: `https://batch-shop.example/ok/${i}` }), {
        target,
        config,
        write: async (input) => {
          captured.push(input);
          return null;
        },
      });
    }
    const batches: number[] = [];
    const write = createClickBatcher(t.db, { maxInFlight: 1, onBatch: (size) => batches.push(size) });
    // The first write is in flight alone; the next six queue behind it and go as one batch.
    const results = await Promise.allSettled([
      write(impossibleClick('alone')),
      ...captured.map((input) => write(input)),
      write(impossibleClick('in-batch')),
    ]);
    expect(batches).toEqual([1, 6]);
    expect(results.map((result) => result.status)).toEqual([
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
    ]);
    expect(await count()).toBe(5);
  });
});

/** A click whose merchant and programme do not exist: record_clicks refuses it. */
function impossibleClick(label: string): RecordClickInput {
  return {
    sessionId,
    clickId: newClickId(),
    trackingUrl: `https://example.com/${label}`,
    merchantId: 999_999,
    offerId: null,
    networkProgramId: 999_999,
    networkCode: 'sandbox',
    snapshot: { shared: '{}', capturedAt: new Date().toISOString(), selectedOfferId: null },
    deepLink: label,
    ipHash: null,
    userAgent: null,
    referrerPath: null,
    deviceType: 'desktop',
  };
}
