import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { validationError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';

// The withdrawal form's idempotency key. The page makes a random UUID and
// signs it for the member (`<uuid>.<mac>`); a double-submitted form carries
// the same key and so makes one withdrawal (a unique index on member + key).
// The signature means a key the server did not hand to this member (typed
// by hand, edited, taken from another member's form) is refused before
// anything is written, rather than quietly making or matching a request.

const FORM_KEY =
  /^([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;
export const FORM_KEY_INVALID = 'withdrawals.request.errors.formKey' satisfies MessageKey;

function mac(secret: string, userId: string, key: string): string {
  return createHmac('sha256', secret).update(`withdrawal-form:${userId}:${key}`).digest('base64url');
}

export function issueFormKey(secret: string, userId: string, key: string = randomUUID()): string {
  return `${key}.${mac(secret, userId, key)}`;
}

/** The UUID inside a form key this member was given; a malformed or tampered key is a field error. */
export function readFormKey(secret: string, userId: string, formKey: string): string {
  const match = FORM_KEY.exec(formKey.trim());
  if (match) {
    const expected = Buffer.from(mac(secret, userId, match[1]!));
    const given = Buffer.from(match[2]!);
    if (expected.length === given.length && timingSafeEqual(expected, given)) return match[1]!;
  }
  throw validationError([{ path: ['formKey'], message: FORM_KEY_INVALID }], FORM_KEY_INVALID);
}
