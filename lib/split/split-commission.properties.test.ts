import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateCashback } from './estimate-cashback';
import { splitCommission } from './split-commission';
import type { SplitConversion, SplitOptions, SplitRate, SplitTerms } from './types';

// Properties of the split over random terms and conversions: the parts sum
// exactly, the member is never negative, never above the commission unless a
// subsidised rate pays it, never less when the basket grows, and never more
// than the store page's estimate promised.

const CATEGORIES = ['Smartphones', 'Électroménager', 'Jardin'] as const;

const boostArb = fc.option(
  fc.record({
    percent: fc.boolean(),
    value: fc.integer({ min: 1, max: 10_000 }),
    budgetMinor: fc.option(fc.integer({ min: 1, max: 50_000 })),
  }),
);

const rateArb = fc.record({
  percent: fc.boolean(),
  value: fc.integer({ min: 1, max: 10_000 }),
  scope: fc.constantFrom('all', 'new_customers', 'existing_customers', 'category') as fc.Arbitrary<
    SplitRate['scope']
  >,
  category: fc.constantFrom(...CATEGORIES),
  minBasketMinor: fc.option(fc.integer({ min: 1, max: 100_000 })),
  capMinor: fc.option(fc.integer({ min: 1, max: 20_000 })),
  subsidised: fc.boolean(),
  boost: boostArb,
});

const termsArb: fc.Arbitrary<SplitTerms> = fc
  .array(
    fc.record({
      minBasketMinor: fc.option(fc.integer({ min: 1, max: 50_000 }), { freq: 4 }),
      rates: fc.array(rateArb, { minLength: 0, maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((offers) => {
    let id = 1;
    return {
      program: { currency: 'EUR' },
      offers: offers.map((offer, index) => ({
        id: 100 + index,
        currency: 'EUR',
        minBasketMinor: offer.minBasketMinor,
        rates: offer.rates.map(
          (r): SplitRate => ({
            id: id++,
            kind: r.percent ? 'percent' : 'fixed',
            rateBps: r.percent ? r.value : null,
            amountMinor: r.percent ? null : r.value,
            currency: 'EUR',
            scope: r.scope,
            productCategoryFr: r.scope === 'category' ? r.category : null,
            productCategoryEn: r.scope === 'category' ? r.category : null,
            minBasketMinor: r.minBasketMinor,
            labelFr: '',
            labelEn: '',
            capMinor: r.capMinor,
            subsidised: r.subsidised,
            boost: r.boost
              ? {
                  id: 1000 + id,
                  labelFr: 'Boost',
                  labelEn: 'Boost',
                  boostedRateBps: r.boost.percent ? r.boost.value : null,
                  boostedAmountMinor: r.boost.percent ? null : r.boost.value,
                  endsAt: '2030-01-01T00:00:00.000Z',
                  budgetMinor: r.boost.budgetMinor,
                }
              : null,
          }),
        ),
      })),
    };
  });

const purchaseArb = fc.record({
  newCustomer: fc.constantFrom(null, true, false),
  productCategory: fc.option(fc.constantFrom(...CATEGORIES, 'Autre')),
});

const optionsArb = (snapshot: SplitTerms): fc.Arbitrary<SplitOptions> => {
  const boostIds = snapshot.offers.flatMap((o) => o.rates.flatMap((r) => (r.boost ? [r.boost.id] : [])));
  return fc.record({
    loyaltyBonus: fc.record({ tier: fc.constant('tier'), bonusBps: fc.integer({ min: 0, max: 10_000 }) }),
    boostBudgetRemainingMinor: fc
      .array(fc.integer({ min: -100, max: 60_000 }), {
        minLength: boostIds.length,
        maxLength: boostIds.length,
      })
      .map((left) => Object.fromEntries(boostIds.map((id, i) => [id, left[i]!]))),
  });
};

const scenarioArb = termsArb.chain((snapshot) =>
  fc.record({
    snapshot: fc.constant(snapshot),
    purchase: purchaseArb,
    options: optionsArb(snapshot),
    saleMinor: fc.option(fc.integer({ min: -10_000, max: 10_000_000 }), { freq: 8 }),
    otherSaleMinor: fc.integer({ min: 0, max: 10_000_000 }),
    commissionMinor: fc.integer({ min: -50_000, max: 2_000_000 }),
  }),
);

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const conversionOf = (
  purchase: { newCustomer: boolean | null; productCategory: string | null },
  saleMinor: number | null,
  commissionMinor: number,
): SplitConversion => ({
  ...purchase,
  sale: saleMinor === null ? null : eur(saleMinor),
  commission: eur(commissionMinor),
});

const runs = { numRuns: 2000 };

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

/** Over every generated scenario: its split as the ledger would compute it, and a check of it. */
function forEverySplit(check: (s: Scenario, r: ReturnType<typeof splitCommission>) => void) {
  fc.assert(
    fc.property(scenarioArb, (s) => {
      check(
        s,
        splitCommission(s.snapshot, conversionOf(s.purchase, s.saleMinor, s.commissionMinor), s.options),
      );
    }),
    runs,
  );
}

describe('splitCommission properties', () => {
  it('parts always sum to the commission plus the subsidy', () => {
    forEverySplit((s, r) => {
      expect(r.memberMinor + r.platformMinor).toBe(s.commissionMinor + r.marketingExpenseMinor);
      expect(r.marketingExpenseMinor).toBeGreaterThanOrEqual(0);
    });
  });

  it('the member is never negative, and gets nothing from a commission of zero or less', () => {
    forEverySplit((s, r) => {
      expect(r.memberMinor).toBeGreaterThanOrEqual(0);
      if (s.commissionMinor <= 0) expect(r.memberMinor).toBe(0);
      if (s.commissionMinor > 0) expect(r.platformMinor).toBeGreaterThanOrEqual(0);
    });
  });

  it('the member never exceeds the commission unless the applied rate is subsidised', () => {
    forEverySplit((s, r) => {
      const applied = s.snapshot.offers.flatMap((o) => o.rates).find((rate) => rate.id === r.appliedRateId);
      if (applied?.subsidised !== true) {
        expect(r.memberMinor).toBeLessThanOrEqual(Math.max(0, s.commissionMinor));
        expect(r.marketingExpenseMinor).toBe(0);
      }
      if (r.marketingExpenseMinor > 0) expect(r.platformMinor).toBe(0);
    });
  });

  it('is monotone in the sale: a bigger basket never earns less', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const low = Math.min(s.saleMinor ?? 0, s.otherSaleMinor);
        const high = Math.max(s.saleMinor ?? 0, s.otherSaleMinor);
        const split = (saleMinor: number) =>
          splitCommission(s.snapshot, conversionOf(s.purchase, saleMinor, s.commissionMinor), s.options);
        expect(split(low).memberMinor).toBeLessThanOrEqual(split(high).memberMinor);
      }),
      runs,
    );
  });

  it('a boost never takes more than its budget left', () => {
    forEverySplit((s, r) => {
      const rate = s.snapshot.offers.flatMap((o) => o.rates).find((x) => x.id === r.appliedRateId);
      const budget = rate?.boost?.budgetMinor ?? null;
      if (rate?.boost && budget !== null) {
        const left = s.options.boostBudgetRemainingMinor?.[rate.boost.id] ?? budget;
        expect(r.boostExtraMinor).toBeLessThanOrEqual(Math.max(0, left));
      }
      expect(r.boostExtraMinor).toBeLessThanOrEqual(r.memberMinor);
    });
  });

  it('never pays more than the store page estimated for the same basket', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const saleMinor = s.saleMinor ?? 0;
        const r = splitCommission(
          s.snapshot,
          conversionOf(s.purchase, saleMinor, s.commissionMinor),
          s.options,
        );
        const estimate = estimateCashback(s.snapshot, { ...s.purchase, sale: eur(saleMinor) }, s.options);
        expect(r.memberMinor).toBeLessThanOrEqual(estimate.memberMinor);
      }),
      runs,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const input = conversionOf(s.purchase, s.saleMinor, s.commissionMinor);
        expect(splitCommission(s.snapshot, input, s.options)).toEqual(
          splitCommission(s.snapshot, input, s.options),
        );
      }),
      { numRuns: 300 },
    );
  });
});
