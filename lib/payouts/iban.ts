import { friendlyFormatIBAN, isValidBIC, ValidationErrorsIBAN, validateIBAN } from 'ibantools';

// IBAN and BIC rules for SEPA payouts. Country lengths, BBAN formats, the
// mod-97 check and national check digits (the French RIB key…) come from
// `ibantools`, a maintained implementation of the SWIFT IBAN registry; this
// file adds what a payout needs on top: one spelling per IBAN, the reason a
// typed IBAN is wrong, and whether the creditor's BIC is needed.

/** Why a typed IBAN cannot be used; each has a field message (payouts.method.iban.*). */
export type IbanProblem = 'required' | 'country' | 'length' | 'format' | 'checksum' | 'notSepa';

/** The longest IBAN any country issues (ISO 13616). */
export const IBAN_MAX_LENGTH = 34;

/** Spaces (including the non-breaking ones banks' PDFs use) and dashes are presentation, not content. */
export function normaliseIban(input: string): string {
  return input.replace(/[\s\u00a0\u202f-]/g, '').toUpperCase();
}

/** Electronic format (no spaces, upper case) → print format in groups of four: "FR76 3000 6000 …". */
export function formatIbanPrint(iban: string): string {
  const electronic = normaliseIban(iban);
  return friendlyFormatIBAN(electronic) ?? electronic;
}

export function ibanCountry(iban: string): string {
  return normaliseIban(iban).slice(0, 2);
}

// Where a SEPA credit transfer can go, and where the creditor's BIC may be
// left out. The EPC SCT rulebook ("IBAN-only", since 2016 for cross-border
// payments) makes the BIC optional when both banks are in the EEA; it stays
// mandatory when either bank is in a non-EEA SEPA country or territory. Our
// own bank is in France, so the creditor's IBAN country decides. French
// overseas departments and Åland issue IBANs under their own registry codes
// and are EU territory. The EPC adds countries from time to time (Albania,
// Moldova, Montenegro and North Macedonia in 2024): keep these lists in step
// with the EPC's "list of SEPA scheme countries".
const EEA_COUNTRIES = new Set(
  [
    ...['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU'],
    ...['IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'],
    ...['IS', 'LI', 'NO'],
    ...['GF', 'GP', 'MQ', 'RE', 'YT', 'MF', 'AX'],
  ].sort(),
);
const NON_EEA_SEPA_COUNTRIES = new Set([
  ...['AD', 'CH', 'GB', 'GI', 'MC', 'SM', 'VA', 'PM', 'BL'],
  ...['AL', 'MD', 'ME', 'MK'],
]);

export function isSepaCountry(country: string): boolean {
  return EEA_COUNTRIES.has(country) || NON_EEA_SEPA_COUNTRIES.has(country);
}

/**
 * Whether a EUR SEPA credit transfer to an account in `ibanCountryCode` needs
 * the creditor's BIC: only outside the EEA (Switzerland, the United Kingdom,
 * Monaco, San Marino…). Throws for a country SEPA does not reach.
 */
export function isBicRequired(ibanCountryCode: string): boolean {
  if (EEA_COUNTRIES.has(ibanCountryCode)) return false;
  if (NON_EEA_SEPA_COUNTRIES.has(ibanCountryCode)) return true;
  throw new RangeError(`${ibanCountryCode} is not in the SEPA zone`);
}

const IBAN_ERROR_ORDER: ReadonlyArray<[ValidationErrorsIBAN, IbanProblem]> = [
  [ValidationErrorsIBAN.NoIBANProvided, 'required'],
  [ValidationErrorsIBAN.NoIBANCountry, 'country'],
  [ValidationErrorsIBAN.WrongBBANLength, 'length'],
  [ValidationErrorsIBAN.WrongBBANFormat, 'format'],
  [ValidationErrorsIBAN.QRIBANNotAllowed, 'format'],
  [ValidationErrorsIBAN.ChecksumNotNumber, 'checksum'],
  [ValidationErrorsIBAN.WrongIBANChecksum, 'checksum'],
  [ValidationErrorsIBAN.WrongAccountBankBranchChecksum, 'checksum'],
];

/**
 * The first thing wrong with an IBAN in electronic format, or null when a SEPA
 * transfer can be sent to it. A wrong length is reported before a wrong check
 * digit, because a missing character also breaks the checksum and "one
 * character is missing" is the more useful message.
 */
export function ibanProblem(iban: string): IbanProblem | null {
  if (iban === '') return 'required';
  if (!/^[A-Z0-9]+$/.test(iban) || iban.length > IBAN_MAX_LENGTH) return 'format';
  // A QR-IBAN (Switzerland) is a reference for QR bills, not an account that receives transfers.
  const { errorCodes } = validateIBAN(iban, { allowQRIBAN: false });
  for (const [code, problem] of IBAN_ERROR_ORDER) {
    if (errorCodes.includes(code)) return problem;
  }
  if (errorCodes.length > 0) return 'format';
  return isSepaCountry(iban.slice(0, 2)) ? null : 'notSepa';
}

export function normaliseBic(input: string): string {
  return input.replace(/[\s\u00a0\u202f]/g, '').toUpperCase();
}

// ISO 9362 as the pain.001 schema writes it (BICIdentifier): the location
// code's first character is never 0 or 1 (test and passive BICs) and its
// second never the letter O.
const BIC_PATTERN = /^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$/;

/** An upper-case BIC of 8 or 11 characters with a real country code. */
export function isValidBic(bic: string): boolean {
  return BIC_PATTERN.test(bic) && isValidBIC(bic);
}
