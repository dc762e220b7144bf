import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import type { Money } from '@/lib/money';
import { splitCommission } from './split-commission';
import { boost, conversion, fixed, pct, terms } from './testing/terms';
import type { SplitConversion, SplitOptions, SplitTerms } from './types';

type Expected = {
  member: number;
  platform: number;
  marketing?: number;
  boostExtra?: number;
  rateId?: number | null;
  boostId?: number | null;
};
type Case = [label: string, SplitTerms, SplitConversion, SplitOptions, Expected];

const five = pct(500);
const tiers = [
  pct(500, { minBasketMinor: 10_000 }),
  pct(1000, { minBasketMinor: 20_000 }),
  pct(1500, { minBasketMinor: 30_000 }),
];
const newVsAll = [pct(300), pct(800, { scope: 'new_customers' })];
const existingVsAll = [pct(300), pct(500, { scope: 'existing_customers' })];
const appliances = pct(700, {
  scope: 'category',
  productCategoryFr: 'Électroménager',
  productCategoryEn: 'Home appliances',
});
const phones = pct(100, { scope: 'category', productCategoryFr: 'Smartphones', productCategoryEn: 'Phones' });
const happyHour = boost({ boostedRateBps: 1000 });
const boosted = pct(500, { boost: happyHour });
const budgeted = boost({ boostedRateBps: 1000, budgetMinor: 10_000 });
const boostedWithBudget = pct(500, { boost: budgeted });
const blackFriday = boost({ boostedAmountMinor: 2000 });
const fixedBoosted = fixed(1000, { boost: blackFriday });
const mismatchedBoost = boost({ boostedAmountMinor: 2000 });
const subsidised = pct(1000, { subsidised: true });
const capped = pct(1000, { capMinor: 500 });
const firstEqual = pct(500);
const secondEqual = pct(500);

const money = (amountMinor: number, currency: string): Money => ({ amountMinor, currency });
const inCurrency = (
  currency: string,
  saleMinor: number | null,
  commissionMinor: number,
): SplitConversion => ({
  sale: saleMinor === null ? null : money(saleMinor, currency),
  commission: money(commissionMinor, currency),
  newCustomer: null,
  productCategory: null,
});

const cases: Case[] = [
  // rule types
  [
    '5 % of 84,50 € is 4,22 € (4,225 rounds down)',
    terms([five]),
    conversion(8450, 600),
    {},
    { member: 422, platform: 178, rateId: five.id },
  ],
  [
    'a fixed amount ignores the basket',
    terms([fixed(1000)]),
    conversion(5000, 1500),
    {},
    { member: 1000, platform: 500 },
  ],
  [
    'a fixed amount on a lead without a sale',
    terms([fixed(300)]),
    conversion(null, 500),
    {},
    { member: 300, platform: 200 },
  ],
  [
    'a percentage needs a sale: a lead earns nothing',
    terms([five]),
    conversion(null, 500),
    {},
    { member: 0, platform: 500, rateId: null },
  ],
  // tiers by basket, at and just below each boundary
  [
    '99,99 € is below the 100 € tier',
    terms(tiers),
    conversion(9999, 10_000),
    {},
    { member: 0, platform: 10_000, rateId: null },
  ],
  [
    '100,00 € reaches the 5 % tier',
    terms(tiers),
    conversion(10_000, 10_000),
    {},
    { member: 500, platform: 9500, rateId: tiers[0]!.id },
  ],
  ['199,99 € stays at 5 %', terms(tiers), conversion(19_999, 10_000), {}, { member: 999, platform: 9001 }],
  [
    '200,00 € reaches 10 %',
    terms(tiers),
    conversion(20_000, 10_000),
    {},
    { member: 2000, platform: 8000, rateId: tiers[1]!.id },
  ],
  [
    '300,00 € reaches 15 %',
    terms(tiers),
    conversion(30_000, 10_000),
    {},
    { member: 4500, platform: 5500, rateId: tiers[2]!.id },
  ],
  [
    "49,99 € is below the offer's 50 € minimum",
    terms([five], { offerMinBasketMinor: 5000 }),
    conversion(4999, 500),
    {},
    { member: 0, platform: 500 },
  ],
  [
    "50,00 € meets the offer's minimum",
    terms([five], { offerMinBasketMinor: 5000 }),
    conversion(5000, 500),
    {},
    { member: 250, platform: 250 },
  ],
  // customer and category rates
  [
    'a new customer gets the new-customer rate',
    terms(newVsAll),
    conversion(10_000, 2000, { newCustomer: true }),
    {},
    { member: 800, platform: 1200, rateId: newVsAll[1]!.id },
  ],
  [
    'an existing customer gets the general rate',
    terms(newVsAll),
    conversion(10_000, 2000, { newCustomer: false }),
    {},
    { member: 300, platform: 1700 },
  ],
  [
    'unknown newness: neither customer rate',
    terms(newVsAll),
    conversion(10_000, 2000),
    {},
    { member: 300, platform: 1700, rateId: newVsAll[0]!.id },
  ],
  [
    'an existing customer gets the existing-customer rate',
    terms(existingVsAll),
    conversion(10_000, 2000, { newCustomer: false }),
    {},
    { member: 500, platform: 1500 },
  ],
  [
    'a new customer does not get the existing-customer rate',
    terms(existingVsAll),
    conversion(10_000, 2000, { newCustomer: true }),
    {},
    { member: 300, platform: 1700 },
  ],
  [
    'a category rate by its French name, accents and case aside',
    terms([five, appliances]),
    conversion(10_000, 2000, { productCategory: ' electroménager ' }),
    {},
    { member: 700, platform: 1300, rateId: appliances.id },
  ],
  [
    'a category rate by its English name',
    terms([five, appliances]),
    conversion(10_000, 2000, { productCategory: 'HOME APPLIANCES' }),
    {},
    { member: 700, platform: 1300 },
  ],
  [
    'another category: the general rate',
    terms([five, appliances]),
    conversion(10_000, 2000, { productCategory: 'Jardin' }),
    {},
    { member: 500, platform: 1500, rateId: five.id },
  ],
  [
    'a lower category rate loses to the general one (best for the member)',
    terms([five, phones]),
    conversion(10_000, 2000, { productCategory: 'smartphones' }),
    {},
    { member: 500, platform: 1500, rateId: five.id },
  ],
  // boosts
  [
    'happy hour ×2',
    terms([boosted]),
    conversion(8450, 1000),
    {},
    { member: 845, platform: 155, boostExtra: 423, boostId: happyHour.id },
  ],
  [
    'happy hour ×2 capped at the commission',
    terms([boosted]),
    conversion(8450, 600),
    {},
    { member: 600, platform: 0, boostExtra: 178, boostId: happyHour.id },
  ],
  [
    'commission below the base rate: the boost adds nothing',
    terms([boosted]),
    conversion(8450, 300),
    {},
    { member: 300, platform: 0, boostExtra: 0, boostId: happyHour.id },
  ],
  [
    'a boosted fixed amount',
    terms([fixedBoosted]),
    conversion(5000, 3000),
    {},
    { member: 2000, platform: 1000, boostExtra: 1000, boostId: blackFriday.id },
  ],
  [
    'a boost of the other kind is ignored',
    terms([pct(500, { boost: mismatchedBoost })]),
    conversion(8450, 1000),
    {},
    { member: 422, platform: 578, boostExtra: 0, boostId: null },
  ],
  // boost budgets
  [
    'budget left covers the boost',
    terms([boostedWithBudget]),
    conversion(8450, 1000),
    { boostBudgetRemainingMinor: { [budgeted.id]: 5000 } },
    { member: 845, platform: 155, boostExtra: 423 },
  ],
  [
    'budget left limits the boost to 1,00 €',
    terms([boostedWithBudget]),
    conversion(8450, 1000),
    { boostBudgetRemainingMinor: { [budgeted.id]: 100 } },
    { member: 522, platform: 478, boostExtra: 100 },
  ],
  [
    'budget spent: the base rate only',
    terms([boostedWithBudget]),
    conversion(8450, 1000),
    { boostBudgetRemainingMinor: { [budgeted.id]: 0 } },
    { member: 422, platform: 578, boostExtra: 0, boostId: budgeted.id },
  ],
  [
    'overspent budget counts as none left',
    terms([boostedWithBudget]),
    conversion(8450, 1000),
    { boostBudgetRemainingMinor: { [budgeted.id]: -50 } },
    { member: 422, platform: 578, boostExtra: 0 },
  ],
  [
    'no figure from the ledger: the whole budget is left',
    terms([boostedWithBudget]),
    conversion(8450, 1000),
    {},
    { member: 845, platform: 155, boostExtra: 423 },
  ],
  // caps and the loyalty hook
  [
    'capped at 5,00 € per conversion',
    terms([capped]),
    conversion(10_000, 2000),
    {},
    { member: 500, platform: 1500 },
  ],
  ['under the cap: untouched', terms([capped]), conversion(4000, 2000), {}, { member: 400, platform: 1600 }],
  [
    'loyalty +10 % of 4,22 € adds 0,42 €',
    terms([five]),
    conversion(8450, 1000),
    { loyaltyBonus: { tier: 'gold', bonusBps: 1000 } },
    { member: 464, platform: 536 },
  ],
  [
    'loyalty is neutral by default',
    terms([five]),
    conversion(8450, 1000),
    { loyaltyBonus: { tier: null, bonusBps: 0 } },
    { member: 422, platform: 578 },
  ],
  [
    'loyalty bonus still capped at the commission',
    terms([five]),
    conversion(8450, 430),
    { loyaltyBonus: { tier: 'gold', bonusBps: 1000 } },
    { member: 430, platform: 0 },
  ],
  // subsidies
  [
    'subsidised: the excess goes to marketing expense',
    terms([subsidised]),
    conversion(10_000, 600),
    {},
    { member: 1000, platform: 0, marketing: 400 },
  ],
  [
    'not subsidised: capped at the commission',
    terms([pct(1000)]),
    conversion(10_000, 600),
    {},
    { member: 600, platform: 0, marketing: 0 },
  ],
  [
    'subsidised but under the commission: no expense',
    terms([subsidised]),
    conversion(10_000, 1500),
    {},
    { member: 1000, platform: 500, marketing: 0 },
  ],
  [
    'a subsidised boost with a budget',
    terms([pct(500, { subsidised: true, boost: budgeted })]),
    conversion(8450, 300),
    { boostBudgetRemainingMinor: { [budgeted.id]: 200 } },
    { member: 622, platform: 0, marketing: 322, boostExtra: 200 },
  ],
  // rounding
  [
    '3,33 % of 10,01 € = 0,3333 € → 0,33 €',
    terms([pct(333)]),
    conversion(1001, 50),
    {},
    { member: 33, platform: 17 },
  ],
  [
    '7,5 % of 0,99 € = 0,07425 € → 0,07 €',
    terms([pct(750)]),
    conversion(99, 10),
    {},
    { member: 7, platform: 3 },
  ],
  [
    '12,34 % of 1 234 567,89 €',
    terms([pct(1234)]),
    conversion(123_456_789, 20_000_000),
    {},
    { member: 15_234_567, platform: 4_765_433 },
  ],
  // zero and negative totals
  ['zero commission: nothing to share', terms([five]), conversion(8450, 0), {}, { member: 0, platform: 0 }],
  [
    'negative commission: the platform carries it',
    terms([five]),
    conversion(8450, -300),
    {},
    { member: 0, platform: -300 },
  ],
  [
    'negative commission, subsidised rate: still nothing',
    terms([subsidised]),
    conversion(8450, -300),
    {},
    { member: 0, platform: -300, marketing: 0 },
  ],
  [
    'a refunded sale (negative) counts as zero',
    terms([five]),
    conversion(-8450, 100),
    {},
    { member: 0, platform: 100 },
  ],
  [
    'a zero sale with a fixed rate still earns it',
    terms([fixed(200)]),
    conversion(0, 300),
    {},
    { member: 200, platform: 100 },
  ],
  // several offers and ties
  [
    'equal rates: the first in the snapshot',
    terms([firstEqual, secondEqual]),
    conversion(10_000, 2000),
    {},
    { member: 500, platform: 1500, rateId: firstEqual.id },
  ],
  // 0- and 3-decimal currencies
  [
    'JPY: 5 % of ¥12,345 = ¥617',
    terms([pct(500, { currency: 'JPY' })], { currency: 'JPY' }),
    inCurrency('JPY', 12_345, 1000),
    {},
    { member: 617, platform: 383 },
  ],
  [
    'JPY fixed ¥500',
    terms([fixed(500, { currency: 'JPY' })], { currency: 'JPY' }),
    inCurrency('JPY', 12_345, 800),
    {},
    { member: 500, platform: 300 },
  ],
  [
    'KWD: 5 % of 84,505 KWD = 4,225 KWD',
    terms([pct(500, { currency: 'KWD' })], { currency: 'KWD' }),
    inCurrency('KWD', 84_505, 5000),
    {},
    { member: 4225, platform: 775 },
  ],
  [
    'BHD fixed 1,250 BHD capped at a 1,001 BHD commission',
    terms([fixed(1250, { currency: 'BHD' })], { currency: 'BHD' }),
    inCurrency('BHD', 10_000, 1001),
    {},
    { member: 1001, platform: 0 },
  ],
  [
    'a percent rate whose currency column differs still applies',
    terms([pct(500, { currency: 'EUR' })], { currency: 'JPY' }),
    inCurrency('JPY', 10_000, 1000),
    {},
    { member: 500, platform: 500 },
  ],
];

describe('splitCommission', () => {
  it.each(cases)('%s', (_label, snapshot, input, options, expected) => {
    const result = splitCommission(snapshot, input, options);
    expect(result.memberMinor).toBe(expected.member);
    expect(result.platformMinor).toBe(expected.platform);
    expect(result.marketingExpenseMinor).toBe(expected.marketing ?? 0);
    if (expected.boostExtra !== undefined) expect(result.boostExtraMinor).toBe(expected.boostExtra);
    if (expected.rateId !== undefined) expect(result.appliedRateId).toBe(expected.rateId);
    if (expected.boostId !== undefined) expect(result.boostId).toBe(expected.boostId);
    expect(result.memberMinor + result.platformMinor).toBe(
      input.commission.amountMinor + result.marketingExpenseMinor,
    );
    expect(result.currency).toBe(input.commission.currency);
  });

  it('names the offer of the rate it applied', () => {
    const cheap = pct(300);
    const rich = pct(900);
    const snapshot: SplitTerms = {
      offers: [
        { id: 11, minBasketMinor: null, currency: 'EUR', rates: [cheap] },
        { id: 12, minBasketMinor: null, currency: 'EUR', rates: [rich] },
      ],
      program: { currency: 'EUR' },
    };
    const result = splitCommission(snapshot, conversion(10_000, 2000));
    expect(result).toMatchObject({ appliedOfferId: 12, appliedRateId: rich.id, memberMinor: 900 });
  });

  it('explains each step in order', () => {
    const result = splitCommission(terms([boosted]), conversion(8450, 600));
    expect(result.explanation.map((step) => step.kind)).toEqual(['rate', 'boost', 'commission_cap']);
    expect(result.explanation[0]).toMatchObject({ saleMinor: 8450, resultMinor: 422 });
    expect(result.explanation[2]).toMatchObject({ commissionMinor: 600, resultMinor: 600 });
  });

  it('explains a budget limit and a subsidy after the caps', () => {
    const rate = pct(500, { subsidised: true, boost: budgeted });
    const result = splitCommission(terms([rate]), conversion(8450, 300), {
      boostBudgetRemainingMinor: { [budgeted.id]: 200 },
    });
    expect(result.explanation.map((step) => step.kind)).toEqual(['rate', 'boost', 'boost_budget', 'subsidy']);
  });

  it('gives the same result for the same inputs', () => {
    const input = conversion(8450, 600, { newCustomer: true });
    expect(splitCommission(terms([boosted]), input)).toEqual(splitCommission(terms([boosted]), input));
  });

  it.each([
    [
      'sale in USD, commission in EUR',
      terms([five]),
      { ...conversion(8450, 600), sale: { amountMinor: 8450, currency: 'USD' } },
      /sale is in USD, the commission in EUR/,
    ],
    [
      "conversion in USD, the click's terms in EUR",
      terms([five]),
      inCurrency('USD', 8450, 600),
      /conversion is in USD, the click's terms in EUR/,
    ],
    [
      'a fixed rate in another currency',
      terms([fixed(500, { currency: 'USD' })]),
      conversion(8450, 600),
      /rate \d+ is in USD, the conversion in EUR/,
    ],
    [
      'a basket tier in another currency',
      terms([pct(500, { currency: 'GBP', minBasketMinor: 100 })]),
      conversion(8450, 600),
      /is in GBP/,
    ],
    ['an unknown currency', terms([five]), inCurrency('XYZ', 100, 10), /Unknown currency/],
  ])('refuses %s', (_label, snapshot, input, message) => {
    const attempt = () => splitCommission(snapshot, input);
    expect(attempt).toThrow(AppError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as AppError).code).toBe('unprocessable');
    }
  });

  it.each([
    ['negative', -1],
    ['above +100 %', 10_001],
    ['fractional', 2.5],
  ])('refuses a %s loyalty bonus', (_label, bonusBps) => {
    expect(() =>
      splitCommission(terms([five]), conversion(8450, 600), { loyaltyBonus: { tier: 'x', bonusBps } }),
    ).toThrow(/Loyalty bonus/);
  });

  it('refuses amounts that are not whole minor units', () => {
    expect(() => splitCommission(terms([five]), conversion(84.5, 600))).toThrow(
      /whole number of minor units/,
    );
  });
});
