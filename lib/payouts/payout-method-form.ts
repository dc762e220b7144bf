import { z } from 'zod';
import { emailField } from '@/lib/accounts/email-address';
import type { MessageKey } from '@/lib/i18n/types';
import { ibanCountry, ibanProblem, isBicRequired, isValidBic, normaliseBic, normaliseIban } from './iban';
import { SEPA_NAME_MAX_LENGTH, toSepaText } from './sepa/sepa-text';

// The payout method forms, parsed at the edge. Messages are i18n keys
// (payouts.method.*). What comes out is what gets stored (encrypted) and
// later written into payout files: the IBAN in electronic format, the BIC
// upper-cased or null.

const key = (k: MessageKey) => ({ message: k });

const ibanMessages: Record<NonNullable<ReturnType<typeof ibanProblem>>, MessageKey> = {
  required: 'payouts.method.iban.required',
  country: 'payouts.method.iban.country',
  length: 'payouts.method.iban.length',
  format: 'payouts.method.iban.format',
  checksum: 'payouts.method.iban.checksum',
  notSepa: 'payouts.method.iban.notSepa',
};

const holderNameField = z
  .string(key('payouts.method.holderName.required'))
  .trim()
  .min(1, key('payouts.method.holderName.required'))
  .max(SEPA_NAME_MAX_LENGTH, key('payouts.method.holderName.tooLong'))
  // The bank file carries the name in the SEPA character set; a name with no
  // Latin letter would reach the bank empty.
  .refine(
    (name) => name === '' || /[a-zA-Z]/.test(toSepaText(name, SEPA_NAME_MAX_LENGTH)),
    key('payouts.method.holderName.invalid'),
  );

const ibanField = z
  .string(key('payouts.method.iban.required'))
  .transform(normaliseIban)
  .superRefine((iban, ctx) => {
    const problem = ibanProblem(iban);
    if (problem) ctx.addIssue({ code: 'custom', message: ibanMessages[problem] });
  });

const bicField = z
  .string(key('payouts.method.bic.invalid'))
  .nullish()
  .transform((bic) => (bic ? normaliseBic(bic) : '') || null)
  .refine((bic) => bic === null || isValidBic(bic), key('payouts.method.bic.invalid'));

export const sepaPayoutMethodSchema = z
  .object({ holderName: holderNameField, iban: ibanField, bic: bicField })
  .superRefine((method, ctx) => {
    // Only once the IBAN is known good does its country say whether a BIC is needed.
    if (method.bic !== null || ibanProblem(method.iban) !== null) return;
    if (isBicRequired(ibanCountry(method.iban))) {
      ctx.addIssue({
        code: 'custom',
        path: ['bic'],
        message: 'payouts.method.bic.required' satisfies MessageKey,
      });
    }
  });

export type SepaPayoutMethodInput = z.input<typeof sepaPayoutMethodSchema>;
export type SepaPayoutMethod = z.output<typeof sepaPayoutMethodSchema>;

export const paypalPayoutMethodSchema = z.object({ email: emailField });

export type PaypalPayoutMethod = z.output<typeof paypalPayoutMethodSchema>;
