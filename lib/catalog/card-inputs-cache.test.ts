import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import type { Boost } from '@/db/schema';
import { createCardInputsCache } from './card-inputs-cache';
import { buildCard, type CardInputs } from './merchant-cards';
import type { RateRow } from './rates-and-boosts';

const db = {} as Db;
const inputsFor = (id: number): CardInputs => ({
  rates: [],
  boosts: [],
  couponWindows: [],
  primaryCategory: { slug: `c${id}`, nameFr: '', nameEn: '' },
});

describe('createCardInputsCache', () => {
  it('loads only what it lacks, and reloads after a minute', async () => {
    let now = 0;
    const loads: number[][] = [];
    const source = createCardInputsCache(
      async (_db, ids) => {
        loads.push([...ids]);
        return new Map(ids.map((id) => [id, inputsFor(id)]));
      },
      () => now,
    );
    await source(db, [1, 2], new Date(0));
    await source(db, [2, 3], new Date(0));
    now = 59_999;
    const result = await source(db, [1, 2, 3], new Date(0));
    expect(loads).toEqual([[1, 2], [3]]);
    expect([...result.keys()]).toEqual([1, 2, 3]);
    now = 60_000;
    await source(db, [1], new Date(0));
    expect(loads).toEqual([[1, 2], [3], [1]]);
  });
});

describe('buildCard', () => {
  const rate: RateRow = {
    id: 7,
    offerId: 1,
    merchantId: 1,
    kind: 'percent',
    rateBps: 800,
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
  };
  const happyHour = {
    id: 1,
    rateId: 7,
    merchantId: 1,
    eventId: null,
    kind: 'weekly',
    labelFr: 'Happy hour',
    labelEn: 'Happy hour',
    boostedRateBps: 1200,
    boostedAmountMinor: null,
    startsAt: null,
    endsAt: null,
    weekday: 3,
    startMinute: 960,
    endMinute: 1140,
    timeZone: 'Europe/Paris',
    validFrom: null,
    validUntil: null,
    createdAt: new Date(0),
  } as Boost;
  const inputs: CardInputs = {
    rates: [rate],
    boosts: [happyHour],
    couponWindows: [{ startsAt: null, expiresAt: new Date('2026-12-02T16:00:00Z') }],
    primaryCategory: null,
  };
  const base = { id: 1, slug: 'm', name: 'M', logoUrl: null, brandColor: '#000000' };

  it.each([
    ['inside the happy hour, before the coupon expires', '2026-12-02T15:30:00Z', 1200, 'Happy hour', 1],
    ['after the happy hour and the coupon', '2026-12-02T18:30:00Z', 800, null, 0],
  ])('computes the card for the instant: %s', (_label, at, bps, boostLabel, coupons) => {
    const card = buildCard(base, inputs, new Date(at));
    expect(card.headline?.value).toEqual({ kind: 'percent', rateBps: bps });
    expect(card.boost?.labelFr ?? null).toBe(boostLabel);
    expect(card.couponCount).toBe(coupons);
  });
});
