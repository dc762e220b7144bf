import type { Messages } from '../types';

export const payoutsEn: Messages['payouts'] = {
  method: {
    invalidInput: 'Please check the fields marked.',
    holderName: {
      required: 'Enter the account holder’s name.',
      tooLong: 'The account holder’s name must be at most 70 characters.',
      invalid: 'Write the account holder’s name in Latin letters, as on your bank details.',
    },
    iban: {
      required: 'Enter your IBAN.',
      country: 'An IBAN starts with its country code (FR, DE, BE…): check the first two letters.',
      length:
        'This IBAN does not have the right number of characters for its country: one is missing or extra.',
      format: 'This IBAN contains characters its country does not use: copy it again from your bank details.',
      checksum:
        'This IBAN contains a typo (its check digits do not match): copy it again from your bank details.',
      notSepa: 'Transfers can only go to an account in the SEPA area.',
    },
    bic: {
      invalid: 'This BIC is not valid: 8 or 11 letters and digits, for example BNPAFRPP.',
      required: 'Your bank’s BIC is needed for a transfer to this country.',
    },
  },
};
