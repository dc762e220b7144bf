import { Flame } from 'lucide-react';
import type { Locale } from '@/lib/i18n/config';
import { pick } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import type { CapturedOffer } from '@/lib/tracking/member-clicks';
import { capturedOfferNotes, capturedRateParts } from './captured-terms';

/**
 * The rates a click captured, one line each: "5 % · nouveaux clients
 * uniquement · Happy hour → 10 %". Offer titles only when there is a choice
 * to tell apart (several offers).
 */
export function CapturedRates({
  offers,
  locale,
  t,
}: {
  offers: CapturedOffer[];
  locale: Locale;
  t: Translator;
}) {
  if (offers.every((offer) => offer.rates.length === 0)) {
    return <p className="text-sm text-slate-600">{t('accountSpace.clicks.noTerms')}</p>;
  }
  return (
    <div className="flex flex-col gap-3">
      {offers.map((offer) => {
        const notes = capturedOfferNotes(offer, locale, t);
        return (
          <div key={offer.id} className="flex flex-col gap-1" data-testid="captured-offer">
            {offers.length > 1 ? (
              <p className="text-sm font-semibold text-slate-800">
                {pick(locale, offer.titleFr, offer.titleEn)}
              </p>
            ) : null}
            <ul className="flex flex-col gap-1">
              {offer.rates.map((rate) => {
                const parts = capturedRateParts(rate, locale, t);
                return (
                  <li key={rate.id} className="text-sm text-slate-700" data-testid="captured-rate">
                    <span className="font-semibold text-brand-800">{parts.value}</span>
                    {parts.minBasket ? ` ${parts.minBasket}` : null}
                    {parts.details.map((detail) => (
                      <span key={detail}>{` · ${detail}`}</span>
                    ))}
                    {parts.boost ? (
                      <span className="text-accent-800">
                        {' · '}
                        <Flame aria-hidden="true" className="inline size-3.5 align-[-2px]" />
                        {t('accountSpace.clicks.boost', {
                          label: parts.boost.label,
                          value: parts.boost.value,
                        })}
                      </span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
            {notes.length > 0 ? <p className="text-xs text-slate-600">{notes.join(' · ')}</p> : null}
          </div>
        );
      })}
    </div>
  );
}
