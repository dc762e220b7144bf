import type { ClickTermsSnapshot } from '@/db/schema';
import type { Currency, Money } from '@/lib/money';

// The split engine's vocabulary. Everything here is plain data (JSON-safe), so
// a result can be stored beside a ledger entry and rendered again later, and
// the engine runs unchanged in the browser (the store page's calculator).

type SnapshotOffer = ClickTermsSnapshot['offers'][number];
export type SplitRate = SnapshotOffer['rates'][number];
export type SplitBoost = NonNullable<SplitRate['boost']>;

/**
 * The part of a click's terms snapshot the split reads. A whole
 * `ClickTermsSnapshot` is one; the store page's calculator builds one with the
 * same function the click uses (lib/tracking/terms-snapshot.ts).
 */
export type SplitTerms = {
  offers: ReadonlyArray<
    Pick<SnapshotOffer, 'id' | 'minBasketMinor' | 'currency'> & { rates: readonly SplitRate[] }
  >;
  /** The programme's currency: the network reports sale and commission in it. */
  program: { currency: Currency };
};

export type SplitConversion = {
  /** The purchase amount (null for a lead without one). A negative sale counts as zero. */
  sale: Money | null;
  /** What the network pays us: the conversion's current total, not a delta. */
  commission: Money;
  /** null: the network did not say; neither new- nor existing-customer rates apply then. */
  newCustomer: boolean | null;
  /** The product category when the network gives one (matched against the rate's fr or en name). */
  productCategory: string | null;
};

/**
 * The member's loyalty-tier bonus: a percentage added on top of the cashback
 * before the caps. Tiers come in a later issue; NEUTRAL_LOYALTY adds nothing.
 */
export type LoyaltyBonus = { tier: string | null; bonusBps: number };

export const NEUTRAL_LOYALTY: LoyaltyBonus = { tier: null, bonusBps: 0 };

/** A loyalty bonus above +100 % is refused: a typo there would pay members twice over. */
export const LOYALTY_BONUS_BPS_MAX = 10_000;

export type SplitOptions = {
  loyaltyBonus?: LoyaltyBonus;
  /**
   * What is left of each boost's budget, by boost id (the ledger knows what
   * earlier conversions took; when recomputing a conversion it must add back
   * what this conversion already took). A boost with a budget and no entry
   * here has its whole budget left.
   */
  boostBudgetRemainingMinor?: Readonly<Record<number, number>>;
};

/** The value a rate or a boost pays, as shown in an explanation. */
export type StepValue = { kind: 'percent'; rateBps: number } | { kind: 'fixed'; amountMinor: number };

/** One step of an explanation; amounts are minor units of the result's currency. */
export type SplitStep =
  | {
      kind: 'rate';
      rateId: number;
      value: StepValue;
      /** The sale the percentage applies to (null for a fixed amount). */
      saleMinor: number | null;
      scope: SplitRate['scope'];
      categoryFr: string | null;
      categoryEn: string | null;
      /** The basket tier's threshold, when the rate is one. */
      minBasketMinor: number | null;
      resultMinor: number;
    }
  | {
      kind: 'boost';
      boostId: number;
      labelFr: string;
      labelEn: string;
      from: StepValue;
      to: StepValue;
      resultMinor: number;
    }
  | { kind: 'loyalty'; tier: string | null; bonusBps: number; resultMinor: number }
  | { kind: 'rate_cap'; capMinor: number; resultMinor: number }
  | { kind: 'commission_cap'; commissionMinor: number; resultMinor: number }
  | { kind: 'no_commission'; commissionMinor: number; resultMinor: 0 }
  | { kind: 'subsidy'; commissionMinor: number; marketingExpenseMinor: number }
  | { kind: 'boost_budget'; remainingMinor: number; resultMinor: number }
  | { kind: 'no_rate' };

export type SplitResult = {
  currency: Currency;
  saleMinor: number | null;
  commissionMinor: number;
  /** What the member earns: never negative, rounded down to the minor unit. */
  memberMinor: number;
  /** The remainder: commission + marketingExpense − member (negative only if the commission is). */
  platformMinor: number;
  /** What we fund beyond the commission (subsidised rates only); >= 0. */
  marketingExpenseMinor: number;
  appliedRateId: number | null;
  appliedOfferId: number | null;
  /** The boost the applied rate carried, if any (even when a cap left it nothing to add). */
  boostId: number | null;
  /** What the boost added to memberMinor: what its budget is charged. */
  boostExtraMinor: number;
  explanation: SplitStep[];
};

/** What the store page's calculator shows: the member's share before any commission is known. */
export type CashbackEstimate = Pick<
  SplitResult,
  | 'currency'
  | 'saleMinor'
  | 'memberMinor'
  | 'appliedRateId'
  | 'appliedOfferId'
  | 'boostId'
  | 'boostExtraMinor'
  | 'explanation'
>;
