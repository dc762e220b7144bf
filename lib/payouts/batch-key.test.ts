import { describe, expect, it } from 'vitest';
import { hashId, payoutBatchKey } from './batch-key';

describe('payoutBatchKey', () => {
  it('depends on the selection, not its order', () => {
    expect(payoutBatchKey('sepa', [3, 1, 2])).toBe(payoutBatchKey('sepa', ['1', '2', '3']));
  });

  it.each([
    ['another method', () => payoutBatchKey('paypal', [1, 2, 3])],
    ['one withdrawal fewer', () => payoutBatchKey('sepa', [1, 2])],
    ['another withdrawal', () => payoutBatchKey('sepa', [1, 2, 4])],
    ['ids that concatenate alike', () => payoutBatchKey('sepa', ['1', '23'])],
  ])('differs for %s', (_label, other) => {
    const base = payoutBatchKey('sepa', [1, 2, 3]);
    expect(other().slice(other().indexOf('-') + 1)).not.toBe(base.slice(base.indexOf('-') + 1));
  });

  it('has the shape a SEPA message id and a PayPal sender_batch_id accept', () => {
    const key = payoutBatchKey('sepa', ['9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d']);
    expect(key).toMatch(/^sepa-[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(key.length).toBeLessThanOrEqual(35);
  });

  it('refuses an empty selection or a withdrawal named twice', () => {
    expect(() => payoutBatchKey('paypal', [])).toThrow(/at least one/);
    expect(() => payoutBatchKey('paypal', [1, '1'])).toThrow(/Withdrawal 1 is selected twice/);
  });
});

describe('hashId', () => {
  it('is stable, cut to length and in Crockford base32', () => {
    expect(hashId(['a'], 10)).toBe(hashId(['a'], 10));
    expect(hashId(['a'], 51)).toMatch(/^[0-9A-HJKMNP-TV-Z]{51}$/);
    expect(hashId(['a'], 51).startsWith(hashId(['a'], 10))).toBe(true);
  });

  it('keeps lists apart that join alike', () => {
    expect(hashId(['a', 'b'], 20)).not.toBe(hashId(['a\nb'], 20));
    expect(hashId(['ab'], 20)).not.toBe(hashId(['a', 'b'], 20));
  });

  it('refuses a length it cannot fill', () => {
    expect(() => hashId(['a'], 52)).toThrow(RangeError);
    expect(() => hashId(['a'], 0)).toThrow(RangeError);
  });
});
