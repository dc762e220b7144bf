import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { applyRateBps, assertCurrency, assertMinor, type Money } from '@/lib/money';

// What the sandbox network pays us for a sale. The platform later splits that
// commission into the member's cashback and its margin (DESIGN.md §2), so the
// commission must cover anything a member could have been promised, or the
// margin would go negative:
//
//   commission = ⌈sale × P⌉ + ⌈1.25 × F⌉
//   P = max(1 %, ⌈1.25 × best percent rate⌉ in whole bps)
//   F = the best fixed amount (0 when there is none)
//
// over every rate and boost the member could hold: those in force now and
// those captured in the click's terms snapshot. A percent rate and a fixed
// bonus add rather than compete, so a sale that earns both is still covered.
// Rounding is always up: the member's share is rounded by the split, and
// ⌈1.25 × x⌉ ≥ x rounded any way. The network pays at least 1 % of every sale,
// so even a merchant whose rates were all withdrawn pays something.

export const SANDBOX_COMMISSION_MARKUP_PERCENT = 125;
export const SANDBOX_MIN_RATE_BPS = 100;

/** A value a member may be promised on a sale: a rate in bps, or an amount in minor units. */
export type MemberPromise =
  | { kind: 'percent'; rateBps: number }
  | { kind: 'fixed'; amountMinor: number; currency: string };

const CURRENCY_MISMATCH = 'sandbox.errors.currencyMismatch' satisfies MessageKey;

/** The network's commission for a sale, in the sale's minor units (see the rule above). */
export function sandboxCommissionMinor(sale: Money, promises: readonly MemberPromise[]): number {
  assertMinor(sale.amountMinor);
  if (sale.amountMinor < 0) throw new RangeError('a sale is never negative');
  const currency = assertCurrency(sale.currency);

  let bestRateBps = 0;
  let bestFixedMinor = 0;
  for (const promise of promises) {
    if (promise.kind === 'percent') {
      if (!Number.isSafeInteger(promise.rateBps) || promise.rateBps < 0) {
        throw new RangeError(`rate ${promise.rateBps} is not whole bps`);
      }
      bestRateBps = Math.max(bestRateBps, promise.rateBps);
    } else {
      assertMinor(promise.amountMinor);
      // A fixed amount in another currency cannot be compared without a rate
      // of exchange the network does not have: refuse rather than under-pay.
      if (assertCurrency(promise.currency) !== currency) {
        throw new AppError('unprocessable', CURRENCY_MISMATCH);
      }
      bestFixedMinor = Math.max(bestFixedMinor, promise.amountMinor);
    }
  }
  const rateBps = Math.max(SANDBOX_MIN_RATE_BPS, marked(bestRateBps));
  return ceilRateBps(sale.amountMinor, rateBps) + marked(bestFixedMinor);
}

/** ⌈x × 125 / 100⌉ for a non-negative integer x. */
function marked(value: number): number {
  const scaled = BigInt(value) * BigInt(SANDBOX_COMMISSION_MARKUP_PERCENT);
  return Number((scaled + 99n) / 100n);
}

/** ⌈amount × bps / 10 000⌉ for a non-negative amount: the floor of the negated product, negated. */
function ceilRateBps(amountMinor: number, rateBps: number): number {
  return -applyRateBps(-amountMinor, rateBps, 'floor') || 0;
}
