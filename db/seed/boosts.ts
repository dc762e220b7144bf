import type { Clock } from './calendar';
import { mainValue } from './offers';
import type { Rng } from './random';
import type { BoostPlan, EventPlan, MerchantPlan, RatePlan } from './types';

// Boosts override one rate (the main offer's first rate) with a higher value:
// window boosts tied to the current and upcoming events, weekly happy hours in
// Paris wall-clock time, and a few expired ones that must not show.

export const WEEKDAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
export const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A value strictly above the base: percent roughly doubled (at most +8 points), fixed +10–50 €. */
export function boostedValue(
  rng: Rng,
  base: RatePlan,
): Pick<BoostPlan, 'boostedRateBps' | 'boostedAmountMinor'> {
  if (base.kind === 'fixed')
    return { boostedRateBps: null, boostedAmountMinor: base.amountMinor! + rng.step(1000, 5000, 500) };
  return {
    boostedRateBps: base.rateBps! + Math.min(800, Math.max(100, base.rateBps!)),
    boostedAmountMinor: null,
  };
}

function blank(merchantSlug: string, createdAt: Date): Omit<BoostPlan, 'kind' | 'labelFr' | 'labelEn'> {
  return {
    merchantSlug,
    offerIndex: 0,
    rateIndex: 0,
    eventSlug: null,
    boostedRateBps: null,
    boostedAmountMinor: null,
    startsAt: null,
    endsAt: null,
    weekday: null,
    startMinute: null,
    endMinute: null,
    timeZone: 'Europe/Paris',
    validFrom: null,
    validUntil: null,
    createdAt,
  };
}

export function eventBoost(rng: Rng, merchant: MerchantPlan, event: EventPlan, createdAt: Date): BoostPlan {
  return {
    ...blank(merchant.slug, createdAt),
    kind: 'window',
    eventSlug: event.slug,
    labelFr: `${event.nameFr} : cashback boosté`,
    labelEn: `${event.nameEn}: boosted cashback`,
    ...boostedValue(rng, mainValue(merchant.offers)),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
  };
}

export function weeklyBoost(
  merchant: MerchantPlan,
  slot: { weekday: number; startMinute: number; endMinute: number; boostedRateBps: number },
  validity: { validFrom: Date | null; validUntil: Date | null; createdAt: Date },
): BoostPlan {
  return {
    ...blank(merchant.slug, validity.createdAt),
    kind: 'weekly',
    labelFr: `Happy hour du ${WEEKDAYS_FR[slot.weekday - 1]}`,
    labelEn: `${WEEKDAYS_EN[slot.weekday - 1]} happy hour`,
    boostedRateBps: slot.boostedRateBps,
    weekday: slot.weekday,
    startMinute: slot.startMinute,
    endMinute: slot.endMinute,
    validFrom: validity.validFrom,
    validUntil: validity.validUntil,
  };
}

export type BoostCounts = { current: number; upcoming: number; weekly: number; expired: number };

/** Proportional to the live merchants, with the demo's minimums. */
export function boostCounts(liveCount: number): BoostCounts {
  return {
    current: Math.max(20, Math.floor(liveCount / 14)),
    upcoming: Math.max(10, Math.floor(liveCount / 33)),
    weekly: Math.max(9, Math.floor(liveCount / 36)),
    expired: 2 + Math.floor(liveCount / 150),
  };
}

/** Boosts for generated live merchants; each merchant gets at most one. */
export function generateBoosts(
  rng: Rng,
  clock: Clock,
  merchants: readonly MerchantPlan[],
  events: readonly EventPlan[],
): BoostPlan[] {
  const live = rng.shuffle(merchants.filter((m) => m.status === 'live'));
  const counts = boostCounts(live.length);
  const [current, ...upcoming] = events;
  if (!current || upcoming.length === 0)
    throw new Error('generateBoosts needs the current and upcoming events');
  const boosts: BoostPlan[] = [];
  let next = 0;
  const take = (n: number) => {
    const slice = live.slice(next, next + n);
    next += slice.length;
    return slice;
  };
  for (const m of take(counts.current))
    boosts.push(eventBoost(rng, m, current, clock.at(-rng.int(3, 10), 10)));
  take(counts.upcoming).forEach((m, i) => {
    boosts.push(
      eventBoost(rng, m, upcoming[i % Math.min(2, upcoming.length)]!, clock.at(-rng.int(1, 5), 11)),
    );
  });
  // Happy hours only for percent rates: "12 % instead of 8 % on Wednesdays 16:00–19:00".
  const rest = live.slice(next);
  const weekly = rest.filter((m) => mainValue(m.offers).kind === 'percent').slice(0, counts.weekly);
  for (const m of weekly) {
    const startHour = rng.pick([12, 16, 18, 20]);
    const base = mainValue(m.offers).rateBps!;
    boosts.push(
      weeklyBoost(
        m,
        {
          weekday: rng.int(1, 7),
          startMinute: startHour * 60,
          endMinute: (startHour + rng.int(2, 3)) * 60,
          boostedRateBps: base + rng.step(200, 500, 50),
        },
        {
          validFrom: clock.at(-rng.int(7, 60)),
          validUntil: rng.chance(50) ? null : clock.at(rng.int(30, 120)),
          createdAt: clock.at(-rng.int(61, 90), 10),
        },
      ),
    );
  }
  const weeklySet = new Set(weekly);
  const expired = rest.filter((m) => !weeklySet.has(m)).slice(0, counts.expired);
  for (const m of expired) {
    const startDay = -rng.int(20, 60);
    boosts.push({
      ...blank(m.slug, clock.at(startDay - 3, 10)),
      kind: 'window',
      labelFr: 'Boost flash',
      labelEn: 'Flash boost',
      ...boostedValue(rng, mainValue(m.offers)),
      startsAt: clock.at(startDay),
      endsAt: clock.at(startDay + rng.int(3, 7)),
    });
  }
  return boosts;
}
