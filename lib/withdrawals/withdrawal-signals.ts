// What ops see next to a withdrawal in the queue, from facts the queue's
// query gathers. Each signal is a reason to look closer, not a verdict:
// approving stays a person's decision.

/** Payout details set on the account less than this long ago are "recently changed". */
export const DETAILS_CHANGED_RECENTLY_DAYS = 30;
/** An account younger than this is "new". */
export const NEW_ACCOUNT_DAYS = 30;
/** An amount more than this many times the member's largest paid withdrawal is unusual. */
export const UNUSUAL_FACTOR = 3;
/** A first withdrawal from this amount (minor units) is unusual: there is no history to compare with. */
export const UNUSUAL_FIRST_FROM_MINOR = 20_000;

export type SignalFacts = {
  amountMinor: number;
  accountAgeDays: number;
  /** Days since the payout details of this withdrawal's method were set; null for charity and gift cards. */
  detailsAgeDays: number | null;
  /** Other members with the same payout details (same fingerprint). */
  sharedDetailsAccounts: number;
  /** The member's largest paid withdrawal in this currency, or null when none was paid yet. */
  largestPaidMinor: number | null;
  /** Purchases flagged for review (member_cashback.flagged). */
  flaggedPurchases: number;
  /** What the member owes us (clawbacks beyond their balance), in minor units. */
  receivableMinor: number;
};

export type WithdrawalSignal =
  | 'newAccount'
  | 'detailsChanged'
  | 'sharedDetails'
  | 'unusualAmount'
  | 'flaggedPurchases'
  | 'owesUs';

export function withdrawalSignals(facts: SignalFacts): WithdrawalSignal[] {
  const signals: WithdrawalSignal[] = [];
  if (facts.accountAgeDays < NEW_ACCOUNT_DAYS) signals.push('newAccount');
  if (facts.detailsAgeDays !== null && facts.detailsAgeDays < DETAILS_CHANGED_RECENTLY_DAYS) {
    signals.push('detailsChanged');
  }
  if (facts.sharedDetailsAccounts > 0) signals.push('sharedDetails');
  if (isUnusualAmount(facts.amountMinor, facts.largestPaidMinor)) signals.push('unusualAmount');
  if (facts.flaggedPurchases > 0) signals.push('flaggedPurchases');
  if (facts.receivableMinor > 0) signals.push('owesUs');
  return signals;
}

export function isUnusualAmount(amountMinor: number, largestPaidMinor: number | null): boolean {
  if (largestPaidMinor === null) return amountMinor >= UNUSUAL_FIRST_FROM_MINOR;
  return amountMinor > largestPaidMinor * UNUSUAL_FACTOR;
}
