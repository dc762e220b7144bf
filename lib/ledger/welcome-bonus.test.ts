import { describe, expect, it } from 'vitest';
import type { MemberCashbackStatus } from '@/db/schema';
import { confirmsPurchase } from './welcome-bonus';

// Which member-side status changes are "a purchase confirmed for the first time".

const cases: [MemberCashbackStatus | null, MemberCashbackStatus, boolean][] = [
  [null, 'tracked', false],
  [null, 'pending', false],
  [null, 'confirmed', true],
  [null, 'payable', true],
  ['tracked', 'pending', false],
  ['tracked', 'payable', true],
  ['pending', 'confirmed', true],
  ['pending', 'cancelled', false],
  ['confirmed', 'payable', false],
  ['payable', 'paid', false],
  ['payable', 'payable', false],
  ['cancelled', 'payable', true],
];

describe('confirmsPurchase', () => {
  it.each(cases)('%s → %s: %s', (previous, next, expected) => {
    expect(confirmsPurchase(previous, next)).toBe(expected);
  });
});
