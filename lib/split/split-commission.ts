import { AppError } from '@/lib/errors';
import { assertCurrency, assertMinor, type Currency, type Money } from '@/lib/money';
import { bestShare } from './best-share';
import type { SplitConversion, SplitOptions, SplitResult, SplitTerms } from './types';

// The split (DESIGN.md §2): from the click's terms snapshot and a conversion's
// current totals, what the member earns and what the platform keeps.
//
//   memberMinor + platformMinor = commissionMinor + marketingExpenseMinor
//
// The parts always sum exactly to the commission; a subsidy (a subsidised
// rate paying the member more than the commission) is the one explicit extra,
// posted to marketing expense, and then the platform keeps nothing. The
// member's amount is rounded down to the minor unit; the platform takes the
// remainder, so no cent is created or lost by rounding.
//
// Totals in, totals out: for an amendment, a correction or a reversal the
// ledger calls this with the conversion's new totals and posts the difference
// from the previous split. The function is pure and deterministic (the same
// inputs give the same result, explanation included), and the member's share
// never decreases when the sale grows, so a bigger basket never takes back
// cashback. A commission of zero or less (a full reversal, a clawback) leaves
// the member nothing, subsidised or not: the platform carries a negative
// commission, and the ledger's difference takes back what the member had.

export function splitCommission(
  terms: SplitTerms,
  conversion: SplitConversion,
  options: SplitOptions = {},
): SplitResult {
  const currency = conversionCurrency(terms, conversion.sale, conversion.commission);
  const commissionMinor = assertMinor(conversion.commission.amountMinor);
  const saleMinor = conversion.sale === null ? null : assertMinor(conversion.sale.amountMinor);
  const share = bestShare(
    terms,
    {
      currency,
      saleMinor: saleMinor === null ? null : Math.max(0, saleMinor),
      newCustomer: conversion.newCustomer,
      productCategory: conversion.productCategory,
    },
    commissionMinor,
    options,
  );
  const memberMinor = share?.memberMinor ?? 0;
  const marketingExpenseMinor = share?.marketingExpenseMinor ?? 0;
  const result: SplitResult = {
    currency,
    saleMinor,
    commissionMinor,
    memberMinor,
    platformMinor: commissionMinor + marketingExpenseMinor - memberMinor,
    marketingExpenseMinor,
    appliedRateId: share?.rateId ?? null,
    appliedOfferId: share?.offerId ?? null,
    boostId: share?.boostId ?? null,
    boostExtraMinor: share?.boostExtraMinor ?? 0,
    explanation: share?.steps ?? [{ kind: 'no_rate' }],
  };
  assertSplit(result);
  return result;
}

/** Sale, commission and the programme's currency must agree: the split never converts. */
export function conversionCurrency(terms: SplitTerms, sale: Money | null, commission: Money): Currency {
  const currency = assertCurrency(commission.currency);
  if (sale !== null && assertCurrency(sale.currency) !== currency) {
    throw new AppError(
      'unprocessable',
      `Currency mismatch: the sale is in ${sale.currency}, the commission in ${currency}`,
    );
  }
  if (assertCurrency(terms.program.currency) !== currency) {
    throw new AppError(
      'unprocessable',
      `Currency mismatch: the conversion is in ${currency}, the click's terms in ${terms.program.currency}`,
    );
  }
  return currency;
}

/** The postconditions the ledger relies on; a failure here is a bug, never bad input. */
function assertSplit(r: SplitResult): void {
  const failures: string[] = [];
  if (r.memberMinor + r.platformMinor !== r.commissionMinor + r.marketingExpenseMinor) {
    failures.push('parts do not sum to the commission plus the subsidy');
  }
  if (r.memberMinor < 0) failures.push('negative member share');
  if (r.marketingExpenseMinor < 0) failures.push('negative marketing expense');
  if (r.marketingExpenseMinor === 0 && r.memberMinor > Math.max(0, r.commissionMinor)) {
    failures.push('member share above the commission without a subsidy');
  }
  if (r.marketingExpenseMinor > 0 && r.platformMinor !== 0) {
    failures.push('a subsidised split leaves the platform a margin');
  }
  if (r.boostExtraMinor < 0 || r.boostExtraMinor > r.memberMinor) failures.push('boost extra out of range');
  if (failures.length > 0) {
    throw new AppError('internal', `Split invariant broken: ${failures.join('; ')}`);
  }
}
