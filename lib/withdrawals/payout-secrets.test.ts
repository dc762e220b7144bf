import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  openGiftCardCode,
  openPaypalDetails,
  openSepaDetails,
  payoutDetailsKey,
  payoutFingerprint,
  sealGiftCardCode,
  sealPayoutDetails,
} from './payout-secrets';

const key = randomBytes(32);

describe('payout secrets', () => {
  it('round-trips details and codes, and nothing readable is stored', () => {
    const sealed = sealPayoutDetails(
      { holderName: 'Zoé', iban: 'FR7630006000011234567890189', bic: null },
      key,
    );
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('FR76');
    expect(openSepaDetails(sealed, key)).toEqual({
      holderName: 'Zoé',
      iban: 'FR7630006000011234567890189',
      bic: null,
    });
    expect(openPaypalDetails(sealPayoutDetails({ email: 'a@example.com' }, key), key)).toEqual({
      email: 'a@example.com',
    });
    expect(openGiftCardCode(sealGiftCardCode('ABCD-1234', key), key)).toBe('ABCD-1234');
  });

  it('fails loudly with another key', () => {
    expect(() =>
      openPaypalDetails(sealPayoutDetails({ email: 'a@example.com' }, key), randomBytes(32)),
    ).toThrow('cannot be decrypted');
  });

  it('fingerprints the same destination alike, per kind and per key', () => {
    const a = payoutFingerprint('sepa', 'FR7630006000011234567890189', key);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(payoutFingerprint('sepa', 'FR7630006000011234567890189', key)).toBe(a);
    expect(payoutFingerprint('paypal', 'FR7630006000011234567890189', key)).not.toBe(a);
    expect(payoutFingerprint('sepa', 'FR7630006000011234567890189', randomBytes(32))).not.toBe(a);
  });

  it.each([
    [
      'CREDENTIALS_KEY when set',
      { CREDENTIALS_KEY: key.toString('base64'), NODE_ENV: 'production', DEMO_MODE: false },
      'configured',
    ],
    ['the development key on a laptop', { NODE_ENV: 'development', DEMO_MODE: false }, 'dev'],
    ['the development key in the demo', { NODE_ENV: 'production', DEMO_MODE: true }, 'dev'],
    ['no key on a real site without CREDENTIALS_KEY', { NODE_ENV: 'production', DEMO_MODE: false }, 'none'],
  ] as const)('uses %s', (_label, env, expected) => {
    const got = payoutDetailsKey(env);
    const dev = payoutDetailsKey({ NODE_ENV: 'test', DEMO_MODE: false });
    if (expected === 'none') expect(got).toBeNull();
    if (expected === 'configured') expect(got?.equals(key)).toBe(true);
    if (expected === 'dev') expect(got?.equals(dev!)).toBe(true);
  });
});
