import { describe, expect, it } from 'vitest';
import { isUnfilledMacro, normaliseSubId, readSubId } from './sub-id';

const C1 = '01j9z3k7q8m2x4v6b8n0c2d4f6';

describe('normaliseSubId', () => {
  it.each<[string, string | null | undefined, string | null]>([
    ['our click id', C1, C1],
    ['spaces around it', ` ${C1} `, C1],
    ['someone else’s ref, kept as received', 'CashbackUser123', 'CashbackUser123'],
    ['empty: an orphan (§5, Awin clickRef "")', '', null],
    ['blank', '   ', null],
    ['"0" (an invalid CJ SID, §6.1)', '0', null],
    ['"null"', 'null', null],
    ['"NULL"', 'NULL', null],
    ['"undefined"', 'undefined', null],
    ['an unfilled Awin macro', '!!!clickRef!!!', null],
    ['an unfilled Affise macro', '{sub1}', null],
    ['an unfilled Everflow-style macro', '{{click_id}}', null],
    ['an unfilled Admitad macro', '[[[subid]]]', null],
    ['"00" is a value, not zero', '00', '00'],
    ['null', null, null],
    ['undefined', undefined, null],
  ])('%s', (_label, raw, expected) => {
    expect(normaliseSubId(raw)).toBe(expected);
  });
});

describe('readSubId', () => {
  it.each<[unknown, string | null]>([
    [C1, C1],
    ['', null],
    [null, null],
    [undefined, null],
    [12345, '12345'],
    [0, null],
  ])('%j → %j', (raw, expected) => {
    expect(readSubId(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([[{}], [[C1]], [true], [1.5]])('refuses %j', (raw) => {
    expect(readSubId(raw).ok).toBe(false);
  });
});

describe('isUnfilledMacro', () => {
  it.each([
    ['!!!commission!!!', true],
    ['{sum}', true],
    ['4.23', false],
    ['{not a macro}', false],
  ])('%s → %s', (value, expected) => {
    expect(isUnfilledMacro(value)).toBe(expected);
  });
});
