import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { ibanProblem, isValidBic, normaliseBic, normaliseIban } from './iban';
import { PAYPAL_LIVE_BASE_URL, PAYPAL_SANDBOX_BASE_URL } from './paypal/paypal-client';
import type { SepaDebtor } from './sepa/pain001';
import { SEPA_NAME_MAX_LENGTH, toSepaText } from './sepa/sepa-text';

// What payouts need from the environment: the account SEPA transfers are
// paid from, and the PayPal REST app. Each part is optional (a deployment may
// pay by one method only) but all-or-nothing, and each variable says what is
// wrong with it. Read at the edge (CLI, job) and passed down.
//
//   SEPA_DEBTOR_NAME, SEPA_DEBTOR_IBAN, SEPA_DEBTOR_BIC (optional)
//   PAYPAL_CLIENT_ID, PAYPAL_CLIENT_SECRET,
//   PAYPAL_API_BASE_URL (optional: "live" (default), "sandbox" or a URL)

export type PayoutsConfig = {
  sepaDebtor: SepaDebtor | null;
  paypal: { baseUrl: string; clientId: string; clientSecret: string } | null;
};

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined);

const schema = z
  .object({
    SEPA_DEBTOR_NAME: optionalText.refine(
      (name) => name === undefined || toSepaText(name, SEPA_NAME_MAX_LENGTH) !== '',
      'must contain Latin letters',
    ),
    SEPA_DEBTOR_IBAN: optionalText
      .transform((iban) => (iban ? normaliseIban(iban) : undefined))
      .refine(
        (iban) => iban === undefined || ibanProblem(iban) === null,
        'must be a valid IBAN in the SEPA zone',
      ),
    SEPA_DEBTOR_BIC: optionalText
      .transform((bic) => (bic ? normaliseBic(bic) : undefined))
      .refine((bic) => bic === undefined || isValidBic(bic), 'must be a valid BIC (8 or 11 characters)'),
    PAYPAL_CLIENT_ID: optionalText,
    PAYPAL_CLIENT_SECRET: optionalText,
    PAYPAL_API_BASE_URL: optionalText
      .transform((url) =>
        url === 'sandbox' ? PAYPAL_SANDBOX_BASE_URL : url === 'live' || !url ? PAYPAL_LIVE_BASE_URL : url,
      )
      .pipe(z.url({ protocol: /^https?$/, message: 'must be "live", "sandbox" or an http(s) URL' })),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.SEPA_DEBTOR_NAME) !== Boolean(env.SEPA_DEBTOR_IBAN)) {
      const missing = env.SEPA_DEBTOR_NAME ? 'SEPA_DEBTOR_IBAN' : 'SEPA_DEBTOR_NAME';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: 'must be set with the other SEPA_DEBTOR_ variables',
      });
    }
    if (Boolean(env.PAYPAL_CLIENT_ID) !== Boolean(env.PAYPAL_CLIENT_SECRET)) {
      const missing = env.PAYPAL_CLIENT_ID ? 'PAYPAL_CLIENT_SECRET' : 'PAYPAL_CLIENT_ID';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: 'must be set with the other PAYPAL_CLIENT_ variable',
      });
    }
  });

export function payoutsConfig(env: Record<string, string | undefined> = process.env): PayoutsConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new AppError('internal', `Invalid payout configuration: ${lines.join('; ')}`);
  }
  const value = parsed.data;
  return {
    sepaDebtor:
      value.SEPA_DEBTOR_NAME && value.SEPA_DEBTOR_IBAN
        ? { name: value.SEPA_DEBTOR_NAME, iban: value.SEPA_DEBTOR_IBAN, bic: value.SEPA_DEBTOR_BIC ?? null }
        : null,
    paypal:
      value.PAYPAL_CLIENT_ID && value.PAYPAL_CLIENT_SECRET
        ? {
            baseUrl: value.PAYPAL_API_BASE_URL,
            clientId: value.PAYPAL_CLIENT_ID,
            clientSecret: value.PAYPAL_CLIENT_SECRET,
          }
        : null,
  };
}
