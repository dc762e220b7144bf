import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n/config';
import { estimateCashback } from './estimate-cashback';
import { explainSplit } from './explain-split';
import { splitCommission } from './split-commission';
import { boost, conversion, eur, fixed, pct, terms } from './testing/terms';
import type { SplitResult } from './types';

// Intl separates amounts and units with (narrow) no-break spaces; the
// expectations below are written with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const happyHour = boost({ labelFr: 'Happy hour', labelEn: 'Happy hour', boostedRateBps: 1000 });
const budgeted = boost({ labelFr: 'Soldes', labelEn: 'Sale', boostedRateBps: 1000, budgetMinor: 5000 });
const appliances = pct(700, {
  scope: 'category',
  productCategoryFr: 'Électroménager',
  productCategoryEn: 'Home appliances',
});

type Case = [label: string, () => Pick<SplitResult, 'currency' | 'explanation'>, Record<Locale, string>];

const cases: Case[] = [
  [
    'percent, boost ×2, capped at the commission',
    () => splitCommission(terms([pct(500, { boost: happyHour })]), conversion(8450, 600)),
    {
      fr: '5 % de 84,50 € = 4,22 € ; Happy hour ×2 → 8,45 € ; plafonné à la commission 6,00 €',
      en: '5% of €84.50 = €4.22; Happy hour ×2 → €8.45; capped at commission €6.00',
    },
  ],
  [
    'a boost that is not a whole multiple',
    () =>
      splitCommission(
        terms([pct(400, { boost: boost({ labelFr: 'Bonus', labelEn: 'Bonus', boostedRateBps: 650 }) })]),
        conversion(10_000, 1000),
      ),
    {
      fr: '4 % de 100,00 € = 4,00 € ; Bonus 6,5 % → 6,50 €',
      en: '4% of €100.00 = €4.00; Bonus 6.5% → €6.50',
    },
  ],
  [
    'a new-customer basket tier',
    () =>
      splitCommission(
        terms([pct(1000, { scope: 'new_customers', minBasketMinor: 20_000 })]),
        conversion(25_000, 5000, { newCustomer: true }),
      ),
    {
      fr: '10 % de 250,00 € (nouveaux clients, panier dès 200,00 €) = 25,00 €',
      en: '10% of €250.00 (new customers, basket from €200.00) = €25.00',
    },
  ],
  [
    'a category rate',
    () =>
      splitCommission(terms([appliances]), conversion(10_000, 1000, { productCategory: 'electromenager' })),
    {
      fr: '7 % de 100,00 € (catégorie Électroménager) = 7,00 €',
      en: '7% of €100.00 (Home appliances category) = €7.00',
    },
  ],
  [
    'a fixed amount for existing customers, capped per purchase',
    () =>
      splitCommission(
        terms([fixed(1500, { scope: 'existing_customers', capMinor: 1000 })]),
        conversion(5000, 2000, { newCustomer: false }),
      ),
    {
      fr: '15,00 € par achat (clients existants) ; plafonné à 10,00 € par achat',
      en: '€15.00 per purchase (existing customers); capped at €10.00 per purchase',
    },
  ],
  [
    'a loyalty bonus',
    () =>
      splitCommission(terms([pct(500)]), conversion(8450, 1000), {
        loyaltyBonus: { tier: 'gold', bonusBps: 1000 },
      }),
    {
      fr: '5 % de 84,50 € = 4,22 € ; bonus fidélité +10 % → 4,64 €',
      en: '5% of €84.50 = €4.22; loyalty bonus +10% → €4.64',
    },
  ],
  [
    'a spent boost budget and a subsidy',
    () =>
      splitCommission(terms([pct(500, { subsidised: true, boost: budgeted })]), conversion(8450, 300), {
        boostBudgetRemainingMinor: { [budgeted.id]: 200 },
      }),
    {
      fr: '5 % de 84,50 € = 4,22 € ; Soldes ×2 → 8,45 € ; budget du bonus restant 2,00 € → 6,22 € ; dont 3,22 € offerts par nous au-delà de la commission de 3,00 €',
      en: '5% of €84.50 = €4.22; Sale ×2 → €8.45; boost budget left €2.00 → €6.22; of which €3.22 is on us, beyond the €3.00 commission',
    },
  ],
  [
    'a reversed commission',
    () => splitCommission(terms([pct(500)]), conversion(8450, -300)),
    {
      fr: '5 % de 84,50 € = 4,22 € ; commission de -3,00 € : rien à reverser',
      en: '5% of €84.50 = €4.22; commission -€3.00: nothing to share',
    },
  ],
  [
    'no rate applies',
    () => splitCommission(terms([pct(500, { minBasketMinor: 10_000 })]), conversion(9999, 300)),
    { fr: 'aucun taux ne s’applique à cet achat', en: 'no rate applies to this purchase' },
  ],
  [
    'yen, no decimals',
    () =>
      splitCommission(terms([pct(500, { currency: 'JPY' })], { currency: 'JPY' }), {
        ...conversion(0, 0),
        sale: { amountMinor: 12_345, currency: 'JPY' },
        commission: { amountMinor: 1000, currency: 'JPY' },
      }),
    { fr: '5 % de 12 345 JPY = 617 JPY', en: '5% of JP¥12,345 = JP¥617' },
  ],
  [
    'Kuwaiti dinar, three decimals',
    () =>
      splitCommission(terms([pct(500, { currency: 'KWD' })], { currency: 'KWD' }), {
        ...conversion(0, 0),
        sale: { amountMinor: 84_505, currency: 'KWD' },
        commission: { amountMinor: 5000, currency: 'KWD' },
      }),
    { fr: '5 % de 84,505 KWD = 4,225 KWD', en: '5% of KWD 84.505 = KWD 4.225' },
  ],
  [
    'an estimate (no commission step)',
    () =>
      estimateCashback(terms([pct(500, { boost: happyHour })]), {
        sale: eur(15_000),
        newCustomer: null,
        productCategory: null,
      }),
    {
      fr: '5 % de 150,00 € = 7,50 € ; Happy hour ×2 → 15,00 €',
      en: '5% of €150.00 = €7.50; Happy hour ×2 → €15.00',
    },
  ],
];

describe('explainSplit', () => {
  it.each(cases)('%s', (_label, make, expected) => {
    const result = make();
    expect(plain(explainSplit(result, 'fr'))).toBe(expected.fr);
    expect(plain(explainSplit(result, 'en'))).toBe(expected.en);
  });

  it('renders from stored steps alone (a result read back from JSON)', () => {
    const result = splitCommission(terms([pct(500, { boost: happyHour })]), conversion(8450, 600));
    const stored = JSON.parse(JSON.stringify(result)) as SplitResult;
    expect(explainSplit(stored, 'en')).toBe(explainSplit(result, 'en'));
  });
});
