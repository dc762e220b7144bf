import { describe, expect, it } from 'vitest';
import type { UserRole } from '@/db/schema';
import { requireRole, STAFF_ROLES } from './roles';

describe('requireRole', () => {
  const cases: Array<[UserRole | null, UserRole[], 'ok' | 'unauthorized' | 'forbidden']> = [
    [null, ['member'], 'unauthorized'],
    [null, ['admin'], 'unauthorized'],
    ['member', ['member'], 'ok'],
    ['member', [...STAFF_ROLES], 'forbidden'],
    ['member', ['admin'], 'forbidden'],
    ['ops', [...STAFF_ROLES], 'ok'],
    ['ops', ['admin'], 'forbidden'],
    ['admin', [...STAFF_ROLES], 'ok'],
    ['admin', ['admin'], 'ok'],
    // No implied hierarchy: a check that lists only ops lets only ops through.
    ['admin', ['ops'], 'forbidden'],
    ['admin', [], 'forbidden'],
  ];

  it.each(cases)('%s against %j → %s', (role, roles, want) => {
    const user = role ? { id: 'u1', role } : null;
    if (want === 'ok') {
      expect(requireRole(user, ...roles)).toBe(user);
      return;
    }
    expect(() => requireRole(user, ...roles)).toThrow(expect.objectContaining({ code: want }));
  });
});
