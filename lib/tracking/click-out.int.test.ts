import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clicks, merchants, networkPrograms } from '@/db/schema';
import { revokeSession } from '@/lib/accounts/sessions';
import { makeUser, testConfig } from '@/tests/helpers/accounts';
import { insertBoost, insertMerchant } from '@/tests/helpers/catalog-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { APP_URL, cookieJar, insertProgram, signedInCookies } from '@/tests/helpers/tracking-fixtures';
import { isClickId } from './click-id';
import { type ClickOutRequest, clickOut } from './click-out';
import { createClickTargetCache } from './click-target-cache';
import { REPEAT_WINDOW_S } from './record-click';

// /out/<slug> against a real database: what is recorded (and committed) for
// each kind of request, the terms snapshot, repeat clicks, and refusals.

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const config = { secret: testConfig.secret, appUrl: APP_URL };
const target = createClickTargetCache({ ttlMs: 0 });

let t: TestDb;
let merchantId: number;
let offerId: number;
let rateId: number;
let secondOfferId: number;
let member: Awaited<ReturnType<typeof signedInCookies>>;
let memberId: string;

beforeAll(async () => {
  t = await createTestDb();
  const m = await insertMerchant(t.db, {
    slug: 'maison-test',
    name: 'Maison Test',
    domains: ['maison-test.example', 'maison-test.fr'],
    rates: [{ rateBps: 500 }],
  });
  merchantId = m.merchant.id;
  offerId = m.offer.id;
  rateId = m.rates[0]!.id;
  await insertBoost(t.db, {
    kind: 'window',
    rateId,
    merchantId,
    boostedRateBps: 1000,
    labelFr: 'Happy hour',
    startsAt: new Date(Date.now() - 3_600_000),
    endsAt: new Date(Date.now() + 3_600_000),
  });
  const second = await insertMerchant(t.db, { slug: 'second-offer-holder', name: 'Other', rates: [] });
  // A second offer on the same merchant (moved over from a helper merchant).
  await t.db.execute(sql`update offers set merchant_id = ${merchantId} where id = ${second.offer.id}`);
  secondOfferId = second.offer.id;
  await insertProgram(t.db, merchantId, { advertiserId: 'sbx-maison-test' });
  memberId = (await makeUser(t.db)).id;
  member = await signedInCookies(t.db, memberId);
});
afterAll(async () => {
  await t.close();
});

function request(overrides: Partial<ClickOutRequest> = {}): ClickOutRequest {
  return {
    method: 'GET',
    slug: 'maison-test',
    offer: null,
    url: null,
    headers: new Headers({
      'user-agent': CHROME,
      'sec-fetch-dest': 'document',
      referer: `${APP_URL}/stores/maison-test?x=1`,
    }),
    cookies: member.cookies,
    ip: '203.0.113.9',
    ...overrides,
  };
}

const out = (overrides: Partial<ClickOutRequest> = {}) =>
  clickOut(t.db, request(overrides), { target, config });
const clickCount = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(clicks))[0]!.n;
const clearClicks = () => t.db.delete(clicks);

describe('a member’s click', () => {
  it('is committed before the answer, which is a 302 to the network link carrying the click id', async () => {
    await clearClicks();
    const response = await out();
    expect(response.status).toBe(302);
    expect(response.outcome).toBe('recorded');
    const clickId = response.click!.clickId;
    expect(isClickId(clickId)).toBe(true);
    const location = new URL(response.location!);
    expect(location.origin).toBe(APP_URL);
    expect(location.pathname).toBe('/sandbox/track/sbx-maison-test');
    expect(location.searchParams.get('clickref')).toBe(clickId);

    // Read through another connection: the row is committed, not just written.
    const { rows } = await t.pool.query('select * from clicks where id = $1', [clickId]);
    const row = rows[0];
    expect(row.user_id).toBe(memberId);
    expect(row.merchant_id).toBe(merchantId);
    expect(row.tracking_url).toBe(response.location);
    expect(row.ip_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain('203.0.113.9');
    expect(row.user_agent).toBe(CHROME);
    expect(row.device_type).toBe('desktop');
    expect(row.referrer_path).toBe('/stores/maison-test');
    expect(row.offer_id).toBeNull();
  });

  it('snapshots every open offer, each rate with the boost in force', async () => {
    await clearClicks();
    const response = await out();
    const [row] = await t.db.select().from(clicks).where(eq(clicks.id, response.click!.clickId));
    const snapshot = row!.termsSnapshot;
    expect(snapshot.selectedOfferId).toBeNull();
    expect(snapshot.offers.map((offer) => offer.id).sort()).toEqual([offerId, secondOfferId].sort());
    const rate = snapshot.offers.find((offer) => offer.id === offerId)!.rates[0]!;
    expect(rate).toMatchObject({ id: rateId, kind: 'percent', rateBps: 500 });
    expect(rate.boost).toMatchObject({ labelFr: 'Happy hour', boostedRateBps: 1000 });
    expect(snapshot.program.networkCode).toBe('sandbox');
    expect(snapshot.merchant).toMatchObject({ id: merchantId, slug: 'maison-test' });
  });

  it('with ?offer= snapshots that offer only; an unknown offer falls back to all', async () => {
    await clearClicks();
    const chosen = await out({ offer: String(offerId) });
    const [row] = await t.db.select().from(clicks).where(eq(clicks.id, chosen.click!.clickId));
    expect(row!.offerId).toBe(offerId);
    expect(row!.termsSnapshot.offers.map((offer) => offer.id)).toEqual([offerId]);

    const stale = await out({ offer: '999999' });
    const [staleRow] = await t.db.select().from(clicks).where(eq(clicks.id, stale.click!.clickId));
    expect(staleRow!.offerId).toBeNull();
    expect(staleRow!.termsSnapshot.offers).toHaveLength(2);
  });

  it('repeated within the window reuses the click id; another deep link is another click', async () => {
    await clearClicks();
    const first = await out();
    const again = await out();
    expect(again.outcome).toBe('reused');
    expect(again.click!.clickId).toBe(first.click!.clickId);
    expect(again.location).toBe(first.location);
    const deep = await out({ url: 'https://www.maison-test.fr/produit/42?taille=M' });
    expect(deep.click!.clickId).not.toBe(first.click!.clickId);
    expect(new URL(deep.location!).searchParams.get('ued')).toBe(
      'https://www.maison-test.fr/produit/42?taille=M',
    );
    expect(await clickCount()).toBe(2);

    // Past the window, a new click.
    await t.db.update(clicks).set({ createdAt: sql`now() - ${REPEAT_WINDOW_S + 1} * interval '1 second'` });
    const later = await out();
    expect(later.outcome).toBe('recorded');
    expect(await clickCount()).toBe(3);
  });

  it('20 simultaneous clicks by one member on one merchant make one row', async () => {
    await clearClicks();
    const responses = await Promise.all(Array.from({ length: 20 }, () => out()));
    expect(new Set(responses.map((response) => response.click!.clickId)).size).toBe(1);
    expect(await clickCount()).toBe(1);
  });

  it('two members clicking get two different ids', async () => {
    await clearClicks();
    const other = await signedInCookies(t.db, (await makeUser(t.db)).id);
    const [a, b] = await Promise.all([out(), out({ cookies: other.cookies })]);
    expect(a.click!.clickId).not.toBe(b.click!.clickId);
    expect(await clickCount()).toBe(2);
  });
});

describe('answered without recording a click', () => {
  it.each([
    ['HEAD', { method: 'HEAD' }, 204, 'skipped'],
    [
      'a prefetch',
      { headers: new Headers({ 'user-agent': CHROME, 'sec-purpose': 'prefetch' }) },
      204,
      'skipped',
    ],
    [
      'an <img> embed',
      { headers: new Headers({ 'user-agent': CHROME, 'sec-fetch-dest': 'image' }) },
      204,
      'skipped',
    ],
    [
      'Googlebot',
      {
        headers: new Headers({
          'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
        }),
      },
      302,
      'bot',
    ],
    ['no user agent', { headers: new Headers() }, 302, 'bot'],
  ] as const)('%s', async (_label, overrides, status, outcome) => {
    await clearClicks();
    const response = await out(overrides as Partial<ClickOutRequest>);
    expect(response.status).toBe(status);
    expect(response.outcome).toBe(outcome);
    if (outcome === 'bot') expect(response.location).toBe('/stores/maison-test');
    expect(await clickCount()).toBe(0);
  });

  it('an anonymous visitor gets the interstitial, keeping the offer and the checked deep link', async () => {
    await clearClicks();
    const response = await out({
      cookies: cookieJar({}),
      offer: String(offerId),
      url: 'https://maison-test.example/sac?c=rouge',
    });
    expect(response.outcome).toBe('anonymous');
    const location = new URL(response.location!, APP_URL);
    expect(location.pathname).toBe('/out/maison-test/welcome');
    expect(location.searchParams.get('offer')).toBe(String(offerId));
    expect(location.searchParams.get('url')).toBe('https://maison-test.example/sac?c=rouge');
    expect(await clickCount()).toBe(0);
  });

  it('a forged or foreign cookie counts as anonymous; a revoked session as signed out', async () => {
    await clearClicks();
    expect((await out({ cookies: cookieJar({ 'authjs.session-token': 'forged' }) })).outcome).toBe(
      'anonymous',
    );
    const gone = await signedInCookies(t.db, memberId);
    await revokeSession(t.db, memberId, gone.sessionId);
    const response = await out({ cookies: gone.cookies });
    expect(response.outcome).toBe('signed-out');
    expect(response.location).toBe('/out/maison-test/welcome');
    expect(await clickCount()).toBe(0);
  });

  it.each([
    ['another host', 'https://evil.example/'],
    ['a look-alike host', 'https://maison-test.example.evil.com/'],
    ['userinfo', 'https://maison-test.example@evil.example/'],
    ['protocol-relative', '//evil.example'],
    ['javascript:', 'javascript:alert(1)'],
    ['a backslash', 'https:\\\\evil.example'],
    ['an encoded dot in the host', 'https://maison-test%2eexample/'],
  ])('a deep link to %s is refused, never followed', async (_label, url) => {
    await clearClicks();
    const response = await out({ url });
    expect(response.outcome).toBe('refused');
    expect(response.location).toMatch(/^\/out\/maison-test\/refused\?reason=[a-z_]+$/);
    expect(await clickCount()).toBe(0);
  });
});

describe('merchants that cannot take clicks', () => {
  it('unknown, paused or without an active program: the unavailable page, no click', async () => {
    await clearClicks();
    expect((await out({ slug: 'nope' })).location).toBe('/out/nope/unavailable');

    await t.db.update(merchants).set({ status: 'paused' }).where(eq(merchants.id, merchantId));
    expect((await out()).outcome).toBe('unavailable');
    await t.db.update(merchants).set({ status: 'live' }).where(eq(merchants.id, merchantId));

    await t.db
      .update(networkPrograms)
      .set({ isActiveRoute: false })
      .where(eq(networkPrograms.merchantId, merchantId));
    expect((await out()).outcome).toBe('unavailable');
    await t.db
      .update(networkPrograms)
      .set({ isActiveRoute: true })
      .where(eq(networkPrograms.merchantId, merchantId));

    expect((await out({ slug: '../admin' })).location).toBe('/out/..%2Fadmin/unavailable');
    expect(await clickCount()).toBe(0);
    expect((await out()).outcome).toBe('recorded');
  });
});
