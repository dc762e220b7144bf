import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { validationError } from '@/lib/errors';
import { locales } from '@/lib/i18n/config';
import type { MessageKey } from '@/lib/i18n/types';
import { enqueueEmail } from '@/lib/notifications/enqueue-email';
import { findUserByEmail } from './account-user';
import { writeAudit } from './audit';
import { type AccountsConfig, accountsConfig } from './config';
import { emailField } from './email-address';
import { accountLink } from './links';
import { hashPassword } from './password-hash';
import { newPasswordIssues } from './password-policy';
import { issueToken } from './tokens';

// Sign-up. The account, its verification token and the verification e-mail are
// written in one transaction: all three or none.
//
// An address that already has an account gets the same answer ("check your
// inbox"), so the form cannot be used to find out who is a member. Its owner
// receives an `account-exists` e-mail instead (at most one a day), with links
// to sign in or reset the password; nothing about the account changes. Both
// paths hash the password, so they also take the same time.

export type SignUpInput = {
  email: string;
  password: string;
  passwordConfirmation: string;
  name: string;
  locale: string;
  acceptTerms: boolean;
  acceptPrivacy: boolean;
  referralCode?: string | null;
  ip?: string | null;
};

/** `existing`: the address had an account. Edges must answer exactly as for `created`. */
export type SignUpResult = { outcome: 'created'; userId: string } | { outcome: 'existing' };

const key = (k: MessageKey) => ({ message: k });

export const signUpSchema = z.object({
  email: emailField,
  name: z.string().trim().min(1, key('auth.name.required')).max(100, key('auth.name.tooLong')),
  locale: z.enum(locales, key('auth.locale.invalid')),
  acceptTerms: z.literal(true, key('auth.consent.termsRequired')),
  acceptPrivacy: z.literal(true, key('auth.consent.privacyRequired')),
  referralCode: z
    .string()
    .trim()
    .max(32, key('auth.referralCode.invalid'))
    .regex(/^[A-Za-z0-9_-]*$/, key('auth.referralCode.invalid'))
    .nullish()
    .transform((code) => code || null),
});

export async function signUp(
  db: DbOrTx,
  input: SignUpInput,
  config: AccountsConfig = accountsConfig(),
): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(input);
  // Password issues are reported together with the others, not after a resubmit.
  const passwordIssues = newPasswordIssues({
    password: input.password,
    confirmation: input.passwordConfirmation,
    email: parsed.success ? parsed.data.email : input.email,
  });
  if (!parsed.success || passwordIssues.length > 0) {
    throw validationError([...(parsed.error?.issues ?? []), ...passwordIssues], 'auth.invalidInput');
  }
  const { email, name, locale, referralCode } = parsed.data;
  const passwordHash = await hashPassword(input.password);

  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({
        email,
        name,
        locale,
        passwordHash,
        referralCodeInput: referralCode,
        termsAcceptedAt: sql`now()`,
        privacyAcceptedAt: sql`now()`,
      })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });

    if (created) {
      const token = await issueToken(tx, { purpose: 'verify_email', userId: created.id, email });
      await enqueueEmail(tx, {
        template: 'verify-email',
        locale,
        to: email,
        params: { name, link: accountLink(config.appUrl, 'verifyEmail', token.token) },
        dedupeKey: `verify:${created.id}:${token.id}`,
        delivery: config.delivery,
      });
      await writeAudit(tx, {
        actorUserId: created.id,
        action: 'account.created',
        targetUserId: created.id,
        ip: input.ip,
      });
      return { outcome: 'created', userId: created.id };
    }

    const existing = await findUserByEmail(tx, email);
    if (existing) {
      const day = new Date().toISOString().slice(0, 10);
      await enqueueEmail(tx, {
        template: 'account-exists',
        locale: existing.locale,
        to: email,
        params: {
          name: existing.name,
          signInLink: accountLink(config.appUrl, 'signIn'),
          resetLink: accountLink(config.appUrl, 'forgotPassword'),
        },
        dedupeKey: `account-exists:${existing.id}:${day}`,
        delivery: config.delivery,
      });
    }
    return { outcome: 'existing' };
  });
}
