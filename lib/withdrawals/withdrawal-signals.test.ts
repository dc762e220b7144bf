import { describe, expect, it } from 'vitest';
import { isUnusualAmount, type SignalFacts, withdrawalSignals } from './withdrawal-signals';

const calm: SignalFacts = {
  amountMinor: 2_000,
  accountAgeDays: 400,
  detailsAgeDays: 200,
  sharedDetailsAccounts: 0,
  largestPaidMinor: 3_000,
  flaggedPurchases: 0,
  receivableMinor: 0,
};

describe('withdrawalSignals', () => {
  it.each([
    ['a calm request has none', {}, []],
    ['an account of 29 days is new', { accountAgeDays: 29 }, ['newAccount']],
    ['an account of 30 days is not', { accountAgeDays: 30 }, []],
    ['details set 3 days ago', { detailsAgeDays: 3 }, ['detailsChanged']],
    ['charity has no details', { detailsAgeDays: null }, []],
    ['the same IBAN on another account', { sharedDetailsAccounts: 1 }, ['sharedDetails']],
    ['a flagged purchase', { flaggedPurchases: 2 }, ['flaggedPurchases']],
    ['1 cent owed', { receivableMinor: 1 }, ['owesUs']],
    ['several at once', { accountAgeDays: 1, amountMinor: 9_001 }, ['newAccount', 'unusualAmount']],
  ] as const)('%s', (_label, overrides, expected) => {
    expect(withdrawalSignals({ ...calm, ...overrides })).toEqual(expected);
  });
});

describe('isUnusualAmount', () => {
  it.each([
    ['3× the largest paid is usual', 9_000, 3_000, false],
    ['one cent more is not', 9_001, 3_000, true],
    ['a first withdrawal of 199.99 € is usual', 19_999, null, false],
    ['a first withdrawal of 200 € is not', 20_000, null, true],
  ] as const)('%s', (_label, amountMinor, largest, expected) => {
    expect(isUnusualAmount(amountMinor, largest)).toBe(expected);
  });
});
