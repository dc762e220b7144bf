import { formatMoney, formatRate } from '@/lib/money';
import type { Clock } from './calendar';
import type { Rng } from './random';
import { FIXED, PERCENT, type Product, type Profile } from './rate-profiles';
import type { OfferPlan, RatePlan } from './types';

// Offers and their cashback rates. Percent rates are whole basis points in
// 50..1500 (most 2–8 %); leads (banking, insurance, energy, telecoms) pay a
// fixed amount in minor units. All values are drawn as integers.

export const MIN_BPS = 50;
export const MAX_BPS = 1500;
export const FIXED_CATEGORIES: readonly string[] = ['banque-assurance', 'energie-telecom'];

const eur = (minor: number, locale: string) =>
  formatMoney({ amountMinor: minor, currency: 'EUR' }, locale, { compact: true });

export function percentRate(bps: number, extra: Partial<RatePlan> = {}): RatePlan {
  return { kind: 'percent', rateBps: bps, amountMinor: null, ...rateDefaults(), ...extra };
}

export function fixedRate(minor: number, extra: Partial<RatePlan> = {}): RatePlan {
  return { kind: 'fixed', rateBps: null, amountMinor: minor, ...rateDefaults(), ...extra };
}

function rateDefaults() {
  return {
    currency: 'EUR',
    scope: 'all' as const,
    productCategoryFr: null,
    productCategoryEn: null,
    minBasketMinor: null,
    labelFr: '',
    labelEn: '',
    position: 0,
  };
}

export const NEW_CUSTOMERS = {
  scope: 'new_customers',
  labelFr: 'Nouveaux clients',
  labelEn: 'New customers',
} as const;
export const EXISTING_CUSTOMERS = {
  scope: 'existing_customers',
  labelFr: 'Clients existants',
  labelEn: 'Existing customers',
} as const;

export function productRate(rate: RatePlan, product: Product): RatePlan {
  return { ...rate, scope: 'category', productCategoryFr: product[0], productCategoryEn: product[1] };
}

export function tier(bps: number, minBasketMinor: number): RatePlan {
  return percentRate(bps, {
    minBasketMinor,
    labelFr: `Dès ${eur(minBasketMinor, 'fr')} d’achat`,
    labelEn: `On orders from ${eur(minBasketMinor, 'en')}`,
  });
}

/** "Jusqu'à 8 % de cashback" / "Up to 8% cashback" from the offer's best rate. */
export function offerTitle(rates: readonly RatePlan[]): { fr: string; en: string } {
  const many = rates.length > 1;
  const fixed = rates.filter((r) => r.kind === 'fixed').map((r) => r.amountMinor!);
  if (fixed.length > 0) {
    const best = Math.max(...fixed);
    return {
      fr: `${many ? 'Jusqu’à ' : ''}${eur(best, 'fr')} de cashback`,
      en: `${many ? 'Up to ' : ''}${eur(best, 'en')} cashback`,
    };
  }
  const best = Math.max(...rates.map((r) => r.rateBps!));
  return {
    fr: `${many ? 'Jusqu’à ' : ''}${formatRate(best, 'fr')} de cashback`,
    en: `${many ? 'Up to ' : ''}${formatRate(best, 'en')} cashback`,
  };
}

export function offer(rates: RatePlan[], createdAt: Date, extra: Partial<OfferPlan> = {}): OfferPlan {
  const title = offerTitle(rates);
  return {
    titleFr: title.fr,
    titleEn: title.en,
    conditionsFr: '',
    conditionsEn: '',
    exclusionsFr: '',
    exclusionsEn: '',
    minBasketMinor: null,
    currency: 'EUR',
    startsAt: null,
    endsAt: null,
    isActive: true,
    position: 0,
    createdAt,
    ...extra,
    rates: rates.map((r, i) => ({ ...r, position: i })),
  };
}

/** A base rate: mostly inside the category's typical range, sometimes outside. */
function baseBps(rng: Rng, profile: Profile): number {
  const [lo, hi] = profile.bps;
  const [min, max] = rng.weighted<readonly [number, number]>([
    [[lo, hi], 80],
    [[MIN_BPS, lo], 10],
    [[hi, MAX_BPS], 10],
  ]);
  return rng.step(min, max, 50);
}

function percentRates(rng: Rng, topSlug: string): RatePlan[] {
  const profile = PERCENT[topSlug] ?? PERCENT.mode!;
  const base = baseBps(rng, profile);
  const categoryWeight = ['high-tech', 'electromenager', 'culture-divertissement'].includes(topSlug)
    ? 40
    : 20;
  const shape = rng.weighted([
    ['flat', 40],
    ['new_existing', 25],
    ['category', categoryWeight],
    ['tiers', 15],
  ] as const);
  switch (shape) {
    case 'flat':
      return [percentRate(base)];
    case 'new_existing':
      // New customers earn more: "10 % new / 4 % existing".
      return [
        percentRate(Math.min(base, 1100) + rng.step(150, 400, 50), NEW_CUSTOMERS),
        percentRate(Math.min(base, 1100), EXISTING_CUSTOMERS),
      ];
    case 'category': {
      const [lo, hi] = profile.bps;
      const products = rng
        .shuffle(profile.products)
        .slice(0, rng.int(1, Math.min(3, profile.products.length)));
      const scoped = products.map((p) =>
        productRate(percentRate(rng.step(Math.max(MIN_BPS, lo - 200), Math.min(MAX_BPS, hi + 300), 50)), p),
      );
      return [percentRate(base), ...scoped];
    }
    case 'tiers': {
      const first = Math.min(base, 1000);
      const [min1, min2] = rng.pick([
        [5000, 10000],
        [10000, 20000],
        [15000, 30000],
        [20000, 30000],
      ] as const);
      const second = first + rng.step(100, 250, 50);
      const rates = [percentRate(first), tier(second, min1)];
      if (rng.chance(60)) rates.push(tier(second + rng.step(100, 250, 50), min2));
      return rates;
    }
  }
}

function fixedRates(rng: Rng, topSlug: string): RatePlan[] {
  const profile = FIXED[topSlug]!;
  const amount = () => rng.step(profile.minor[0], profile.minor[1], 500);
  const shape = rng.weighted([
    ['all', 35],
    ['new', 45],
    ['category', 20],
  ] as const);
  if (shape === 'all') return [fixedRate(amount())];
  if (shape === 'new') {
    return [
      fixedRate(amount(), {
        scope: 'new_customers',
        labelFr: profile.newLabel[0],
        labelEn: profile.newLabel[1],
      }),
    ];
  }
  const products = rng.shuffle(profile.products).slice(0, 2);
  return products.map((p) => productRate(fixedRate(amount()), p));
}

/** The base value a boost or a limited offer must beat: the first rate of the main offer. */
export function mainValue(offers: readonly OfferPlan[]): RatePlan {
  return offers[0]!.rates[0]!;
}

export function merchantOffers(
  rng: Rng,
  clock: Clock,
  input: { topSlug: string; createdAt: Date; live: boolean },
): OfferPlan[] {
  const isFixed = FIXED_CATEGORIES.includes(input.topSlug);
  const rates = isFixed ? fixedRates(rng, input.topSlug) : percentRates(rng, input.topSlug);
  const minBasket = !isFixed && rng.chance(10) ? rng.step(1000, 5000, 500) : null;
  const main = offer(rates, input.createdAt, {
    minBasketMinor: minBasket,
    conditionsFr: minBasket ? `Dès ${eur(minBasket, 'fr')} d’achat.` : '',
    conditionsEn: minBasket ? `On orders from ${eur(minBasket, 'en')}.` : '',
  });
  const offers = [main];
  const better = (): RatePlan => {
    const base = mainValue(offers);
    return base.kind === 'fixed'
      ? fixedRate(base.amountMinor! + rng.step(1000, 3000, 500))
      : percentRate(Math.min(MAX_BPS, base.rateBps! + rng.step(100, 400, 50)));
  };
  if (input.live && rng.chance(15)) {
    const rate = better();
    const title = offerTitle([rate]);
    const startDay = -rng.int(1, 7);
    offers.push(
      offer([rate], clock.at(startDay - 1, 9), {
        titleFr: `Offre limitée : ${title.fr}`,
        titleEn: `Limited time: ${title.en}`,
        startsAt: clock.at(startDay),
        endsAt: clock.at(rng.int(3, 21)),
        position: 1,
      }),
    );
  }
  if (rng.chance(10)) {
    const endsIn = -rng.int(1, 50);
    offers.push(
      offer([better()], clock.at(endsIn - 40, 9), {
        titleFr: 'Offre spéciale',
        titleEn: 'Special offer',
        startsAt: clock.at(endsIn - rng.int(7, 30)),
        endsAt: clock.at(endsIn),
        position: offers.length,
      }),
    );
  }
  return offers;
}
