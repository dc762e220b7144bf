import { describe, expect, it } from 'vitest';
import type { Boost, CashbackRate, Offer } from '@/db/schema';
import type { ClickTarget } from './click-target';
import { offeredTerms, type SnapshotText, snapshotText, termsSnapshot } from './terms-snapshot';

/** What record_clicks stores: the shared text with the click's capturedAt added. */
const stored = (text: SnapshotText) => ({ ...JSON.parse(text.shared), capturedAt: text.capturedAt });

// The snapshot a click locks in, built from a click target without a database.

const now = new Date('2026-03-04T15:00:00Z');
const hourAgo = new Date(now.getTime() - 3_600_000);
const inAnHour = new Date(now.getTime() + 3_600_000);

const offer = (id: number, extra: Partial<Offer> = {}): Offer => ({
  id,
  merchantId: 7,
  titleFr: `Offre ${id}`,
  titleEn: `Offer ${id}`,
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
  createdAt: hourAgo,
  ...extra,
});

const rate = (id: number, offerId: number, extra: Partial<CashbackRate> = {}): CashbackRate => ({
  id,
  offerId,
  kind: 'percent',
  rateBps: 500,
  amountMinor: null,
  currency: 'EUR',
  scope: 'all',
  productCategoryFr: null,
  productCategoryEn: null,
  minBasketMinor: null,
  labelFr: '',
  labelEn: '',
  position: 0,
  capMinor: null,
  subsidised: false,
  ...extra,
});

const boost = (id: number, rateId: number, extra: Partial<Boost> = {}): Boost => ({
  id,
  rateId,
  merchantId: 7,
  eventId: null,
  kind: 'window',
  labelFr: 'Happy hour',
  labelEn: 'Happy hour',
  boostedRateBps: 1000,
  boostedAmountMinor: null,
  startsAt: hourAgo,
  endsAt: inAnHour,
  weekday: null,
  startMinute: null,
  endMinute: null,
  timeZone: 'Europe/Paris',
  validFrom: null,
  validUntil: null,
  budgetMinor: null,
  createdAt: hourAgo,
  ...extra,
});

function target(extra: Partial<ClickTarget> = {}): ClickTarget {
  return {
    merchant: {
      id: 7,
      slug: 'maison-test',
      name: 'Maison Test',
      status: 'live',
      validationDelayDays: 45,
      conditionsFr: 'Hors frais de port',
      conditionsEn: 'Excluding shipping',
      exclusionsFr: '',
      exclusionsEn: '',
    },
    domains: ['maison-test.example'],
    program: {
      id: 3,
      networkCode: 'sandbox',
      advertiserId: 'adv-1',
      trackingTemplate: 'https://sandbox.example/?sub={clickId}',
      currency: 'EUR',
      networkAccountId: 1,
      publisherId: 'pub-1',
    },
    offers: [offer(1), offer(2, { endsAt: inAnHour })],
    rates: [
      rate(10, 1, { capMinor: 2500, subsidised: true }),
      rate(11, 1, { scope: 'new_customers', rateBps: 800 }),
      rate(20, 2, { kind: 'fixed', rateBps: null, amountMinor: 1500, minBasketMinor: 5000 }),
    ],
    boosts: [
      boost(100, 10, { boostedRateBps: 900, budgetMinor: 50_000 }),
      boost(101, 10, { boostedRateBps: 1000 }),
      boost(102, 11, { startsAt: inAnHour, endsAt: new Date(inAnHour.getTime() + 3_600_000) }),
    ],
    loadedAt: now,
    ...extra,
  };
}

describe('termsSnapshot', () => {
  it('captures the offers, rates (caps and subsidies included), boosts in force and the programme', () => {
    const snapshot = termsSnapshot(target(), null, now);
    expect(snapshot).toMatchObject({
      version: 1,
      capturedAt: now.toISOString(),
      merchant: { id: 7, slug: 'maison-test', validationDelayDays: 45, conditionsEn: 'Excluding shipping' },
      selectedOfferId: null,
      program: { id: 3, networkCode: 'sandbox', advertiserId: 'adv-1', currency: 'EUR' },
    });
    expect(snapshot.offers.map((o) => o.id)).toEqual([1, 2]);
    expect(snapshot.offers[1]!.endsAt).toBe(inAnHour.toISOString());
    const [capped, forNew] = snapshot.offers[0]!.rates;
    expect(capped).toMatchObject({ id: 10, capMinor: 2500, subsidised: true });
    // Two boosts in force on rate 10: the more generous one, without a budget.
    expect(capped!.boost).toEqual({
      id: 101,
      labelFr: 'Happy hour',
      labelEn: 'Happy hour',
      boostedRateBps: 1000,
      boostedAmountMinor: null,
      endsAt: inAnHour.toISOString(),
      budgetMinor: null,
    });
    // Rate 11's boost starts in an hour: not part of the click's terms.
    expect(forNew).toMatchObject({
      id: 11,
      scope: 'new_customers',
      capMinor: null,
      subsidised: false,
      boost: null,
    });
    expect(snapshot.offers[1]!.rates).toEqual([
      expect.objectContaining({ id: 20, kind: 'fixed', amountMinor: 1500, minBasketMinor: 5000 }),
    ]);
  });

  it("keeps a boost's budget", () => {
    const snapshot = termsSnapshot(target({ boosts: [boost(100, 10, { budgetMinor: 50_000 })] }), null, now);
    expect(snapshot.offers[0]!.rates[0]!.boost).toMatchObject({ id: 100, budgetMinor: 50_000 });
  });

  it.each([
    ['an open offer', 2, 2, [2]],
    ['an offer that is not open falls back to all', 99, null, [1, 2]],
  ])('with ?offer= %s', (_label, requested, selected, ids) => {
    const snapshot = termsSnapshot(target(), requested, now);
    expect(snapshot.selectedOfferId).toBe(selected);
    expect(snapshot.offers.map((o) => o.id)).toEqual(ids);
  });

  it('refuses a merchant without an active programme', () => {
    expect(() => termsSnapshot(target({ program: null }), null, now)).toThrow(/no active program/);
  });

  it('offeredTerms is the snapshot without the programme (what the store page calculates with)', () => {
    const { program: _program, ...offered } = termsSnapshot(target(), null, now);
    const { program: _p, domains: _d, loadedAt: _l, ...source } = target();
    expect(offeredTerms(source, null, now)).toEqual(offered);
  });
});

describe('snapshotText (what the click writers store)', () => {
  it.each([
    ['all offers', null],
    ['one open offer', 2],
    ['an offer that is not open', 99],
  ])('%s: stored text parses back to termsSnapshot, capturedAt included', (_label, offerId) => {
    const t = target();
    const text = snapshotText(t, offerId, now);
    expect(stored(text)).toEqual(termsSnapshot(t, offerId, now));
    expect(text.selectedOfferId).toBe(termsSnapshot(t, offerId, now).selectedOfferId);
    expect(JSON.parse(text.shared)).not.toHaveProperty('capturedAt');
  });

  it('serialises once per target, offer and boost windows; a window opening or closing makes a new text', () => {
    const t = target();
    const first = snapshotText(t, null, now);
    const later = snapshotText(t, null, new Date(now.getTime() + 60_000));
    // Same windows a minute later: the very same text, only capturedAt moves.
    expect(later.shared).toBe(first.shared);
    expect(later.capturedAt).not.toBe(first.capturedAt);
    // Once rate 11's boost has started (in an hour), its terms are different, and so is the text.
    const boosted = new Date(inAnHour.getTime() + 60_000);
    const afterwards = snapshotText(t, null, boosted);
    expect(afterwards.shared).not.toBe(first.shared);
    expect(stored(afterwards)).toEqual(termsSnapshot(t, null, boosted));
    // Another offer asked for: another text.
    expect(snapshotText(t, 2, now).shared).not.toBe(first.shared);
  });
});
