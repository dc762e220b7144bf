import { describe, expect, it } from 'vitest';
import { generateCatalog } from './generate';
import type { MerchantPlan, RatePlan } from './types';

// The hand-written merchants other tests and the demo depend on.

const NOW = new Date('2025-03-12T10:30:00Z');
const plan = generateCatalog({ now: NOW });
const merchant = (slug: string): MerchantPlan => {
  const m = plan.merchants.find((x) => x.slug === slug);
  if (!m) throw new Error(`no anchor ${slug}`);
  return m;
};
const rates = (slug: string): Partial<RatePlan>[] =>
  merchant(slug).offers[0]!.rates.map((r) => ({
    kind: r.kind,
    rateBps: r.rateBps,
    amountMinor: r.amountMinor,
    scope: r.scope,
    productCategoryFr: r.productCategoryFr,
    minBasketMinor: r.minBasketMinor,
  }));
const pct = (rateBps: number, extra: Partial<RatePlan> = {}) => ({
  kind: 'percent',
  rateBps,
  amountMinor: null,
  scope: 'all',
  productCategoryFr: null,
  minBasketMinor: null,
  ...extra,
});

describe('anchor merchants', () => {
  it.each([
    ['maison-lavande', 'Maison Lavande', 'live', 'vetements-femme', true],
    ['creme-celeste', 'Crème Céleste', 'live', 'parfums', true],
    ['volt-electromenager', 'Volt Électroménager', 'live', 'gros-electromenager', false],
    ['pixel-etoile', 'Pixel Étoile', 'live', 'smartphones', true],
    ['banque-horizon', 'Banque Horizon', 'live', 'banque-assurance', false],
    ['voyages-azur', 'Voyages Azur', 'live', 'hotels', false],
    ['atelier-brume', 'Atelier Brume', 'paused', 'sacs-accessoires', false],
    ['jardin-oublie', 'Jardin Oublié', 'archived', 'jardin', false],
    ['studio-nuage', 'Studio Nuage', 'draft', 'photo', false],
    ['ferme-aurore', 'Ferme Aurore', 'pending_review', 'epicerie-fine', false],
    ['cafe-minuit', 'Café Minuit', 'approved', 'epicerie-fine', false],
  ])('%s is "%s", %s, in %s', (slug, name, status, category, featured) => {
    const m = merchant(slug);
    expect(m).toMatchObject({ name, status, isFeatured: featured });
    expect(m.categories[0]).toEqual({ slug: category, isPrimary: true });
    expect(m.domains[0]).toEqual({ domain: `${slug}.example`, isPrimary: true });
    expect(m.offers[0]!.rates.length).toBeGreaterThan(0);
    expect(m.programs.filter((p) => p.isActiveRoute)).toHaveLength(1);
  });

  it('Maison Lavande: 8 % new / 5 % existing, Wednesday happy hour to 12 %, LAVANDE10', () => {
    const m = merchant('maison-lavande');
    expect(rates('maison-lavande')).toEqual([
      pct(800, { scope: 'new_customers' }),
      pct(500, { scope: 'existing_customers' }),
    ]);
    expect(m.validationDelayDays).toBe(45);
    expect(m.domains.map((d) => d.domain)).toEqual(['maison-lavande.example', 'shop.maison-lavande.example']);
    expect(m.conditionsFr).not.toBe('');
    expect(m.exclusionsEn).toContain('gift cards');
    const boost = plan.boosts.find((b) => b.merchantSlug === 'maison-lavande');
    expect(boost).toMatchObject({
      kind: 'weekly',
      offerIndex: 0,
      rateIndex: 0,
      weekday: 3,
      startMinute: 960,
      endMinute: 1140,
      timeZone: 'Europe/Paris',
      boostedRateBps: 1200,
    });
    const coupon = plan.coupons.find((c) => c.merchantSlug === 'maison-lavande');
    expect(coupon?.code).toBe('LAVANDE10');
    const days = (coupon!.expiresAt!.getTime() - NOW.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(29);
    expect(days).toBeLessThan(31);
  });

  it('Crème Céleste: 5 %, 10 % from 200 €, 15 % from 300 €', () => {
    expect(rates('creme-celeste')).toEqual([
      pct(500),
      pct(1000, { minBasketMinor: 20_000 }),
      pct(1500, { minBasketMinor: 30_000 }),
    ]);
  });

  it('Volt Électroménager: 3 %, small appliances 6 %', () => {
    expect(rates('volt-electromenager')).toEqual([
      pct(300),
      pct(600, { scope: 'category', productCategoryFr: 'Petit électroménager' }),
    ]);
  });

  it('Pixel Étoile: 2 % boosted to 6 % for the current event, smartphones 1 %, accessories 7 %', () => {
    expect(rates('pixel-etoile')).toEqual([
      pct(200),
      pct(100, { scope: 'category', productCategoryFr: 'Smartphones' }),
      pct(700, { scope: 'category', productCategoryFr: 'Accessoires' }),
    ]);
    const boost = plan.boosts.find((b) => b.merchantSlug === 'pixel-etoile');
    expect(boost).toMatchObject({
      kind: 'window',
      rateIndex: 0,
      boostedRateBps: 600,
      eventSlug: plan.events[0]!.slug,
    });
    expect(boost!.startsAt! <= NOW && NOW < boost!.endsAt!).toBe(true);
  });

  it('Banque Horizon: 80 € fixed for new customers', () => {
    expect(rates('banque-horizon')).toEqual([
      {
        kind: 'fixed',
        rateBps: null,
        amountMinor: 8000,
        scope: 'new_customers',
        productCategoryFr: null,
        minBasketMinor: null,
      },
    ]);
  });

  it('Voyages Azur: 4 %, validated 120 days after the stay', () => {
    expect(rates('voyages-azur')).toEqual([pct(400)]);
    expect(merchant('voyages-azur').validationDelayDays).toBe(120);
  });
});
