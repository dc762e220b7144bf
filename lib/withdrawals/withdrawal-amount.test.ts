import { describe, expect, it } from 'vitest';
import { type AmountLimits, amountProblem, parseWithdrawalAmount } from './withdrawal-amount';

describe('parseWithdrawalAmount', () => {
  it.each([
    ['25', 'EUR', { amountMinor: 2_500 }],
    ['25,5', 'EUR', { amountMinor: 2_550 }],
    ['25.50', 'EUR', { amountMinor: 2_550 }],
    [' 1 234,56 ', 'EUR', { amountMinor: 123_456 }],
    ['12 €', 'EUR', { amountMinor: 1_200 }],
    ['0,01', 'EUR', { amountMinor: 1 }],
    ['1500', 'JPY', { amountMinor: 1_500 }],
    ['1.234', 'KWD', { amountMinor: 1_234 }],
    ['', 'EUR', { problem: 'required' }],
    ['   ', 'EUR', { problem: 'required' }],
    ['-5', 'EUR', { problem: 'negative' }],
    ['−5', 'EUR', { problem: 'negative' }],
    ['0', 'EUR', { problem: 'zero' }],
    ['0,00', 'EUR', { problem: 'zero' }],
    ['12.345', 'EUR', { problem: 'decimals' }],
    ['0,001', 'EUR', { problem: 'decimals' }],
    ['12.5', 'JPY', { problem: 'decimals' }],
    ['12.340', 'EUR', { amountMinor: 1_234 }],
    ['ten', 'EUR', { problem: 'invalid' }],
    ['1e3', 'EUR', { problem: 'invalid' }],
    ['12,3,4', 'EUR', { problem: 'invalid' }],
    ['9'.repeat(40), 'EUR', { problem: 'invalid' }],
    ['99999999999999999', 'EUR', { problem: 'invalid' }],
  ])('"%s" %s → %j', (input, currency, expected) => {
    expect(parseWithdrawalAmount(input, currency)).toEqual(expected);
  });
});

describe('amountProblem', () => {
  const limits: AmountLimits = { availableMinor: 5_000, minimumMinor: 1_000, maximumMinor: 100_000 };
  it.each([
    ['the minimum exactly', 1_000, limits, null],
    ['the whole balance', 5_000, limits, null],
    ['a cent below the minimum', 999, limits, 'belowMinimum'],
    ['a cent above the balance', 5_001, limits, 'aboveBalance'],
    [
      'above the maximum (before the balance)',
      100_001,
      { ...limits, availableMinor: 200_000 },
      'aboveMaximum',
    ],
    ['anything from an empty balance', 1_000, { ...limits, availableMinor: 0 }, 'nothingAvailable'],
    [
      'below the minimum from an empty balance (the minimum first)',
      500,
      { ...limits, availableMinor: 0 },
      'belowMinimum',
    ],
    ['zero', 0, limits, 'zero'],
    [
      'a card value in stock',
      2_500,
      { ...limits, minimumMinor: null, cardValuesMinor: [1_000, 2_500] },
      null,
    ],
    [
      'not a card value',
      2_000,
      { ...limits, minimumMinor: null, cardValuesMinor: [1_000, 2_500] },
      'notACardValue',
    ],
    [
      'a card value above the balance',
      2_500,
      { ...limits, availableMinor: 2_000, minimumMinor: null, cardValuesMinor: [2_500] },
      'aboveBalance',
    ],
    ['no card in stock', 1_000, { ...limits, minimumMinor: null, cardValuesMinor: [] }, 'notACardValue'],
  ] as const)('%s', (_label, amountMinor, given, expected) => {
    expect(amountProblem(amountMinor, given)).toBe(expected);
  });
});
