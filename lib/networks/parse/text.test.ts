import { describe, expect, it } from 'vitest';
import { parseIdentifier, parseOptionalBoolean, parseOptionalIdentifier, parseOptionalText } from './text';

describe('parseIdentifier', () => {
  it.each<[unknown, string]>([
    ['3177001234', '3177001234'],
    [3177001234, '3177001234'],
    [' 19816.4636.158133 ', '19816.4636.158133'],
    ['ORD-88412', 'ORD-88412'],
  ])('%j → %s', (raw, expected) => {
    expect(parseIdentifier(raw)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, unknown]>([
    ['empty', ''],
    ['null', null],
    ['a boolean', true],
    ['an object', { id: 1 }],
    ['a fraction', 1.5],
    ['negative', -1],
    ['past 2^53, digits already lost', 2 ** 53 + 2],
    ['inner space', 'a b'],
    ['a control character', 'a\u0000b'],
    ['too long', 'x'.repeat(129)],
  ])('refuses %s', (_label, raw) => {
    expect(parseIdentifier(raw).ok).toBe(false);
  });
});

describe('parseOptionalIdentifier', () => {
  it.each<[unknown, string | null]>([
    [undefined, null],
    [null, null],
    ['', null],
    [12345, '12345'],
  ])('%j → %j', (raw, expected) => {
    expect(parseOptionalIdentifier(raw)).toEqual({ ok: true, value: expected });
  });
});

describe('parseOptionalText', () => {
  it.each<[unknown, string | null]>([
    [undefined, null],
    [null, null],
    ['  ', null],
    [' Partial return ', 'Partial return'],
    [111222333444, '111222333444'],
  ])('%j → %j', (raw, expected) => {
    expect(parseOptionalText(raw)).toEqual({ ok: true, value: expected });
  });

  it.each<[unknown]>([[{}], [[]], [true], ['x'.repeat(1001)]])('refuses %j', (raw) => {
    expect(parseOptionalText(raw).ok).toBe(false);
  });
});

describe('parseOptionalBoolean', () => {
  it.each<[unknown, boolean | null]>([
    [true, true],
    [false, false],
    ['true', true],
    ['false', false],
    ['1', true],
    ['0', false],
    [undefined, null],
    [null, null],
    ['', null],
  ])('%j → %j', (raw, expected) => {
    expect(parseOptionalBoolean(raw)).toEqual({ ok: true, value: expected });
  });

  it.each<[unknown]>([['yes'], [1], [{}]])('refuses %j', (raw) => {
    expect(parseOptionalBoolean(raw).ok).toBe(false);
  });
});
