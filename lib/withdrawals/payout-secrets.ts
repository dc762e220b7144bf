import { createHash, createHmac } from 'node:crypto';
import type { PayoutMethodKind } from '@/db/schema';
import type { Env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { decryptCredentials, encryptCredentials, parseCredentialsKey } from '@/lib/networks/credentials';

// Payout details (a PayPal address, an IBAN) and gift card codes at rest:
// the AES-256-GCM primitive of lib/networks/credentials.ts with the same key
// (CREDENTIALS_KEY). A production site without that key cannot save payout
// details (refused, like network credentials). The demo and a laptop have
// none and must still work end to end: there, as with AUTH_SECRET
// (lib/env.ts), a published development key is used, since nothing they
// hold is real. The seed and the server agree on it whichever process runs
// first.

const DEV_PAYOUT_KEY = createHash('sha256')
  .update('ristourne-development-payout-key-not-for-production')
  .digest();

export function payoutDetailsKey(
  env: Pick<Env, 'CREDENTIALS_KEY' | 'NODE_ENV' | 'DEMO_MODE'>,
): Buffer | null {
  if (env.CREDENTIALS_KEY) return parseCredentialsKey(env.CREDENTIALS_KEY);
  return env.NODE_ENV !== 'production' || env.DEMO_MODE ? DEV_PAYOUT_KEY : null;
}

export function requireDetailsKey(key: Buffer | null): Buffer {
  if (!key) throw new AppError('unavailable', 'withdrawals.methods.errors.noKey');
  return key;
}

export type PaypalDetails = { email: string };
export type SepaDetails = { holderName: string; iban: string; bic: string | null };

export function sealPayoutDetails(details: PaypalDetails | SepaDetails, key: Buffer): string {
  const flat: Record<string, string> =
    'email' in details
      ? { email: details.email }
      : { holderName: details.holderName, iban: details.iban, bic: details.bic ?? '' };
  return encryptCredentials(flat, key);
}

/** The details as saved: for payout files (part of the payout batch), never for a page. */
export function openPaypalDetails(sealed: string, key: Buffer): PaypalDetails {
  const flat = decryptCredentials(sealed, key);
  if (!flat.email) throw new AppError('internal', 'sealed PayPal details have no e-mail');
  return { email: flat.email };
}

export function openSepaDetails(sealed: string, key: Buffer): SepaDetails {
  const flat = decryptCredentials(sealed, key);
  if (!flat.holderName || !flat.iban) throw new AppError('internal', 'sealed SEPA details are incomplete');
  return { holderName: flat.holderName, iban: flat.iban, bic: flat.bic || null };
}

/**
 * A keyed hash of a destination in its normal form (lower-cased e-mail, IBAN
 * in electronic format): equal for the same account on two members, without
 * decrypting anything, and useless to whoever reads it without the key.
 */
export function payoutFingerprint(
  kind: PayoutMethodKind | 'gift_card_code',
  normalised: string,
  key: Buffer,
): string {
  const subkey = createHmac('sha256', key).update('payout-fingerprint-v1').digest();
  return createHmac('sha256', subkey).update(`${kind}:${normalised}`).digest('hex');
}

/** A gift card e-code at rest (ops upload it; the member sees it once it is theirs). */
export function sealGiftCardCode(code: string, key: Buffer): string {
  return encryptCredentials({ code }, key);
}

export function openGiftCardCode(sealed: string, key: Buffer): string {
  const { code } = decryptCredentials(sealed, key);
  if (!code) throw new AppError('internal', 'sealed gift card code is empty');
  return code;
}
