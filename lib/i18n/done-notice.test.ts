import { describe, expect, it } from 'vitest';
import { doneNotice } from './done-notice';

const NOTICES = { approved: 'ledger.queue.approved', rejected: 'ledger.queue.rejected' } as const;

describe('doneNotice', () => {
  it.each([
    ['approved', 'ledger.queue.approved'],
    ['rejected', 'ledger.queue.rejected'],
    ['unknown', null],
    ['toString', null],
    ['__proto__', null],
    [undefined, null],
    [['approved', 'rejected'], null],
  ])('%j → %s', (done, expected) => {
    expect(doneNotice(done, NOTICES)).toBe(expected);
  });
});
