import type { MessageKey } from '@/lib/i18n/types';
import { currencyExponent, parseScaled } from '@/lib/money';

// The amount a member typed, read and checked without floats: the currency's
// decimals exactly (1,5 or 1.50 for EUR, never 1.505), positive, within the
// method's minimum, the site's maximum and the available balance, and for a
// gift card one of the card values in stock. Each problem is a field message.

export type AmountProblem =
  | 'required'
  | 'invalid'
  | 'negative'
  | 'zero'
  | 'decimals'
  | 'belowMinimum'
  | 'aboveMaximum'
  | 'aboveBalance'
  | 'nothingAvailable'
  | 'notACardValue';

export const AMOUNT_MESSAGES: Record<AmountProblem, MessageKey> = {
  required: 'withdrawals.request.errors.amountRequired',
  invalid: 'withdrawals.request.errors.amountInvalid',
  negative: 'withdrawals.request.errors.amountNegative',
  zero: 'withdrawals.request.errors.amountZero',
  decimals: 'withdrawals.request.errors.amountDecimals',
  belowMinimum: 'withdrawals.request.errors.belowMinimum',
  aboveMaximum: 'withdrawals.request.errors.aboveMaximum',
  aboveBalance: 'withdrawals.request.errors.aboveBalance',
  nothingAvailable: 'withdrawals.request.errors.nothingAvailable',
  notACardValue: 'withdrawals.request.errors.notACardValue',
};

const AMOUNT_INPUT_MAX = 32;

/** The typed amount in minor units, or why it cannot be one. */
export function parseWithdrawalAmount(
  input: string,
  currency: string,
): { amountMinor: number } | { problem: AmountProblem } {
  const raw = input.trim();
  if (raw === '') return { problem: 'required' };
  if (raw.length > AMOUNT_INPUT_MAX) return { problem: 'invalid' };
  if (/^[-−]/.test(raw)) return { problem: 'negative' };
  const exponent = currencyExponent(currency);
  let amountMinor: number;
  try {
    amountMinor = parseScaled(raw.replace(/\s*(€|eur)$/i, ''), exponent, 'reject');
  } catch {
    // Readable with more decimals than the currency has: say that, not "invalid".
    try {
      parseScaled(raw.replace(/\s*(€|eur)$/i, ''), exponent + 12, 'reject');
      return { problem: 'decimals' };
    } catch {
      return { problem: 'invalid' };
    }
  }
  if (amountMinor === 0) return { problem: 'zero' };
  return { amountMinor };
}

export type AmountLimits = {
  availableMinor: number;
  /** null for gift cards: `cardValuesMinor` decides. */
  minimumMinor: number | null;
  maximumMinor: number;
  cardValuesMinor?: readonly number[];
};

/** The first limit an amount breaks, or null. The balance is checked last: the other limits hold whatever it is. */
export function amountProblem(amountMinor: number, limits: AmountLimits): AmountProblem | null {
  if (amountMinor <= 0) return 'zero';
  if (limits.cardValuesMinor) {
    if (!limits.cardValuesMinor.includes(amountMinor)) return 'notACardValue';
  } else if (limits.minimumMinor !== null && amountMinor < limits.minimumMinor) {
    return 'belowMinimum';
  }
  if (amountMinor > limits.maximumMinor) return 'aboveMaximum';
  if (limits.availableMinor <= 0) return 'nothingAvailable';
  if (amountMinor > limits.availableMinor) return 'aboveBalance';
  return null;
}
