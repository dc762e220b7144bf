import type { Locale } from '@/lib/i18n/config';
import { dormantReminder, dormantSettled, dormantWarning } from '@/lib/withdrawals/emails/dormant-balance';
import { payoutMethodVerify } from '@/lib/withdrawals/emails/payout-method-verify';
import { withdrawalRejected, withdrawalReturned } from '@/lib/withdrawals/emails/withdrawal-closed';
import { withdrawalConfirm } from '@/lib/withdrawals/emails/withdrawal-confirm';
import { withdrawalPaid } from '@/lib/withdrawals/emails/withdrawal-paid';
import { accountDeleted } from './account-deleted';
import { accountExists } from './account-exists';
import { emailChangeVerify } from './email-change-verify';
import { emailChangedNotice } from './email-changed-notice';
import type { RenderedEmail } from './layout';
import { magicLink } from './magic-link';
import { passwordReset } from './password-reset';
import { verifyEmail } from './verify-email';

// The registry: a template's name is what the outbox stores, its params type is
// what callers must pass. Adding an e-mail = one file + one line here.

export type { RenderedEmail } from './layout';

type EmailTemplate<Params> = (locale: Locale, params: Params) => RenderedEmail;

export const emailTemplates = {
  'verify-email': verifyEmail,
  'password-reset': passwordReset,
  'magic-link': magicLink,
  'email-change-verify': emailChangeVerify,
  'email-changed-notice': emailChangedNotice,
  'account-deleted': accountDeleted,
  'account-exists': accountExists,
  'payout-method-verify': payoutMethodVerify,
  'withdrawal-confirm': withdrawalConfirm,
  'withdrawal-rejected': withdrawalRejected,
  'withdrawal-returned': withdrawalReturned,
  'withdrawal-paid': withdrawalPaid,
  'dormant-warning': dormantWarning,
  'dormant-reminder': dormantReminder,
  'dormant-settled': dormantSettled,
} as const satisfies Record<string, EmailTemplate<never>>;

export type TemplateName = keyof typeof emailTemplates;
export type TemplateParams<T extends TemplateName> = Parameters<(typeof emailTemplates)[T]>[1];

export const templateNames = Object.keys(emailTemplates) as TemplateName[];

export function isTemplateName(value: unknown): value is TemplateName {
  return typeof value === 'string' && Object.hasOwn(emailTemplates, value);
}

/** Renders one template; pure, so the outbox stores exactly what is sent. */
export function renderTemplate<T extends TemplateName>(
  template: T,
  locale: Locale,
  params: TemplateParams<T>,
): RenderedEmail {
  // TypeScript cannot correlate `T` across the lookup and the params; the
  // signature above is what keeps callers honest.
  const render = emailTemplates[template] as EmailTemplate<TemplateParams<T>>;
  return render(locale, params);
}
