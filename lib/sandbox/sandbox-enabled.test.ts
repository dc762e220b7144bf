import { describe, expect, it } from 'vitest';
import { sandboxEnabled } from './sandbox-enabled';

describe('sandboxEnabled', () => {
  it.each([
    ['development', { NODE_ENV: 'development', DEMO_MODE: false }, true],
    ['test', { NODE_ENV: 'test', DEMO_MODE: false }, true],
    ['the production demo', { NODE_ENV: 'production', DEMO_MODE: true }, true],
    ['a real production site', { NODE_ENV: 'production', DEMO_MODE: false }, false],
  ] as const)('%s → %s', (_label, env, expected) => {
    expect(sandboxEnabled(env)).toBe(expected);
  });
});
