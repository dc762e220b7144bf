import type { Money } from '@/lib/money';
import type { SplitBoost, SplitConversion, SplitRate, SplitTerms } from '../types';

// Small builders for split tests: a rate, a boost, terms around them, a conversion.

let nextId = 1;

export function pct(rateBps: number, extra: Partial<SplitRate> = {}): SplitRate {
  return {
    id: nextId++,
    kind: 'percent',
    rateBps,
    amountMinor: null,
    currency: 'EUR',
    scope: 'all',
    productCategoryFr: null,
    productCategoryEn: null,
    minBasketMinor: null,
    labelFr: '',
    labelEn: '',
    boost: null,
    ...extra,
  };
}

export function fixed(amountMinor: number, extra: Partial<SplitRate> = {}): SplitRate {
  return pct(0, { kind: 'fixed', rateBps: null, amountMinor, ...extra });
}

export function boost(extra: Partial<SplitBoost> = {}): SplitBoost {
  return {
    id: nextId++,
    labelFr: 'Happy hour',
    labelEn: 'Happy hour',
    boostedRateBps: null,
    boostedAmountMinor: null,
    endsAt: '2030-01-01T00:00:00.000Z',
    ...extra,
  };
}

export function terms(
  rates: SplitRate[],
  options: { currency?: string; offerMinBasketMinor?: number | null } = {},
): SplitTerms {
  const currency = options.currency ?? 'EUR';
  return {
    offers: [{ id: 1, minBasketMinor: options.offerMinBasketMinor ?? null, currency, rates }],
    program: { currency },
  };
}

export const eur = (amountMinor: number): Money => ({ amountMinor, currency: 'EUR' });

export function conversion(
  saleMinor: number | null,
  commissionMinor: number,
  extra: Partial<SplitConversion> = {},
): SplitConversion {
  return {
    sale: saleMinor === null ? null : eur(saleMinor),
    commission: eur(commissionMinor),
    newCustomer: null,
    productCategory: null,
    ...extra,
  };
}
