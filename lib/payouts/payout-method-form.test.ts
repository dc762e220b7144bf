import { describe, expect, it } from 'vitest';
import { messagesByLocale } from '@/lib/i18n/messages';
import { createTranslator, type MessageKey } from '@/lib/i18n/translate';
import { paypalPayoutMethodSchema, sepaPayoutMethodSchema } from './payout-method-form';

function fieldErrors(input: unknown): Record<string, string[]> {
  const result = sepaPayoutMethodSchema.safeParse(input);
  if (result.success) return {};
  const fields: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] = [...(fields[key] ?? []), issue.message];
  }
  return fields;
}

const valid = { holderName: 'Jeanne Martin', iban: 'fr76 3000 6000 0112 3456 7890 189', bic: '' };

describe('sepaPayoutMethodSchema', () => {
  it('stores the IBAN electronically and an empty BIC as null', () => {
    expect(sepaPayoutMethodSchema.parse(valid)).toEqual({
      holderName: 'Jeanne Martin',
      iban: 'FR7630006000011234567890189',
      bic: null,
    });
    expect(sepaPayoutMethodSchema.parse({ ...valid, bic: ' agri fr pp ' }).bic).toBe('AGRIFRPP');
    expect(sepaPayoutMethodSchema.parse({ holderName: 'Hélène', iban: valid.iban }).bic).toBeNull();
  });

  it.each([
    ['empty holder name', { holderName: '   ' }, { holderName: ['payouts.method.holderName.required'] }],
    [
      'missing holder name',
      { holderName: undefined },
      { holderName: ['payouts.method.holderName.required'] },
    ],
    [
      'holder name over 70',
      { holderName: 'a'.repeat(71) },
      { holderName: ['payouts.method.holderName.tooLong'] },
    ],
    [
      'holder name in Cyrillic',
      { holderName: 'Иван Петров' },
      { holderName: ['payouts.method.holderName.invalid'] },
    ],
    ['empty IBAN', { iban: '' }, { iban: ['payouts.method.iban.required'] }],
    ['IBAN typo', { iban: 'FR76 3000 6000 0112 3456 7890 188' }, { iban: ['payouts.method.iban.checksum'] }],
    [
      'IBAN too short',
      { iban: 'FR76 3000 6000 0112 3456 7890 18' },
      { iban: ['payouts.method.iban.length'] },
    ],
    [
      'IBAN country unknown',
      { iban: 'ZZ76 3000 6000 0112 3456 7890 189' },
      { iban: ['payouts.method.iban.country'] },
    ],
    [
      'IBAN with symbols',
      { iban: 'FR76 3000 6000 0112 3456 7890 1*9' },
      { iban: ['payouts.method.iban.format'] },
    ],
    ['IBAN outside SEPA', { iban: 'PK36SCBL0000001123456702' }, { iban: ['payouts.method.iban.notSepa'] }],
    ['malformed BIC', { bic: 'AGRI' }, { bic: ['payouts.method.bic.invalid'] }],
    [
      'Swiss IBAN without BIC',
      { iban: 'CH93 0076 2011 6238 5295 7' },
      { bic: ['payouts.method.bic.required'] },
    ],
    [
      'an IBAN typo does not also ask for a BIC',
      { iban: 'CH93 0076 2011 6238 5295 8' },
      { iban: ['payouts.method.iban.checksum'] },
    ],
  ])('%s', (_label, change, expected) => {
    expect(fieldErrors({ ...valid, ...change })).toEqual(expected);
  });

  it('accepts a Swiss IBAN with its BIC', () => {
    expect(fieldErrors({ ...valid, iban: 'CH9300762011623852957', bic: 'UBSWCHZH80A' })).toEqual({});
  });

  it('has a French and an English text for every message it can give', () => {
    const keys: MessageKey[] = [
      'payouts.method.holderName.required',
      'payouts.method.holderName.tooLong',
      'payouts.method.holderName.invalid',
      'payouts.method.iban.required',
      'payouts.method.iban.country',
      'payouts.method.iban.length',
      'payouts.method.iban.format',
      'payouts.method.iban.checksum',
      'payouts.method.iban.notSepa',
      'payouts.method.bic.invalid',
      'payouts.method.bic.required',
    ];
    for (const locale of ['fr', 'en'] as const) {
      const t = createTranslator(locale, messagesByLocale[locale]);
      for (const key of keys) expect(t(key), `${locale} ${key}`).not.toBe(key);
    }
  });
});

describe('paypalPayoutMethodSchema', () => {
  it('normalises the address and refuses a malformed one', () => {
    expect(paypalPayoutMethodSchema.parse({ email: ' Jeanne@Example.COM ' })).toEqual({
      email: 'jeanne@example.com',
    });
    expect(paypalPayoutMethodSchema.safeParse({ email: 'jeanne@' }).error?.issues[0]?.message).toBe(
      'auth.email.invalid',
    );
  });
});
