import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, clicks, merchants, userSessions, users } from '@/db/schema';
import { authenticate } from '@/lib/accounts/authenticate';
import { passwordPolicy } from '@/lib/accounts/password-policy';
import { listSessions } from '@/lib/accounts/sessions';
import { clickIdTime } from '@/lib/tracking/click-id';
import { listMemberClicks } from '@/lib/tracking/member-clicks';
import { makeUser, testConfig } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { DEMO_ACCOUNTS, hasDemoAccounts, seedDemoAccounts } from './demo-accounts';
import { DEMO_CLICK_SPECS, defaultAppUrl, seedDemoClicks } from './demo-clicks';
import { seedDatabase } from './index';

// The demo logins shown in the README and on the demo sign-in page really
// sign in, with the role they claim, and seeding them twice changes nothing.

const NOW = new Date('2026-11-20T09:00:00Z');
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

describe('demo accounts', () => {
  it('starts without them', async () => {
    expect(await hasDemoAccounts(t.db)).toBe(false);
  });

  it('creates all three, then none on a second run', async () => {
    expect(await seedDemoAccounts(t.db, { now: NOW })).toBe(3);
    expect(await seedDemoAccounts(t.db, { now: NOW })).toBe(0);
    expect(await hasDemoAccounts(t.db)).toBe(true);
    const rows = await t.db.select({ email: users.email }).from(users);
    expect(rows).toHaveLength(3);
  });

  it.each(DEMO_ACCOUNTS.map((account) => [account.role, account] as const))(
    'the %s login signs in with its published password and has that role',
    async (_role, account) => {
      expect(passwordPolicy(account.password, { email: account.email })).toEqual([]);
      const user = await authenticate(
        t.db,
        { email: account.email, password: account.password, ip: null },
        testConfig,
      );
      expect(user.role).toBe(account.role);
      expect(user.emailVerifiedAt).not.toBeNull();
      await expect(
        authenticate(t.db, { email: account.email, password: `${account.password}x`, ip: null }, testConfig),
      ).rejects.toMatchObject({ code: 'unauthorized' });
    },
  );

  it('gives the member a past: an old signed-out session, an open one, audit entries', async () => {
    const [member] = await t.db.select().from(users).where(eq(users.email, 'membre@demo.ristourne.fr'));
    expect(member!.createdAt.getTime()).toBeLessThan(NOW.getTime() - 200 * 24 * 3600 * 1000);
    const all = await t.db.select().from(userSessions).where(eq(userSessions.userId, member!.id));
    expect(all).toHaveLength(2);
    const open = (await listSessions(t.db, member!.id)).filter((s) => s.createdAt < new Date());
    expect(open.length).toBeGreaterThanOrEqual(1);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.targetUserId, member!.id));
    expect(audit.map((entry) => entry.action).sort()).toEqual(['account.created', 'email.verified']);
  });

  it('gives the member no clicks when there is no catalog to click on', async () => {
    expect(await t.db.select().from(clicks)).toEqual([]);
  });

  it('records how staff got their role', async () => {
    const [admin] = await t.db.select().from(users).where(eq(users.email, 'admin@demo.ristourne.fr'));
    const grants = await t.db.select().from(auditLog).where(eq(auditLog.targetUserId, admin!.id));
    expect(grants.find((entry) => entry.action === 'role.granted')?.details).toEqual({
      from: 'member',
      to: 'admin',
    });
  });
});

describe('the demo member’s clicks (with the demo catalog)', () => {
  const DAY_MS = 24 * 3600 * 1000;
  let c: TestDb;
  let memberId: string;
  const memberClicks = () =>
    c.db
      .select({ click: clicks, slug: merchants.slug, status: merchants.status })
      .from(clicks)
      .innerJoin(merchants, eq(merchants.id, clicks.merchantId))
      .where(eq(clicks.userId, memberId))
      .orderBy(asc(clicks.createdAt));

  beforeAll(async () => {
    c = await createTestDb();
    await seedDatabase(c.db, { scale: 'demo', now: NOW });
    const [member] = await c.db.select().from(users).where(eq(users.email, 'membre@demo.ristourne.fr'));
    memberId = member!.id;
  });
  afterAll(async () => {
    await c.close();
  });

  it('has a dozen clicks over the last four months, on several live anchors', async () => {
    const rows = await memberClicks();
    expect(rows).toHaveLength(DEMO_CLICK_SPECS.length);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(new Set(rows.map((r) => r.slug)).size).toBeGreaterThanOrEqual(5);
    expect(rows.every((r) => r.status === 'live')).toBe(true);
    const first = rows[0]!.click.createdAt.getTime();
    const last = rows[rows.length - 1]!.click.createdAt.getTime();
    expect(NOW.getTime() - first).toBeGreaterThan(100 * DAY_MS);
    expect(NOW.getTime() - first).toBeLessThan(130 * DAY_MS);
    expect(last).toBeLessThan(NOW.getTime());
    // Nobody else got any.
    expect(await c.db.select({ id: clicks.id }).from(clicks)).toHaveLength(rows.length);
  });

  it('writes each click as the click-out would have: id of its time, link carrying it, snapshot as of then', async () => {
    for (const { click, slug } of await memberClicks()) {
      expect(clickIdTime(click.id)?.getTime()).toBe(click.createdAt.getTime());
      expect(click.termsSnapshot.capturedAt).toBe(click.createdAt.toISOString());
      expect(click.termsSnapshot.merchant.slug).toBe(slug);
      expect(click.termsSnapshot.offers.length).toBeGreaterThan(0);
      expect(click.networkCode).toBe('sandbox');
      const link = new URL(click.trackingUrl);
      expect(link.origin).toBe(new URL(defaultAppUrl()).origin);
      expect(link.pathname).toMatch(/^\/sandbox\/track\//);
      expect(link.searchParams.get('clickref')).toBe(click.id);
      expect(link.searchParams.get('ued') ?? null).toBe(click.deepLink);
      expect(click.ipHash).toBeNull();
      expect(click.referrerPath).toBe(`/stores/${slug}`);
    }
  });

  it('captures what was special at the time: a happy hour, a chosen offer, devices, deep links', async () => {
    const rows = (await memberClicks()).map((r) => r.click);
    const boosted = rows.flatMap((click) =>
      click.termsSnapshot.offers.flatMap((offer) =>
        offer.rates.flatMap((rate) => (rate.boost ? [rate] : [])),
      ),
    );
    // Maison Lavande's Wednesday 16:00–19:00 happy hour: the 8 % new-customer rate at 12 %.
    expect(boosted).toContainEqual(
      expect.objectContaining({ rateBps: 800, boost: expect.objectContaining({ boostedRateBps: 1200 }) }),
    );
    const chosen = rows.filter((click) => click.offerId !== null);
    expect(chosen).toHaveLength(1);
    expect(chosen[0]!.termsSnapshot.selectedOfferId).toBe(chosen[0]!.offerId);
    expect(new Set(rows.map((click) => click.deviceType))).toEqual(new Set(['desktop', 'mobile', 'tablet']));
    expect(rows.filter((click) => click.deepLink !== null).length).toBeGreaterThanOrEqual(2);
  });

  it('shows them on "My clicks", newest first', async () => {
    const page = await listMemberClicks(c.db, { userId: memberId, limit: 50 });
    const times = page.items.map((click) => click.createdAt.getTime());
    expect(page.items).toHaveLength(DEMO_CLICK_SPECS.length);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(page.items[0]!.merchant.name).toBeTruthy();
  });

  it('adds none when the member already exists', async () => {
    const before = (await memberClicks()).length;
    expect(await seedDemoAccounts(c.db, { now: new Date(NOW.getTime() + 30 * DAY_MS) })).toBe(0);
    expect(await memberClicks()).toHaveLength(before);
  });

  it('builds the tracking links on the origin it is given', async () => {
    const user = await makeUser(c.db);
    const count = await seedDemoClicks(c.db, {
      userId: user.id,
      now: NOW,
      appUrl: 'https://demo.ristourne.example',
    });
    expect(count).toBe(DEMO_CLICK_SPECS.length);
    const rows = await c.db.select().from(clicks).where(eq(clicks.userId, user.id));
    for (const row of rows)
      expect(row.trackingUrl).toMatch(/^https:\/\/demo\.ristourne\.example\/sandbox\/track\//);
  });
});
