import type { Boost, CashbackRate, ClickTermsSnapshot, Offer } from '@/db/schema';
import { bestBoost } from '@/lib/catalog/best-boost';
import { type BoostTiming, currentWindow } from '@/lib/catalog/boost-window';
import type { ClickTarget } from './click-target';

// The terms a click locks in (DESIGN.md §3.6): the offers open to the member
// at that instant, each rate with the boost in force then, if any. With
// `?offer=` only that offer; an offer id that is not (or no longer) open falls
// back to all offers, so a stale link still earns what the page shows today.
// The store page's cashback calculator builds its terms with offeredTerms
// from the page's own data, so it estimates exactly what a click would lock.

/** What the terms are made of: a click target, or the store page's data. */
export type TermsSource = {
  merchant: Pick<
    ClickTarget['merchant'],
    | 'id'
    | 'slug'
    | 'name'
    | 'validationDelayDays'
    | 'conditionsFr'
    | 'conditionsEn'
    | 'exclusionsFr'
    | 'exclusionsEn'
  >;
  offers: readonly Offer[];
  rates: readonly CashbackRate[];
  boosts: readonly Boost[];
};

export type OfferedTerms = Omit<ClickTermsSnapshot, 'program'>;

/**
 * A click's snapshot as the click writers take it: the JSON text of
 * termsSnapshot without its capturedAt, which the writer adds. The text is the
 * same object for every click on the same target, offer and boost windows, so
 * it is built and serialised once, and a batch of clicks sends it once.
 */
export type SnapshotText = { shared: string; capturedAt: string; selectedOfferId: number | null };

const sharedTexts = new WeakMap<ClickTarget, Map<string, string>>();
const SHARED_TEXTS_PER_TARGET = 64;

export function snapshotText(target: ClickTarget, offerId: number | null, now: Date): SnapshotText {
  // What the snapshot depends on besides the target: the offer asked for and each boost's window now.
  const key = `${offerId}|${target.boosts.map((boost) => currentWindow(boost as BoostTiming, now)?.end.getTime() ?? '-').join(',')}`;
  let texts = sharedTexts.get(target);
  if (!texts) {
    texts = new Map();
    sharedTexts.set(target, texts);
  }
  let shared = texts.get(key);
  if (shared === undefined) {
    const { capturedAt: _capturedAt, ...rest } = termsSnapshot(target, offerId, now);
    shared = JSON.stringify(rest);
    if (texts.size >= SHARED_TEXTS_PER_TARGET) texts.clear();
    texts.set(key, shared);
  }
  return { shared, capturedAt: now.toISOString(), selectedOfferId: selectedOffer(target, offerId) };
}

export function termsSnapshot(target: ClickTarget, offerId: number | null, now: Date): ClickTermsSnapshot {
  if (!target.program) throw new Error('termsSnapshot: the merchant has no active program');
  return {
    ...offeredTerms(target, offerId, now),
    program: {
      id: target.program.id,
      networkCode: target.program.networkCode,
      advertiserId: target.program.advertiserId,
      currency: target.program.currency,
    },
  };
}

/** The snapshot without the network programme: the offers, rates and boosts in force at `now`. */
export function offeredTerms(source: TermsSource, offerId: number | null, now: Date): OfferedTerms {
  const selected = selectedOffer(source, offerId);
  const offers = selected === null ? source.offers : source.offers.filter((offer) => offer.id === selected);
  const { merchant } = source;
  return {
    version: 1,
    capturedAt: now.toISOString(),
    merchant: {
      id: merchant.id,
      slug: merchant.slug,
      name: merchant.name,
      validationDelayDays: merchant.validationDelayDays,
      conditionsFr: merchant.conditionsFr,
      conditionsEn: merchant.conditionsEn,
      exclusionsFr: merchant.exclusionsFr,
      exclusionsEn: merchant.exclusionsEn,
    },
    selectedOfferId: selected,
    offers: offers.map((offer) => ({
      id: offer.id,
      titleFr: offer.titleFr,
      titleEn: offer.titleEn,
      conditionsFr: offer.conditionsFr,
      conditionsEn: offer.conditionsEn,
      exclusionsFr: offer.exclusionsFr,
      exclusionsEn: offer.exclusionsEn,
      minBasketMinor: offer.minBasketMinor,
      currency: offer.currency,
      endsAt: offer.endsAt?.toISOString() ?? null,
      rates: source.rates
        .filter((rate) => rate.offerId === offer.id)
        .map((rate) => ({
          id: rate.id,
          kind: rate.kind,
          rateBps: rate.rateBps,
          amountMinor: rate.amountMinor,
          currency: rate.currency,
          scope: rate.scope,
          productCategoryFr: rate.productCategoryFr,
          productCategoryEn: rate.productCategoryEn,
          minBasketMinor: rate.minBasketMinor,
          labelFr: rate.labelFr,
          labelEn: rate.labelEn,
          capMinor: rate.capMinor,
          subsidised: rate.subsidised,
          boost: boostAt(source.boosts, rate.id, now),
        })),
    })),
  };
}

/** `?offer=` when it names one of the source's open offers, else null (all offers). */
function selectedOffer(source: Pick<TermsSource, 'offers'>, offerId: number | null): number | null {
  return offerId !== null && source.offers.some((offer) => offer.id === offerId) ? offerId : null;
}

/** The boost on this rate in force at `now` (the store page's rule: lib/catalog/best-boost.ts). */
function boostAt(
  boosts: readonly Boost[],
  rateId: number,
  now: Date,
): ClickTermsSnapshot['offers'][number]['rates'][number]['boost'] {
  const active = boosts
    .filter((boost) => boost.rateId === rateId)
    .map((boost) => ({ boost, window: currentWindow(boost as BoostTiming, now) }))
    .filter((entry) => entry.window !== null);
  const best = bestBoost(active.map((entry) => entry.boost));
  const window = active.find((entry) => entry.boost === best)?.window;
  if (!best || !window) return null;
  return {
    id: best.id,
    labelFr: best.labelFr,
    labelEn: best.labelEn,
    boostedRateBps: best.boostedRateBps,
    boostedAmountMinor: best.boostedAmountMinor,
    endsAt: window.end.toISOString(),
    budgetMinor: best.budgetMinor,
  };
}
