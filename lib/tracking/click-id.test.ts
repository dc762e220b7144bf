import { describe, expect, it } from 'vitest';
import { SUB_ID_CONSTRAINTS } from '@/lib/networks/sub-id-constraints';
import { CLICK_ID_LENGTH, clickIdTime, isClickId, newClickId } from './click-id';

const zeros = (bytes: Uint8Array) => bytes.fill(0);
const ones = (bytes: Uint8Array) => bytes.fill(0xff);

describe('newClickId', () => {
  it('is 26 characters of lower-case Crockford base32', () => {
    for (let i = 0; i < 1000; i++) {
      const id = newClickId();
      expect(id).toHaveLength(CLICK_ID_LENGTH);
      expect(id).toMatch(/^[0-9a-hjkmnp-tv-z]{26}$/);
      expect(isClickId(id)).toBe(true);
    }
  });

  it.each([
    ['the epoch, zero randomness', 0, zeros, '00000000000000000000000000'],
    ['the ULID spec example time', 1469918176385, zeros, '01aryz6s410000000000000000'],
    ['all random bits set', 1469918176385, ones, '01aryz6s41zzzzzzzzzzzzzzzz'],
    ['the last representable millisecond', 2 ** 48 - 1, ones, '7zzzzzzzzzzzzzzzzzzzzzzzzz'],
  ])('encodes %s', (_label, ms, random, want) => {
    expect(newClickId(new Date(ms), random)).toBe(want);
  });

  it('spreads random bytes over the last 16 characters, 5 bits each', () => {
    const bytes = [0x08, 0x42, 0x10, 0x84, 0x21, 0x08, 0x42, 0x10, 0x84, 0x21];
    const id = newClickId(new Date(0), (b) => {
      b.set(bytes);
      return b;
    });
    // 00001 00001 … repeated: every 5-bit group is 1.
    expect(id.slice(10)).toBe('1'.repeat(16));
  });

  it('sorts by time across milliseconds', () => {
    const start = Date.UTC(2026, 0, 1);
    const ids = Array.from({ length: 2000 }, (_, i) => newClickId(new Date(start + i)));
    expect([...ids].sort()).toEqual(ids);
  });

  it('sorts by time across every digit carry of the time part', () => {
    const times = [0, 31, 32, 1023, 1024, 2 ** 30, 2 ** 35 - 1, 2 ** 35, Date.UTC(2026, 5, 1), 2 ** 48 - 1];
    const ids = times.map((ms) => newClickId(new Date(ms), ones));
    expect([...ids].sort()).toEqual(ids);
  });

  it('does not repeat over 100,000 ids minted in the same millisecond', () => {
    const now = new Date();
    const ids = new Set<string>();
    for (let i = 0; i < 100_000; i++) ids.add(newClickId(now));
    expect(ids.size).toBe(100_000);
  });

  it.each([
    ['before the epoch', -1],
    ['past 48 bits', 2 ** 48],
    ['an invalid date', Number.NaN],
  ])('refuses a time %s', (_label, ms) => {
    expect(() => newClickId(new Date(ms))).toThrow(RangeError);
  });
});

describe('clickIdTime', () => {
  it.each([
    ['the epoch', 0],
    ['the ULID spec example', 1469918176385],
    ['2026-03-29 01:59:59.999 UTC (DST night in Paris)', Date.UTC(2026, 2, 29, 1, 59, 59, 999)],
    ['the last representable millisecond', 2 ** 48 - 1],
  ])('gives back %s', (_label, ms) => {
    expect(clickIdTime(newClickId(new Date(ms)))?.getTime()).toBe(ms);
  });

  it('decodes the ULID README example (ulid(1469918176385))', () => {
    expect(clickIdTime('01aryz6s41tsv4rrffq69g5fav')?.getTime()).toBe(1469918176385);
  });

  it('is null for anything that is not a click id', () => {
    expect(clickIdTime('01ARYZ6S41TSV4RRFFQ69G5FAV')).toBeNull();
    expect(clickIdTime('')).toBeNull();
  });
});

describe('isClickId', () => {
  const good = '01aryz6s41tsv4rrffq69g5fav';

  it.each([
    ['upper case', good.toUpperCase()],
    ['mixed case', '01ARyz6s41tsv4rrffq69g5fav'],
    ['25 characters', good.slice(1)],
    ['27 characters', `${good}0`],
    ['empty', ''],
    ['i (not Crockford)', `${good.slice(0, 25)}i`],
    ['l (not Crockford)', `${good.slice(0, 25)}l`],
    ['o (not Crockford)', `${good.slice(0, 25)}o`],
    ['u (not Crockford)', `${good.slice(0, 25)}u`],
    ['a hyphen', `${good.slice(0, 25)}-`],
    ['a trailing newline', `${good}\n`],
    ['a leading space', ` ${good.slice(1)}`],
    ['a time past 48 bits', `8${good.slice(1)}`],
    ['a UUID', '0190d3e4-5b6a-7c8d-9e0f-1a2b3c4d5e6f'],
  ])('refuses %s', (_label, value) => {
    expect(isClickId(value)).toBe(false);
  });

  it('accepts a lower-case ULID', () => {
    expect(isClickId(good)).toBe(true);
  });
});

describe('click id against every network sub-id slot (networks.md §2)', () => {
  const samples = [
    newClickId(new Date(0), zeros),
    newClickId(new Date(2 ** 48 - 1), ones),
    ...Array.from({ length: 200 }, () => newClickId()),
  ];

  it.each(SUB_ID_CONSTRAINTS.map((c) => [c.network, c] as const))('fits %s', (_network, constraint) => {
    for (const id of samples) {
      if (constraint.maxLength !== null) expect(id.length).toBeLessThanOrEqual(constraint.maxLength);
      expect(id).toMatch(constraint.charset);
      expect(constraint.refused).not.toContain(id);
    }
  });

  it('leaves room under the tightest documented limit (CJ, 30)', () => {
    const limits = SUB_ID_CONSTRAINTS.flatMap((c) => (c.maxLength === null ? [] : [c.maxLength]));
    expect(Math.min(...limits)).toBe(30);
    expect(CLICK_ID_LENGTH).toBeLessThanOrEqual(30);
  });
});
