import { describe, expect, it } from 'vitest';
import { merchantStatus } from '@/db/schema';
import { canTransition } from './merchant-status';

const allowed = new Set([
  'draft→pending_review',
  'draft→archived',
  'pending_review→approved',
  'pending_review→draft',
  'pending_review→archived',
  'approved→live',
  'approved→archived',
  'live→paused',
  'live→archived',
  'paused→live',
  'paused→archived',
]);

describe('merchant status transitions', () => {
  const pairs = merchantStatus.enumValues.flatMap((from) =>
    merchantStatus.enumValues.map((to) => [from, to] as const),
  );
  it.each(pairs)('%s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(allowed.has(`${from}→${to}`));
  });
});
