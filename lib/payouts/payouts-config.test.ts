import { describe, expect, it } from 'vitest';
import { payoutsConfig } from './payouts-config';

describe('payoutsConfig', () => {
  it('is empty when nothing is set', () => {
    expect(payoutsConfig({})).toEqual({ sepaDebtor: null, paypal: null });
  });

  it('reads the SEPA debtor and the PayPal app', () => {
    expect(
      payoutsConfig({
        SEPA_DEBTOR_NAME: ' Ristourne SAS ',
        SEPA_DEBTOR_IBAN: 'fr76 3000 6000 0112 3456 7890 189',
        SEPA_DEBTOR_BIC: 'agrifrpp',
        PAYPAL_CLIENT_ID: 'id',
        PAYPAL_CLIENT_SECRET: 'secret',
        PAYPAL_API_BASE_URL: 'sandbox',
      }),
    ).toEqual({
      sepaDebtor: { name: 'Ristourne SAS', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' },
      paypal: { baseUrl: 'https://api-m.sandbox.paypal.com', clientId: 'id', clientSecret: 'secret' },
    });
  });

  it.each([
    ['live by default', undefined, 'https://api-m.paypal.com'],
    ['live by name', 'live', 'https://api-m.paypal.com'],
    ['a mock', 'http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
  ])('PayPal base URL: %s', (_label, url, expected) => {
    const config = payoutsConfig({
      PAYPAL_CLIENT_ID: 'id',
      PAYPAL_CLIENT_SECRET: 's',
      PAYPAL_API_BASE_URL: url,
    });
    expect(config.paypal?.baseUrl).toBe(expected);
  });

  it.each([
    [
      'a bad IBAN',
      { SEPA_DEBTOR_NAME: 'R', SEPA_DEBTOR_IBAN: 'FR7630006000011234567890188' },
      /SEPA_DEBTOR_IBAN must be a valid IBAN/,
    ],
    [
      'a bad BIC',
      { SEPA_DEBTOR_NAME: 'R', SEPA_DEBTOR_IBAN: 'DE89370400440532013000', SEPA_DEBTOR_BIC: 'X' },
      /SEPA_DEBTOR_BIC must be a valid BIC/,
    ],
    ['a name without the IBAN', { SEPA_DEBTOR_NAME: 'R' }, /SEPA_DEBTOR_IBAN must be set/],
    ['an id without the secret', { PAYPAL_CLIENT_ID: 'id' }, /PAYPAL_CLIENT_SECRET must be set/],
    [
      'a base URL that is not one',
      { PAYPAL_API_BASE_URL: 'ftp://x' },
      /PAYPAL_API_BASE_URL must be "live", "sandbox" or an http\(s\) URL/,
    ],
  ])('says what is wrong with %s', (_label, env, message) => {
    expect(() => payoutsConfig(env)).toThrow(message);
  });
});
