import { describe, expect, it } from 'vitest';
import { newOrderRef, ORDER_REF_PATTERN } from './order-ref';

describe('newOrderRef', () => {
  it.each([
    ['all zero bytes', [0, 0, 0, 0, 0, 0], 'SBX-000000'],
    ['byte 31 is the last symbol, Z', [31, 31, 31, 31, 31, 31], 'SBX-ZZZZZZ'],
    ['bytes wrap every 32', [32, 33, 255, 10, 18, 27], 'SBX-01ZAJV'],
  ])('%s → %s', (_label, bytes, expected) => {
    const fixed = (b: Uint8Array) => {
      b.set(bytes);
      return b;
    };
    expect(newOrderRef(fixed)).toBe(expected);
  });

  it('matches the schema’s check and never uses I, L, O or U', () => {
    for (let i = 0; i < 200; i++) {
      const ref = newOrderRef();
      expect(ref).toMatch(ORDER_REF_PATTERN);
      expect(ref.slice(4)).not.toMatch(/[ILOU]/);
    }
  });
});
