import { intlLocale, type Locale } from '@/lib/i18n/config';
import { DISPLAY_TIME_ZONE, formatDate, formatRateValue, pick } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import type { CapturedOffer, CapturedRate } from '@/lib/tracking/member-clicks';

// The terms a click captured, in words: "8 % · nouveaux clients uniquement ·
// Happy hour du mercredi → 12 %", "10 € dès 100 € d’achat". Values come from
// basis points and minor units through lib/money (no floats), the same
// formatting as the store page's rate list.

export type CapturedRateParts = {
  /** The usual value: "5 %", "80 €". */
  value: string;
  /** "dès 100 € d’achat", or null. */
  minBasket: string | null;
  /** The rate's own label, then who or what it applies to. */
  details: string[];
  /** The boost in force at the click: its label and the value it paid instead. */
  boost: { label: string; value: string } | null;
};

export function capturedRateParts(rate: CapturedRate, locale: Locale, t: Translator): CapturedRateParts {
  const scope = scopeText(rate, locale, t);
  const minBasket = rate.minBasketMinor ? minBasketText(rate.minBasketMinor, rate.currency, locale, t) : null;
  const label = pick(locale, rate.labelFr, rate.labelEn).trim();
  const details = [
    ...(label && !restates(label, rate, scope, locale) ? [label] : []),
    ...(scope ? [scope] : []),
  ];
  return {
    value: formatRateValue(rate.usual, locale),
    minBasket,
    details,
    boost: rate.boost
      ? {
          label:
            pick(locale, rate.boost.labelFr, rate.boost.labelEn) || t('accountSpace.clicks.boostFallback'),
          value: formatRateValue(rate.boost.value, locale),
        }
      : null,
  };
}

function scopeText(rate: CapturedRate, locale: Locale, t: Translator): string | null {
  switch (rate.scope) {
    case 'new_customers':
      return t('accountSpace.clicks.scopes.newCustomers');
    case 'existing_customers':
      return t('accountSpace.clicks.scopes.existingCustomers');
    case 'category':
      return t('accountSpace.clicks.scopes.category', {
        category: pick(locale, rate.productCategoryFr, rate.productCategoryEn) ?? '',
      });
    default:
      return null;
  }
}

/**
 * Whether a rate's label only restates the facts shown anyway: "Nouveaux
 * clients" before "nouveaux clients uniquement", "Dès 200 € d’achat" on a rate
 * from 200 €. The facts stay (they are the evidence); the echo goes.
 */
function restates(label: string, rate: CapturedRate, scope: string | null, locale: Locale): boolean {
  const plain = (text: string) => text.toLocaleLowerCase(locale).replace(/[\u00a0\u202f]/g, ' ');
  if (scope && plain(scope).startsWith(plain(label))) return true;
  if (!rate.minBasketMinor) return false;
  const amount = formatMoney(
    { amountMinor: rate.minBasketMinor, currency: rate.currency },
    intlLocale[locale],
    {
      compact: true,
    },
  );
  return plain(label).includes(plain(amount));
}

/** One line of text for a rate: "5 % · Happy hour → 10 %". */
export function capturedRateText(rate: CapturedRate, locale: Locale, t: Translator): string {
  const parts = capturedRateParts(rate, locale, t);
  return [
    parts.minBasket ? `${parts.value} ${parts.minBasket}` : parts.value,
    ...parts.details,
    ...(parts.boost ? [t('accountSpace.clicks.boost', parts.boost)] : []),
  ].join(' · ');
}

/** The offer-wide conditions worth a line in the list: minimum basket, end date. */
export function capturedOfferNotes(offer: CapturedOffer, locale: Locale, t: Translator): string[] {
  const notes: string[] = [];
  if (offer.minBasketMinor) notes.push(minBasketText(offer.minBasketMinor, offer.currency, locale, t));
  if (offer.endsAt) notes.push(t('catalog.rate.validUntil', { date: formatDate(offer.endsAt, locale) }));
  return notes;
}

function minBasketText(amountMinor: number, currency: string, locale: Locale, t: Translator): string {
  const amount = formatMoney({ amountMinor, currency }, intlLocale[locale], { compact: true });
  return t('catalog.rate.minBasket', { amount });
}

const CLICK_TIME = new Map<Locale, Intl.DateTimeFormat>();

/**
 * "14 mars 2026 à 17:05" / "14 March 2026 at 17:05", Paris time: a click is
 * evidence, so the year and the minute are both shown (formatDateTime has no year).
 */
export function formatClickTime(date: Date, locale: Locale): string {
  let format = CLICK_TIME.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], {
      timeZone: DISPLAY_TIME_ZONE,
      dateStyle: 'long',
      timeStyle: 'short',
    });
    CLICK_TIME.set(locale, format);
  }
  return format.format(date);
}
