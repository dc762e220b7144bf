import { createHash } from 'node:crypto';
import { AppError } from '@/lib/errors';

// A payout batch's idempotency key is derived from what it pays, not from
// when it was made: the same method and the same set of withdrawals always
// give the same key, in any order, so a unique index on it (and PayPal's
// sender_batch_id, and the SEPA message id) refuse to pay one selection twice.

export type PayoutBatchMethod = 'sepa' | 'paypal' | 'charity' | 'gift_card';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** SHA-256 of `parts` (as a JSON array, so no two lists collide) in Crockford base32, cut to `length` characters (≤ 51, the 256 bits). */
export function hashId(parts: readonly string[], length: number): string {
  if (!Number.isSafeInteger(length) || length < 1 || length > 51) {
    throw new RangeError(`hash id length must be 1..51 (got ${length})`);
  }
  const digest = createHash('sha256').update(JSON.stringify(parts)).digest();
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** 26 base32 characters: 130 bits, so two different selections never share a key. */
const KEY_HASH_LENGTH = 26;

/**
 * "sepa-1J8W…" (31 to 36 characters: letters, digits, "-", "_"): the key of a batch paying
 * exactly `withdrawalIds` by `method`. A selection that is empty or names a
 * withdrawal twice is refused, since either means the caller lost track.
 */
export function payoutBatchKey(
  method: PayoutBatchMethod,
  withdrawalIds: ReadonlyArray<string | number>,
): string {
  if (withdrawalIds.length === 0)
    throw new AppError('unprocessable', 'A payout batch needs at least one withdrawal');
  const ids = withdrawalIds.map(String).sort();
  for (let i = 1; i < ids.length; i++) {
    if (ids[i] === ids[i - 1]) {
      throw new AppError('unprocessable', `Withdrawal ${ids[i]} is selected twice for one payout batch`);
    }
  }
  return `${method}-${hashId([method, ...ids], KEY_HASH_LENGTH)}`;
}
