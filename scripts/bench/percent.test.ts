import { describe, expect, it } from 'vitest';
import { percent } from './measure';

describe('percent (bench output)', () => {
  it.each([
    [988, 37451, 1, '2.6 %'],
    [1, 3, 0, '33 %'],
    [0, 0, 1, '0.0 %'],
    [97, 100, 0, '97 %'],
  ] as const)('%d of %d (%d digits) → %s', (part, total, digits, text) => {
    expect(percent(part, total, digits)).toBe(text);
  });
});
