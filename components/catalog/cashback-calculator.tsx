'use client';

import { useId, useState } from 'react';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Messages } from '@/lib/i18n/types';
import { formatMoney, parseMoney } from '@/lib/money';
import type { CalculatorTerms } from '@/lib/split/calculator-terms';
import { estimateCashback } from '@/lib/split/estimate-cashback';
import { explainSplit } from '@/lib/split/explain-split';

// "On a basket of [150] €, you would earn …": the split engine itself, run in
// the browser on the terms a click would lock in now (lib/split/calculator-terms.ts).
// Server-rendered with the default basket, so the answer is there without
// JavaScript too.

type Props = CalculatorTerms & {
  locale: Locale;
  messages: Messages['calculator'];
  store: string;
  defaultBasket?: string;
};

type Outcome = { ok: true; sentence: string; details: string } | { ok: false; sentence: string };

const field =
  'h-11 w-full rounded-xl border border-slate-300 bg-white px-3 text-sm text-slate-900 hover:border-slate-400 focus:border-brand-600';

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

function currencySymbol(currency: string, locale: Locale): string {
  const parts = new Intl.NumberFormat(intlLocale[locale], { style: 'currency', currency }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}

export function CashbackCalculator({
  terms,
  currency,
  askNewCustomer,
  categories,
  locale,
  messages,
  store,
  defaultBasket = '150',
}: Props) {
  const id = useId();
  const [basket, setBasket] = useState(defaultBasket);
  const [newCustomer, setNewCustomer] = useState(false);
  const [category, setCategory] = useState('');

  const outcome = ((): Outcome => {
    let sale: { amountMinor: number; currency: string };
    try {
      sale = parseMoney(basket, currency);
    } catch {
      return { ok: false, sentence: messages.invalid };
    }
    if (sale.amountMinor <= 0) return { ok: false, sentence: messages.invalid };
    const tag = intlLocale[locale];
    try {
      const estimate = estimateCashback(terms, {
        sale,
        newCustomer: askNewCustomer ? newCustomer : null,
        productCategory: category || null,
      });
      const values = {
        basket: formatMoney(sale, tag),
        cashback: formatMoney({ amountMinor: estimate.memberMinor, currency }, tag),
      };
      return {
        ok: true,
        sentence: fill(estimate.memberMinor > 0 ? messages.result : messages.nothing, values),
        details:
          estimate.memberMinor > 0
            ? fill(messages.details, { explanation: explainSplit(estimate, locale) })
            : '',
      };
    } catch {
      // Terms the engine refuses (a rate in another currency): say nothing rather than guess.
      return { ok: false, sentence: messages.invalid };
    }
  })();

  return (
    <form className="flex flex-col gap-4" onSubmit={(event) => event.preventDefault()} noValidate>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-basket`} className="text-sm font-medium text-slate-700">
          {messages.basket}
        </label>
        <div className="relative max-w-56">
          <input
            id={`${id}-basket`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            maxLength={20}
            value={basket}
            onChange={(event) => setBasket(event.target.value)}
            aria-describedby={`${id}-hint`}
            aria-invalid={!outcome.ok}
            className={`${field} pr-12`}
          />
          <span
            aria-hidden="true"
            className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-sm text-slate-500"
          >
            {currencySymbol(currency, locale)}
          </span>
        </div>
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {messages.basketHint}
        </p>
      </div>

      {askNewCustomer ? (
        <fieldset className="flex flex-col gap-1.5">
          <legend className="mb-1.5 text-sm font-medium text-slate-700">{messages.customer}</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm text-slate-800">
            {[
              { value: true, label: messages.newCustomer },
              { value: false, label: messages.existingCustomer },
            ].map((option) => (
              <label key={String(option.value)} className="inline-flex items-center gap-2">
                <input
                  type="radio"
                  name={`${id}-customer`}
                  checked={newCustomer === option.value}
                  onChange={() => setNewCustomer(option.value)}
                  className="size-4 accent-brand-700"
                />
                {option.label}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}

      {categories.length > 0 ? (
        <div className="flex flex-col gap-1.5">
          <label htmlFor={`${id}-category`} className="text-sm font-medium text-slate-700">
            {messages.category}
          </label>
          <select
            id={`${id}-category`}
            value={category}
            onChange={(event) => setCategory(event.target.value)}
            className={`${field} max-w-xs`}
          >
            <option value="">{messages.otherCategory}</option>
            {categories.map((c) => (
              <option key={c.fr} value={c.fr}>
                {locale === 'fr' ? c.fr : c.en}
              </option>
            ))}
          </select>
        </div>
      ) : null}

      <div className="rounded-xl bg-brand-50 px-4 py-3">
        <p
          role="status"
          aria-live="polite"
          aria-atomic="true"
          data-testid="calculator-result"
          className={outcome.ok ? 'font-semibold text-brand-900' : 'font-medium text-red-700'}
        >
          {outcome.sentence}
        </p>
        {outcome.ok && outcome.details ? (
          <p className="mt-1 text-sm text-slate-700" data-testid="calculator-details">
            {outcome.details}
          </p>
        ) : null}
      </div>
      <p className="text-xs text-slate-500">{fill(messages.disclaimer, { store })}</p>
    </form>
  );
}
