import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANCHOR_SLUGS } from './anchors';
import { parisTime } from './calendar';
import { generateCatalog } from './generate';
import { NON_LIVE_STATUSES } from './merchants';
import { FIXED_CATEGORIES, MAX_BPS, MIN_BPS } from './offers';
import type { CatalogPlan, MerchantPlan, RatePlan } from './types';

// The generator's pure output: deterministic, in range, unique where the
// schema says unique, and shaped the way the catalog pages expect.

const NOW = new Date('2025-03-12T10:30:00Z'); // a Wednesday, outside Black Friday
const plan = generateCatalog({ now: NOW });
const bySlug = new Map(plan.merchants.map((m) => [m.slug, m]));
const merchant = (slug: string): MerchantPlan =>
  bySlug.get(slug) ?? expect.unreachable(`no merchant ${slug}`);
const allRates = (p: CatalogPlan) =>
  p.merchants.flatMap((m) => m.offers.flatMap((o) => o.rates.map((r) => ({ m, r }))));

const REAL_BRANDS = [
  'amazon',
  'zalando',
  'fnac',
  'darty',
  'sephora',
  'decathlon',
  'booking',
  'cdiscount',
  'boulanger',
  'leroy merlin',
  'castorama',
  'ikea',
  'carrefour',
  'auchan',
  'leclerc',
  'la redoute',
  'veepee',
  'kiabi',
  'nocibe',
  'marionnaud',
  'yves rocher',
  'orange',
  'bouygues',
  'sfr',
  'free',
  'sosh',
  'engie',
  'boursorama',
  'fortuneo',
  'expedia',
  'airbnb',
  'zooplus',
  'norauto',
  'oscaro',
  'nike',
  'adidas',
  'apple',
  'samsung',
  'printemps',
  'galeries lafayette',
  'maisons du monde',
  'conforama',
  'but',
  'cultura',
  'rakuten',
  'aliexpress',
  'shein',
  'picard',
  'lastminute',
  'opodo',
];

describe('generateCatalog', () => {
  it('is deterministic for a seed and a day in Paris', () => {
    expect(generateCatalog({ now: NOW })).toEqual(plan);
    // 00:05 and 23:55 the same Paris day give the same rows.
    const sameDayEarly = generateCatalog({ now: parisTime({ year: 2025, month: 3, day: 12 }, 0, 5) });
    const sameDayLate = generateCatalog({ now: parisTime({ year: 2025, month: 3, day: 12 }, 23, 55) });
    expect(sameDayEarly).toEqual(sameDayLate);
    expect(generateCatalog({ now: NOW, seed: 7 })).not.toEqual(plan);
  });

  it('never calls Math.random', () => {
    const dir = import.meta.dirname;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test.'))) {
      expect(readFileSync(path.join(dir, file), 'utf8'), file).not.toContain('Math.random');
    }
  });

  it('has at least 12 top categories with 2 to 5 subcategories each', () => {
    const tops = plan.categories.filter((c) => c.parentSlug === null);
    expect(tops.length).toBeGreaterThanOrEqual(12);
    for (const top of tops) {
      const children = plan.categories.filter((c) => c.parentSlug === top.slug);
      expect(children.length, top.slug).toBeGreaterThanOrEqual(2);
      expect(children.length, top.slug).toBeLessThanOrEqual(5);
    }
    const topSlugs = new Set(tops.map((t) => t.slug));
    for (const c of plan.categories) {
      if (c.parentSlug) expect(topSlugs.has(c.parentSlug), `${c.slug} is two levels deep at most`).toBe(true);
      expect(c.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(new Set(plan.categories.map((c) => c.slug)).size).toBe(plan.categories.length);
    expect(plan.categories.find((c) => c.slug === 'electromenager')?.nameFr).toBe('Électroménager');
    expect(plan.categories.find((c) => c.slug === 'sante-bien-etre')?.nameFr).toBe('Santé & bien-être');
  });

  it('has 300+ live merchants across every top category, and 3–5 in each other status', () => {
    const live = plan.merchants.filter((m) => m.status === 'live');
    expect(live.length).toBeGreaterThanOrEqual(300);
    for (const status of NON_LIVE_STATUSES) {
      const n = plan.merchants.filter((m) => m.status === status).length;
      expect(n, status).toBeGreaterThanOrEqual(3);
      expect(n, status).toBeLessThanOrEqual(5);
    }
    const tops = plan.categories.filter((c) => c.parentSlug === null).map((c) => c.slug);
    for (const top of tops)
      expect(
        live.some((m) => m.topCategorySlug === top),
        top,
      ).toBe(true);
    const featured = plan.merchants.filter((m) => m.isFeatured);
    expect(featured).toHaveLength(12);
    expect(featured.every((m) => m.status === 'live')).toBe(true);
    expect(
      live.filter((m) => m.publishedAt! > new Date(NOW.getTime() - 30 * 86_400_000)).length,
    ).toBeGreaterThan(5);
  });

  it('gives unique slugs and unique fictional .example domains', () => {
    const slugs = plan.merchants.map((m) => m.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const domains = plan.merchants.flatMap((m) => m.domains.map((d) => d.domain));
    expect(new Set(domains).size).toBe(domains.length);
    for (const d of domains) expect(d).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)*\.example$/);
    for (const m of plan.merchants) {
      expect(m.domains.filter((d) => d.isPrimary)).toHaveLength(1);
      expect(m.websiteUrl).toBe(`https://www.${m.domains[0]!.domain}/`);
      expect(m.brandColor).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('invents names rather than using real brands', () => {
    const plain = (s: string) =>
      ` ${s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()} `;
    for (const m of plan.merchants) {
      for (const brand of REAL_BRANDS) expect(plain(m.name), m.name).not.toContain(` ${brand} `);
    }
    expect(plan.merchants.some((m) => /[éèêàçôï]/i.test(m.name))).toBe(true);
  });

  it('keeps percent rates in 0.5–15 % and fixed amounts to lead categories', () => {
    for (const { m, r } of allRates(plan)) {
      if (r.kind === 'percent') {
        expect(r.rateBps, m.slug).toBeGreaterThanOrEqual(MIN_BPS);
        expect(r.rateBps, m.slug).toBeLessThanOrEqual(MAX_BPS);
        expect(Number.isInteger(r.rateBps)).toBe(true);
        expect(r.amountMinor).toBeNull();
      } else {
        expect(FIXED_CATEGORIES, m.slug).toContain(m.topCategorySlug);
        expect(r.amountMinor).toBeGreaterThanOrEqual(2000);
        expect(r.amountMinor).toBeLessThanOrEqual(15_000);
        expect(Number.isInteger(r.amountMinor)).toBe(true);
      }
      expect(r.scope === 'category').toBe(r.productCategoryFr !== null && r.productCategoryEn !== null);
    }
    const scopes = new Set(allRates(plan).map(({ r }) => r.scope));
    expect([...scopes].sort()).toEqual(['all', 'category', 'existing_customers', 'new_customers']);
    expect(allRates(plan).some(({ r }) => r.minBasketMinor !== null)).toBe(true);
    for (const m of plan.merchants) {
      const rates = m.offers[0]!.rates;
      const value = (scope: string) => rates.find((r) => r.scope === scope)?.rateBps;
      if (value('new_customers') && value('existing_customers')) {
        expect(value('new_customers')!, m.slug).toBeGreaterThan(value('existing_customers')!);
      }
      const tiers = rates.filter((r) => r.scope === 'all' && r.kind === 'percent');
      for (let i = 1; i < tiers.length; i++) {
        expect(tiers[i]!.minBasketMinor!, m.slug).toBeGreaterThan(tiers[i - 1]!.minBasketMinor ?? 0);
        expect(tiers[i]!.rateBps!, m.slug).toBeGreaterThan(tiers[i - 1]!.rateBps!);
      }
    }
  });

  it('has live merchants with one open offer, some limited, some expired', () => {
    const offers = plan.merchants.filter((m) => m.status === 'live').flatMap((m) => m.offers);
    const open = (o: (typeof offers)[number]) =>
      (!o.startsAt || o.startsAt <= NOW) && (!o.endsAt || o.endsAt > NOW);
    for (const m of plan.merchants) expect(open(m.offers[0]!), m.slug).toBe(true);
    expect(offers.filter((o) => o.endsAt && o.endsAt > NOW).length).toBeGreaterThan(10);
    expect(offers.filter((o) => o.endsAt && o.endsAt <= NOW).length).toBeGreaterThan(10);
    expect(offers.some((o) => o.minBasketMinor !== null)).toBe(true);
  });

  it('boosts a real rate with a higher value', () => {
    for (const b of plan.boosts) {
      const base: RatePlan = merchant(b.merchantSlug).offers[b.offerIndex]!.rates[b.rateIndex]!;
      if (base.kind === 'percent') expect(b.boostedRateBps!, b.merchantSlug).toBeGreaterThan(base.rateBps!);
      else expect(b.boostedAmountMinor!, b.merchantSlug).toBeGreaterThan(base.amountMinor!);
      expect((b.boostedRateBps === null) !== (b.boostedAmountMinor === null)).toBe(true);
    }
    const current = plan.events[0]!;
    const activeWindows = plan.boosts.filter(
      (b) => b.kind === 'window' && b.startsAt! <= NOW && NOW < b.endsAt!,
    );
    expect(activeWindows.length).toBeGreaterThanOrEqual(20);
    expect(activeWindows.length).toBeLessThanOrEqual(30);
    expect(activeWindows.every((b) => b.eventSlug === current.slug)).toBe(true);
    const upcoming = plan.boosts.filter((b) => b.kind === 'window' && b.startsAt! > NOW);
    expect(upcoming.length).toBeGreaterThanOrEqual(10);
    expect(upcoming.every((b) => b.eventSlug && b.eventSlug !== current.slug)).toBe(true);
    expect(plan.boosts.filter((b) => b.kind === 'window' && b.endsAt! <= NOW).length).toBeGreaterThanOrEqual(
      2,
    );
    const weekly = plan.boosts.filter((b) => b.kind === 'weekly');
    expect(weekly.length).toBeGreaterThanOrEqual(8);
    for (const w of weekly) {
      expect(w.weekday).toBeGreaterThanOrEqual(1);
      expect(w.weekday).toBeLessThanOrEqual(7);
      expect(w.endMinute!).toBeGreaterThan(w.startMinute!);
      expect(w.endMinute!).toBeLessThanOrEqual(1440);
      expect(w.timeZone).toBe('Europe/Paris');
    }
  });

  it('gives about 40 % of live merchants coupons, mostly still valid', () => {
    const live = plan.merchants.filter((m) => m.status === 'live');
    const withCoupons = new Set(plan.coupons.map((c) => c.merchantSlug));
    expect(withCoupons.size / live.length).toBeGreaterThan(0.3);
    expect(withCoupons.size / live.length).toBeLessThan(0.5);
    expect(plan.coupons.some((c) => c.code === null)).toBe(true);
    expect(plan.coupons.some((c) => c.isExclusive)).toBe(true);
    const expired = plan.coupons.filter((c) => c.expiresAt && c.expiresAt <= NOW).length;
    expect(expired).toBeGreaterThan(0);
    expect(expired).toBeLessThan(plan.coupons.length / 5);
  });

  it('routes every merchant through one active sandbox program', () => {
    for (const m of plan.merchants) {
      const active = m.programs.filter((p) => p.isActiveRoute);
      expect(active).toHaveLength(1);
      expect(active[0]).toMatchObject({ networkCode: 'sandbox', advertiserId: `sbx-${m.slug}` });
      expect(active[0]!.trackingTemplate).toBe(
        '/sandbox/track/{advertiser_id}?clickref={click_id}&ued={url}',
      );
    }
    const real = plan.merchants.flatMap((m) => m.programs.filter((p) => p.networkCode !== 'sandbox'));
    const live = plan.merchants.filter((m) => m.status === 'live').length;
    expect(real.length / live).toBeGreaterThan(0.2);
    expect(real.length / live).toBeLessThan(0.4);
    for (const p of real) {
      expect(p.trackingTemplate).toMatch(/^https:\/\//);
      expect(p.trackingTemplate).toContain('{click_id}');
      expect(p.trackingTemplate).toContain('{url}');
    }
    const keys = real.map((p) => `${p.networkCode}/${p.advertiserId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('records a status history that ends at the current status, in the past', () => {
    for (const m of plan.merchants) {
      const steps = m.statusChanges;
      expect(steps[0]).toMatchObject({ fromStatus: null, toStatus: 'draft' });
      expect(steps[steps.length - 1]!.toStatus, m.slug).toBe(m.status);
      steps.forEach((s, i) => {
        if (i > 0) {
          expect(s.fromStatus).toBe(steps[i - 1]!.toStatus);
          expect(s.changedAt.getTime()).toBeGreaterThan(steps[i - 1]!.changedAt.getTime());
        }
        expect(s.changedAt.getTime()).toBeLessThan(NOW.getTime());
      });
      expect(m.publishedAt !== null).toBe(['live', 'paused', 'archived'].includes(m.status));
    }
  });

  it('puts the anchors first, at every scale', () => {
    expect(plan.merchants.slice(0, ANCHOR_SLUGS.length).map((m) => m.slug)).toEqual(ANCHOR_SLUGS);
    const small = generateCatalog({ now: NOW, merchantCount: 40 });
    expect(small.merchants).toHaveLength(40);
    expect(small.merchants.slice(0, ANCHOR_SLUGS.length).map((m) => m.slug)).toEqual(ANCHOR_SLUGS);
  });
});
