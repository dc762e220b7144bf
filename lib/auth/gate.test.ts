import { describe, expect, it } from 'vitest';
import { gateDecision, gatedArea } from './gate';

describe('gatedArea', () => {
  it.each([
    ['/account', 'account'],
    ['/account/security', 'account'],
    ['/account/privacy/export', 'account'],
    ['/admin', 'admin'],
    ['/admin/users/123', 'admin'],
    ['/accounts', null],
    ['/administration', null],
    ['/stores/account', null],
    ['/', null],
  ] as const)('%s → %s', (path, area) => {
    expect(gatedArea(path)).toBe(area);
  });
});

describe('gateDecision', () => {
  it.each([
    ['account', null, 'sign-in'],
    ['account', 'member', 'allow'],
    ['account', 'ops', 'allow'],
    ['account', 'admin', 'allow'],
    ['admin', null, 'sign-in'],
    ['admin', 'member', 'not-found'],
    ['admin', 'ops', 'allow'],
    ['admin', 'admin', 'allow'],
  ] as const)('%s as %s → %s', (area, role, decision) => {
    expect(gateDecision(area, role)).toBe(decision);
  });
});
