import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n/config';
import { messagesByLocale } from '@/lib/i18n/messages';
import { createTranslator } from '@/lib/i18n/translate';
import type { CapturedOffer, CapturedRate } from '@/lib/tracking/member-clicks';
import { capturedOfferNotes, capturedRateText, formatClickTime } from './captured-terms';

// The captured terms in words, in both languages. Intl puts a no-break space
// before "%" and "€" in French (U+00A0 or U+202F depending on the ICU version):
// compared as plain spaces, as in lib/money.test.ts.

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const base: CapturedRate = {
  id: 1,
  scope: 'all',
  productCategoryFr: null,
  productCategoryEn: null,
  minBasketMinor: null,
  currency: 'EUR',
  labelFr: '',
  labelEn: '',
  usual: { kind: 'percent', rateBps: 500 },
  boost: null,
};
const percent = (rateBps: number) => ({ kind: 'percent' as const, rateBps });
const euros = (amountMinor: number) => ({ kind: 'fixed' as const, money: { amountMinor, currency: 'EUR' } });
const boost = (labelFr: string, value: CapturedRate['usual']) => ({
  labelFr,
  labelEn: labelFr === '' ? '' : `${labelFr} (en)`,
  value,
  endsAt: new Date('2026-03-14T18:00:00Z'),
});

const text = (locale: Locale, rate: Partial<CapturedRate>) =>
  capturedRateText({ ...base, ...rate }, locale, createTranslator(locale, messagesByLocale[locale]));

describe('capturedRateText', () => {
  it.each([
    ['a plain percent', 'fr', {}, `5 %`],
    ['a plain percent, English', 'en', {}, '5%'],
    ['850 bps keeps its half point', 'fr', { usual: percent(850) }, `8,5 %`],
    [
      'a boost: usual value, label, boosted value',
      'fr',
      { boost: boost('Happy hour ×2', percent(1000)) },
      `5 % · Happy hour ×2 → 10 %`,
    ],
    ['a boost without a label', 'en', { boost: boost('', percent(1000)) }, '5% · Boost → 10%'],
    [
      'a fixed amount from a minimum basket',
      'fr',
      { usual: euros(1000), minBasketMinor: 10_000 },
      `10 € dès 100 € d’achat`,
    ],
    ['cents are kept when there are any', 'en', { usual: euros(1050) }, '€10.50'],
    [
      'new customers only, with the rate’s label',
      'fr',
      { scope: 'new_customers', labelFr: 'Ouverture de compte', usual: euros(8000) },
      `80 € · Ouverture de compte · nouveaux clients uniquement`,
    ],
    ['existing customers, English', 'en', { scope: 'existing_customers' }, '5% · existing customers only'],
    [
      'a product category, in the member’s language',
      'en',
      {
        scope: 'category',
        productCategoryFr: 'Accessoires',
        productCategoryEn: 'Accessories',
        usual: percent(700),
      },
      '7% · “Accessories” category',
    ],
    [
      'a label that only restates the scope is not repeated',
      'fr',
      { scope: 'new_customers', labelFr: 'Nouveaux clients', usual: percent(800) },
      '8 % · nouveaux clients uniquement',
    ],
    [
      'nor in English',
      'en',
      { scope: 'existing_customers', labelEn: 'Existing customers' },
      '5% · existing customers only',
    ],
    [
      'a tier label naming the threshold is not repeated',
      'fr',
      { minBasketMinor: 20_000, labelFr: 'Dès 200 € d’achat', usual: percent(1000) },
      '10 % dès 200 € d’achat',
    ],
    [
      'nor in English, however it is worded',
      'en',
      { minBasketMinor: 20_000, labelEn: 'On orders from €200', usual: percent(1000) },
      '10% from €200 spent',
    ],
    [
      'a basket tier with a boost',
      'fr',
      { minBasketMinor: 20_000, usual: percent(1000), boost: boost('Black Friday', percent(1500)) },
      `10 % dès 200 € d’achat · Black Friday → 15 %`,
    ],
  ] as const)('%s', (_label, locale, rate, expected) => {
    expect(plain(text(locale, rate as Partial<CapturedRate>))).toBe(expected);
  });
});

describe('capturedOfferNotes', () => {
  const offer: CapturedOffer = {
    id: 1,
    titleFr: 'Cashback',
    titleEn: 'Cashback',
    conditionsFr: '',
    conditionsEn: '',
    exclusionsFr: '',
    exclusionsEn: '',
    minBasketMinor: null,
    currency: 'EUR',
    endsAt: null,
    rates: [],
  };
  const t = createTranslator('fr', messagesByLocale.fr);

  it('says nothing about an offer without a minimum or an end', () => {
    expect(capturedOfferNotes(offer, 'fr', t)).toEqual([]);
  });

  it('gives the minimum basket and the end date', () => {
    expect(
      capturedOfferNotes(
        { ...offer, minBasketMinor: 3000, endsAt: new Date('2026-12-31T22:59:00Z') },
        'fr',
        t,
      ).map(plain),
    ).toEqual([`dès 30 € d’achat`, 'valable jusqu’au 31 décembre 2026']);
  });
});

describe('formatClickTime', () => {
  it.each([
    ['winter, Paris is UTC+1', '2026-01-14T16:05:00Z', 'fr', '14 janvier 2026 à 17:05'],
    ['summer, Paris is UTC+2', '2026-07-01T21:30:00Z', 'fr', '1 juillet 2026 à 23:30'],
    ['the date turns in Paris first', '2026-03-14T23:30:00Z', 'en', '15 March 2026 at 00:30'],
  ] as const)('%s', (_label, iso, locale, expected) => {
    expect(plain(formatClickTime(new Date(iso), locale))).toBe(expected);
  });
});
