import { formatMoney } from '@/lib/money';
import type { Clock } from './calendar';
import { slugify, WORDS } from './names';
import type { Rng } from './random';
import type { CouponPlan, MerchantPlan } from './types';

// Coupons for about 40 % of live merchants: codes built from the merchant's
// name ("LAVANDE10"), deals without a code, a few exclusives, mostly valid,
// some already expired (they must not show).

const eur = (minor: number, locale: string) =>
  formatMoney({ amountMinor: minor, currency: 'EUR' }, locale, { compact: true });

const EVOCATIVE = new Set(WORDS.map(slugify));

/** The name's evocative word, upper-case: "maison-lavande" → "LAVANDE", "serenite-sextant" → "SEXTANT". */
export function codeStem(slug: string): string {
  const parts = slug.split('-').filter((p) => /^[a-z]+$/.test(p));
  const word =
    parts.find((p) => EVOCATIVE.has(p)) ?? parts.reduce((a, b) => (b.length > a.length ? b : a), 'promo');
  return word.toUpperCase().slice(0, 10);
}

type Draft = Pick<CouponPlan, 'code' | 'titleFr' | 'titleEn' | 'descriptionFr' | 'descriptionEn'>;

function couponDraft(rng: Rng, stem: string): Draft {
  const kind = rng.weighted([
    ['percent', 35],
    ['amount', 20],
    ['welcome', 15],
    ['shipping', 15],
    ['deal', 15],
  ] as const);
  switch (kind) {
    case 'percent': {
      const pct = rng.pick([5, 10, 15, 20]);
      const min = rng.pick([null, 3000, 5000, 8000]);
      return {
        code: `${stem}${pct}`,
        titleFr: min ? `-${pct} % dès ${eur(min, 'fr')} d’achat` : `-${pct} % sur tout le site`,
        titleEn: min ? `${pct}% off orders over ${eur(min, 'en')}` : `${pct}% off everything`,
        descriptionFr: 'Code valable une fois par client.',
        descriptionEn: 'Code valid once per customer.',
      };
    }
    case 'amount': {
      const off = rng.pick([500, 1000, 1500, 2000]);
      const min = off * rng.pick([4, 5, 6]);
      return {
        code: `${stem}${rng.pick(['MERCI', 'CADEAU', 'PLUS'])}`,
        titleFr: `-${eur(off, 'fr')} dès ${eur(min, 'fr')} d’achat`,
        titleEn: `${eur(off, 'en')} off orders over ${eur(min, 'en')}`,
        descriptionFr: 'Non cumulable avec les autres promotions.',
        descriptionEn: 'Cannot be combined with other offers.',
      };
    }
    case 'welcome': {
      const pct = rng.pick([10, 15]);
      return {
        code: `BIENVENUE${pct}`,
        titleFr: `-${pct} % sur votre première commande`,
        titleEn: `${pct}% off your first order`,
        descriptionFr: 'Réservé aux nouveaux clients.',
        descriptionEn: 'New customers only.',
      };
    }
    case 'shipping': {
      const min = rng.pick([2900, 3900, 4900]);
      return {
        code: rng.chance(50) ? `${stem}LIVRAISON` : null,
        titleFr: `Livraison offerte dès ${eur(min, 'fr')}`,
        titleEn: `Free delivery on orders over ${eur(min, 'en')}`,
        descriptionFr: 'En France métropolitaine, en point relais.',
        descriptionEn: 'Mainland France, pick-up point delivery.',
      };
    }
    case 'deal': {
      const pct = rng.pick([30, 40, 50]);
      return {
        code: null,
        titleFr: `Jusqu’à -${pct} % sur une sélection`,
        titleEn: `Up to ${pct}% off selected items`,
        descriptionFr: 'Promotion appliquée automatiquement, sans code.',
        descriptionEn: 'Applied automatically, no code needed.',
      };
    }
  }
}

export function merchantCoupons(rng: Rng, clock: Clock, merchant: MerchantPlan): CouponPlan[] {
  const stem = codeStem(merchant.slug);
  const count = rng.int(1, 3);
  const coupons: CouponPlan[] = [];
  const codes = new Set<string>();
  for (let i = 0; i < count; i++) {
    const draft = couponDraft(rng, stem);
    if (draft.code && codes.has(draft.code)) continue;
    if (draft.code) codes.add(draft.code);
    const expired = rng.chance(8);
    const expiresDay = expired ? -rng.int(1, 30) : rng.int(3, 60);
    const startsDay = Math.min(expiresDay - 7, -rng.int(1, 30));
    const exclusive = rng.chance(15);
    coupons.push({
      merchantSlug: merchant.slug,
      ...draft,
      descriptionFr: exclusive ? `Exclusivité Ristourne. ${draft.descriptionFr}` : draft.descriptionFr,
      descriptionEn: exclusive ? `Ristourne exclusive. ${draft.descriptionEn}` : draft.descriptionEn,
      isExclusive: exclusive,
      startsAt: clock.at(startsDay),
      expiresAt: clock.at(expiresDay),
      createdAt: clock.at(startsDay - 1, 9),
    });
  }
  return coupons;
}

export function generateCoupons(rng: Rng, clock: Clock, merchants: readonly MerchantPlan[]): CouponPlan[] {
  return merchants
    .filter((m) => m.status === 'live' && rng.chance(40))
    .flatMap((m) => merchantCoupons(rng, clock, m));
}
