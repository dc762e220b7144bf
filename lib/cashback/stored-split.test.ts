import { describe, expect, it } from 'vitest';
import { splitCommission } from '@/lib/split/split-commission';
import { conversion, pct, terms } from '@/lib/split/testing/terms';
import { storedSplit } from './stored-split';

describe('storedSplit', () => {
  it('reads back a split result stored as JSON', () => {
    const result = splitCommission(terms([pct(500)]), conversion(8450, 1000));
    const read = storedSplit(JSON.parse(JSON.stringify(result)));
    expect(read).toEqual({ kind: 'result', result });
  });

  it.each([
    [
      'no terms at the click',
      { reason: 'no_terms', commissionMinor: 100, currency: 'EUR' },
      { kind: 'reason', reason: 'no_terms' },
    ],
    ['no commission', { reason: 'no_commission' }, { kind: 'reason', reason: 'no_commission' }],
    [
      'the engine refused',
      { reason: 'split_refused', message: 'x' },
      { kind: 'reason', reason: 'split_refused' },
    ],
    ['a reason this code does not know', { reason: 'no_member' }, { kind: 'unknown' }],
    ['an empty object (the column default)', {}, { kind: 'unknown' }],
    ['null', null, { kind: 'unknown' }],
    ['a string', 'oops', { kind: 'unknown' }],
    [
      'an explanation that is not a list of steps',
      { currency: 'EUR', memberMinor: 1, explanation: ['text'] },
      { kind: 'unknown' },
    ],
    [
      'a fractional member amount',
      { currency: 'EUR', memberMinor: 1.5, explanation: [] },
      { kind: 'unknown' },
    ],
  ])('%s', (_label, value, expected) => {
    expect(storedSplit(value)).toEqual(expected);
  });
});
