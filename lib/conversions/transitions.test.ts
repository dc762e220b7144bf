import { describe, expect, it } from 'vitest';
import type { ConversionStatus } from '@/lib/networks/conversion-event';
import { isAllowedTransition } from './transitions';

// networks.md §6.2, cell by cell.
const S: ConversionStatus[] = ['pending', 'approved', 'declined', 'paid', 'void'];
const TABLE: Record<ConversionStatus, Record<ConversionStatus, boolean>> = {
  pending: { pending: true, approved: true, declined: true, paid: true, void: true },
  approved: { pending: false, approved: true, declined: true, paid: true, void: false },
  declined: { pending: false, approved: false, declined: true, paid: false, void: false },
  paid: { pending: false, approved: false, declined: false, paid: true, void: false },
  void: { pending: false, approved: false, declined: false, paid: false, void: true },
};

describe('isAllowedTransition', () => {
  it.each(S.map((to) => [to]))('first sight may be %s', (to) => {
    expect(isAllowedTransition(null, to)).toBe(true);
  });

  it.each(S.flatMap((from) => S.map((to) => [from, to, TABLE[from][to]] as const)))(
    '%s → %s: %s',
    (from, to, allowed) => {
      expect(isAllowedTransition(from, to)).toBe(allowed);
    },
  );
});
