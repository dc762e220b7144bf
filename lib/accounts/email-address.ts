import { z } from 'zod';
import type { MessageKey } from '@/lib/i18n/types';

// One spelling per address: trimmed and lower-cased before it is stored,
// compared or looked up, so "Zoe@Example.com " and "zoe@example.com" are one
// account. (Local parts are case-sensitive in theory; no mail host we will
// meet treats them so, and two accounts differing by case would be a trap.)

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const EMAIL_MAX_LENGTH = 254;

/** A zod field for an e-mail address typed by a person; messages are i18n keys. */
export const emailField = z
  .string({ message: 'auth.email.invalid' satisfies MessageKey })
  .transform(normaliseEmail)
  .pipe(
    z
      .email({ message: 'auth.email.invalid' satisfies MessageKey })
      .max(EMAIL_MAX_LENGTH, { message: 'auth.email.tooLong' satisfies MessageKey }),
  );
