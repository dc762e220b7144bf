import { describe, expect, it } from 'vitest';
import {
  formatIbanPrint,
  type IbanProblem,
  ibanProblem,
  isBicRequired,
  isValidBic,
  normaliseBic,
  normaliseIban,
} from './iban';

describe('normaliseIban', () => {
  it.each([
    ['print format', 'FR76 3000 6000 0112 3456 7890 189', 'FR7630006000011234567890189'],
    ['lower case', 'fr7630006000011234567890189', 'FR7630006000011234567890189'],
    ['non-breaking spaces and dashes', 'DE89\u00a03704-0044\u202f0532 0130 00', 'DE89370400440532013000'],
    ['surrounding blanks', '  NL91ABNA0417164300\n', 'NL91ABNA0417164300'],
  ])('%s', (_label, input, expected) => {
    expect(normaliseIban(input)).toBe(expected);
  });

  it('prints in groups of four', () => {
    expect(formatIbanPrint('fr7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
  });
});

describe('ibanProblem', () => {
  const cases: Array<[string, string, IbanProblem | null]> = [
    ['France', 'FR7630006000011234567890189', null],
    ['Germany', 'DE89370400440532013000', null],
    ['Belgium (16 characters)', 'BE68539007547034', null],
    ['Italy (letter in the BBAN)', 'IT60X0542811101000000123456', null],
    ['Switzerland (SEPA, outside the EEA)', 'CH9300762011623852957', null],
    ['United Kingdom (SEPA, outside the EEA)', 'GB29NWBK60161331926819', null],
    ['Monaco', 'MC5811222000010123456789030', null],
    ['empty', '', 'required'],
    ['unknown country', 'XX7630006000011234567890189', 'country'],
    ['one character missing', 'FR763000600001123456789018', 'length'],
    ['one character extra', 'FR76300060000112345678901899', 'length'],
    ['letters where the country has digits', 'FR76300060000112345678901AB', 'format'],
    ['punctuation', 'FR76*0006000011234567890189', 'format'],
    ['longer than any IBAN', `FR${'1'.repeat(33)}`, 'format'],
    ['a typo (check digits and RIB key)', 'FR7630006000011234567890188', 'checksum'],
    ['swapped check digits', 'DE98370400440532013000', 'checksum'],
    ['Swiss QR-IBAN (bills only)', 'CH4431999123000889012', 'format'],
    ['valid but outside SEPA (Pakistan)', 'PK36SCBL0000001123456702', 'notSepa'],
    ['valid but outside SEPA (Saudi Arabia)', 'SA0380000000608010167519', 'notSepa'],
  ];
  it.each(cases)('%s', (_label, iban, expected) => {
    expect(ibanProblem(iban)).toBe(expected);
  });
});

describe('isBicRequired', () => {
  it.each([
    ['FR', false],
    ['DE', false],
    ['NO', false],
    ['GP', false],
    ['CH', true],
    ['GB', true],
    ['MC', true],
    ['SM', true],
  ])('%s → %s', (country, required) => {
    expect(isBicRequired(country)).toBe(required);
  });

  it('refuses a country outside SEPA', () => {
    expect(() => isBicRequired('US')).toThrow(/not in the SEPA zone/);
  });
});

describe('isValidBic', () => {
  it.each([
    ['BNPAFRPP', true],
    ['BNPAFRPPXXX', true],
    ['UBSWCHZH80A', true],
    ['DEUTDEFF500', true],
    ['BNPAFRP', false],
    ['BNPAFRPPXX', false],
    ['BNPA1RPP', false],
    ['BNPAXXPP', false], // no such country
    ['BNPAFR1P', false], // location code starting with 1: a test BIC
    ['BNPAFRPO', false], // second location character O is not allowed
    ['bnpafrpp', false], // normalise first
  ])('%s → %s', (bic, valid) => {
    expect(isValidBic(bic)).toBe(valid);
  });

  it('normalises spacing and case', () => {
    expect(normaliseBic(' bnpa fr pp ')).toBe('BNPAFRPP');
  });
});
