import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { assertSaleAmountMinor, parseSaleAmount } from './sale-amount';

function thrown(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, fields: error.fields };
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('parseSaleAmount', () => {
  it.each([
    ['French decimal comma', '84,50', 8450],
    ['decimal point', '84.50', 8450],
    ['one decimal', '84,5', 8450],
    ['a whole amount', '84', 8400],
    ['surrounding spaces', '  84,50 ', 8450],
    ['French grouping with a narrow space', '1\u202f234,56', 123_456],
    ['the lower bound, 1 €', '1', 100],
    ['the upper bound, 10 000 €', '10 000', 1_000_000],
    ['the upper bound with decimals', '10000,00', 1_000_000],
  ])('%s: "%s" → %i', (_label, input, expected) => {
    expect(parseSaleAmount(input, 'EUR')).toBe(expected);
  });

  it.each([
    ['empty', '', 'sandbox.errors.amountRequired'],
    ['blank', '   ', 'sandbox.errors.amountRequired'],
    ['letters', 'quatre-vingts', 'sandbox.errors.amountInvalid'],
    ['a third decimal', '84,505', 'sandbox.errors.amountInvalid'],
    ['two decimal marks', '84,50,1', 'sandbox.errors.amountInvalid'],
    ['a currency sign', '84,50 €', 'sandbox.errors.amountInvalid'],
    ['an exponent', '1e3', 'sandbox.errors.amountInvalid'],
    ['absurdly long', '9'.repeat(40), 'sandbox.errors.amountInvalid'],
    ['beyond exact integers', '9'.repeat(20), 'sandbox.errors.amountInvalid'],
    ['below 1 €', '0,99', 'sandbox.errors.amountRange'],
    ['zero', '0', 'sandbox.errors.amountRange'],
    ['negative', '-84,50', 'sandbox.errors.amountRange'],
    ['above 10 000 €', '10000,01', 'sandbox.errors.amountRange'],
  ])('%s ("%s") is a field message', (_label, input, key) => {
    expect(thrown(() => parseSaleAmount(input, 'EUR'))).toEqual({
      code: 'unprocessable',
      fields: { amount: [key] },
    });
  });

  it('reports on the field it is told', () => {
    expect(thrown(() => parseSaleAmount('x', 'EUR', 'newAmount')).fields).toEqual({
      newAmount: ['sandbox.errors.amountInvalid'],
    });
  });
});

describe('assertSaleAmountMinor', () => {
  it.each([
    [100, true],
    [1_000_000, true],
    [99, false],
    [1_000_001, false],
    [84.5, false],
  ])('%s → %s', (minor, ok) => {
    if (ok) expect(assertSaleAmountMinor(minor, 'EUR')).toBe(minor);
    else expect(() => assertSaleAmountMinor(minor, 'EUR')).toThrow();
  });
});
