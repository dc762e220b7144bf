import { describe, expect, it } from 'vitest';
import { sepaEndToEndId, sepaMessageId, sepaPaymentInfoId } from './sepa-ids';

// What every id must satisfy: Max35Text, letters, digits and "-" only (so no
// leading, trailing or double "/"), starting with a letter or digit.
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,34}$/;

describe('SEPA identifiers', () => {
  it.each([
    ['a batch key stays readable', 'sepa-0J8W3C4Q5Y6Z7A8B9C0D1E2F3G', 'sepa-0J8W3C4Q5Y6Z7A8B9C0D1E2F3G'],
    ['a numeric batch id', '42', '42'],
  ])('message id: %s', (_label, batchId, expected) => {
    expect(sepaMessageId(batchId)).toBe(expected);
  });

  it.each([
    ['a 36-character id', 'x'.repeat(36)],
    ['slashes', 'batch/2026/03'],
    ['spaces and accents', 'lot de mars é'],
    ['a leading dash', '-1'],
  ])('message id of %s is hashed into a safe id', (_label, batchId) => {
    const id = sepaMessageId(batchId);
    expect(id).toMatch(SAFE_ID);
    expect(id.startsWith('H')).toBe(true);
    expect(sepaMessageId(batchId)).toBe(id);
  });

  it('payment information id fits beside the message id', () => {
    expect(sepaPaymentInfoId('sepa-0J8W3C4Q5Y6Z7A8B9C0D1E2F3G')).toBe('sepa-0J8W3C4Q5Y6Z7A8B9C0D1E2F3G-P1');
    expect(sepaPaymentInfoId('y'.repeat(33))).toMatch(SAFE_ID);
  });

  it.each([
    ['a bigint id', 123456, 'W123456'],
    ['a UUID loses its dashes', '9B1DEB4D-3B7D-4BAD-9BDD-2B0D7B3DCB6D', 'W9b1deb4d3b7d4bad9bdd2b0d7b3dcb6d'],
  ])('end-to-end id of %s', (_label, withdrawalId, expected) => {
    expect(sepaEndToEndId(withdrawalId)).toBe(expected);
    expect(sepaEndToEndId(withdrawalId)).toMatch(SAFE_ID);
  });

  it('never lets a readable id equal a hashed one', () => {
    const hashed = sepaEndToEndId('w/1');
    expect(hashed.startsWith('WH')).toBe(true);
    expect(sepaEndToEndId(hashed.slice(1))).not.toBe(hashed);
  });

  it('gives different withdrawals different ids', () => {
    const ids = new Set(Array.from({ length: 1000 }, (_, i) => sepaEndToEndId(`w/${i}`)));
    expect(ids.size).toBe(1000);
  });
});
