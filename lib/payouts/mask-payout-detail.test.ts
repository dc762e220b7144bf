import { describe, expect, it } from 'vitest';
import { maskEmail, maskIban, maskPayoutDetail } from './mask-payout-detail';

describe('maskPayoutDetail', () => {
  it.each([
    ['French IBAN', { method: 'sepa', iban: 'FR7630006000011234567890189' } as const, 'FR76 •••• •••• 0189'],
    [
      'print format in, same mask out',
      { method: 'sepa', iban: 'fr76 3000 6000 0112 3456 7890 189' } as const,
      'FR76 •••• •••• 0189',
    ],
    ['short IBAN, same shape', { method: 'sepa', iban: 'BE68539007547034' } as const, 'BE68 •••• •••• 7034'],
    ['PayPal e-mail', { method: 'paypal', email: 'jeanne.martin@example.com' } as const, 'j•••@example.com'],
  ])('%s', (_label, detail, expected) => {
    expect(maskPayoutDetail(detail)).toBe(expected);
  });

  it('never shows more than the first character of a mailbox', () => {
    expect(maskEmail('a@example.org')).toBe('a•••@example.org');
    expect(maskEmail('élodie@example.fr')).toBe('é•••@example.fr');
    expect(maskEmail('not-an-email')).toBe('•••');
  });

  it('hides the middle of an IBAN whatever its length', () => {
    expect(maskIban('DE89370400440532013000')).not.toContain('3704');
    expect(maskIban('123')).toBe('•••• ••••');
  });
});
