import { intlLocale, type Locale } from '@/lib/i18n/config';
import { formatMoney, formatRate } from '@/lib/money';
import type { SplitResult, SplitStep, StepValue } from './types';

// An explanation in words: "5 % de 84,50 € = 4,22 € ; Happy hour ×2 → 8,44 € ;
// plafonné à la commission 6,00 €". The phrases live here rather than in the
// message catalogue because this renderer runs on both sides (member screens,
// statements, the store page's calculator in the browser) and must not pull
// every page's messages into a client bundle.

type Explainable = Pick<SplitResult, 'currency' | 'explanation'>;

type Phrases = {
  separator: string;
  rate: (value: string, sale: string | null, qualifiers: string[], result: string) => string;
  newCustomers: string;
  existingCustomers: string;
  category: (name: string) => string;
  basketFrom: (amount: string) => string;
  boost: (label: string, change: string, result: string) => string;
  loyalty: (bonus: string, result: string) => string;
  rateCap: (cap: string) => string;
  commissionCap: (commission: string) => string;
  noCommission: (commission: string) => string;
  subsidy: (expense: string, commission: string) => string;
  boostBudget: (remaining: string, result: string) => string;
  noRate: string;
};

const qualified = (text: string, qualifiers: string[]) =>
  qualifiers.length > 0 ? `${text} (${qualifiers.join(', ')})` : text;

const phrases: Record<Locale, Phrases> = {
  fr: {
    separator: ' ; ',
    rate: (value, sale, qualifiers, result) =>
      sale === null
        ? `${qualified(`${value} par achat`, qualifiers)}`
        : `${qualified(`${value} de ${sale}`, qualifiers)} = ${result}`,
    newCustomers: 'nouveaux clients',
    existingCustomers: 'clients existants',
    category: (name) => `catégorie ${name}`,
    basketFrom: (amount) => `panier dès ${amount}`,
    boost: (label, change, result) => `${label} ${change} → ${result}`,
    loyalty: (bonus, result) => `bonus fidélité +${bonus} → ${result}`,
    rateCap: (cap) => `plafonné à ${cap} par achat`,
    commissionCap: (commission) => `plafonné à la commission ${commission}`,
    noCommission: (commission) => `commission de ${commission} : rien à reverser`,
    subsidy: (expense, commission) =>
      `dont ${expense} offerts par nous au-delà de la commission de ${commission}`,
    boostBudget: (remaining, result) => `budget du bonus restant ${remaining} → ${result}`,
    noRate: 'aucun taux ne s’applique à cet achat',
  },
  en: {
    separator: '; ',
    rate: (value, sale, qualifiers, result) =>
      sale === null
        ? `${qualified(`${value} per purchase`, qualifiers)}`
        : `${qualified(`${value} of ${sale}`, qualifiers)} = ${result}`,
    newCustomers: 'new customers',
    existingCustomers: 'existing customers',
    category: (name) => `${name} category`,
    basketFrom: (amount) => `basket from ${amount}`,
    boost: (label, change, result) => `${label} ${change} → ${result}`,
    loyalty: (bonus, result) => `loyalty bonus +${bonus} → ${result}`,
    rateCap: (cap) => `capped at ${cap} per purchase`,
    commissionCap: (commission) => `capped at commission ${commission}`,
    noCommission: (commission) => `commission ${commission}: nothing to share`,
    subsidy: (expense, commission) => `of which ${expense} is on us, beyond the ${commission} commission`,
    boostBudget: (remaining, result) => `boost budget left ${remaining} → ${result}`,
    noRate: 'no rate applies to this purchase',
  },
};

/** The explanation of a split or an estimate as one line of text in the locale. */
export function explainSplit(result: Explainable, locale: Locale): string {
  return explainSteps(result, locale).join(phrases[locale].separator);
}

/** One phrase per step, for a list on screen. */
export function explainSteps(result: Explainable, locale: Locale): string[] {
  const tag = intlLocale[locale];
  const p = phrases[locale];
  const money = (amountMinor: number) => formatMoney({ amountMinor, currency: result.currency }, tag);
  const value = (v: StepValue) => (v.kind === 'percent' ? formatRate(v.rateBps, tag) : money(v.amountMinor));
  return result.explanation.map((step: SplitStep): string => {
    switch (step.kind) {
      case 'rate': {
        const qualifiers: string[] = [];
        if (step.scope === 'new_customers') qualifiers.push(p.newCustomers);
        if (step.scope === 'existing_customers') qualifiers.push(p.existingCustomers);
        if (step.scope === 'category') {
          qualifiers.push(p.category((locale === 'fr' ? step.categoryFr : step.categoryEn) ?? ''));
        }
        if (step.minBasketMinor !== null) qualifiers.push(p.basketFrom(money(step.minBasketMinor)));
        const sale = step.saleMinor === null ? null : money(step.saleMinor);
        return p.rate(value(step.value), sale, qualifiers, money(step.resultMinor));
      }
      case 'boost': {
        const label = locale === 'fr' ? step.labelFr : step.labelEn;
        return p.boost(label, change(step.from, step.to, value), money(step.resultMinor));
      }
      case 'loyalty':
        return p.loyalty(formatRate(step.bonusBps, tag), money(step.resultMinor));
      case 'rate_cap':
        return p.rateCap(money(step.capMinor));
      case 'commission_cap':
        return p.commissionCap(money(step.commissionMinor));
      case 'no_commission':
        return p.noCommission(money(step.commissionMinor));
      case 'subsidy':
        return p.subsidy(money(step.marketingExpenseMinor), money(step.commissionMinor));
      case 'boost_budget':
        return p.boostBudget(money(step.remainingMinor), money(step.resultMinor));
      default: // 'no_rate'
        return p.noRate;
    }
  });
}

/** "×2" when the boost is a whole multiple of the usual value, else the boosted value itself. */
function change(from: StepValue, to: StepValue, value: (v: StepValue) => string): string {
  const a = from.kind === 'percent' ? from.rateBps : from.amountMinor;
  const b = to.kind === 'percent' ? to.rateBps : to.amountMinor;
  if (from.kind === to.kind && a > 0 && b > a && b % a === 0) return `×${b / a}`;
  return value(to);
}
