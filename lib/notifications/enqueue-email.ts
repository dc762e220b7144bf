import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { env } from '@/lib/env';
import { validationError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { type EmailDelivery, emailDelivery } from './email-delivery';
import { renderTemplate, type TemplateName, type TemplateParams } from './templates';

// The only way to send an e-mail: render it and write it to the outbox with
// the caller's handle. Pass the transaction of the change that causes the
// e-mail, and the e-mail exists iff that change commits.

const inputSchema = z.object({
  to: z.email({ message: 'must be a valid e-mail address' }).max(254, 'must be at most 254 characters'),
  dedupeKey: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional(),
});

export type EnqueueEmailInput<T extends TemplateName> = {
  template: T;
  locale: Locale;
  to: string;
  params: TemplateParams<T>;
  /** Same key twice = one e-mail ("verify:<user id>:<token id>"). */
  dedupeKey?: string;
  /** 'smtp': pending for the sender; 'mailbox': held for /dev/mailbox. Defaults from SMTP_URL. */
  delivery?: EmailDelivery;
};

export type EnqueuedEmail = { id: number; created: boolean };

export async function enqueueEmail<T extends TemplateName>(
  db: DbOrTx,
  input: EnqueueEmailInput<T>,
): Promise<EnqueuedEmail> {
  const parsed = inputSchema.safeParse({ to: input.to.trim(), dedupeKey: input.dedupeKey });
  if (!parsed.success) throw validationError(parsed.error.issues, 'Invalid e-mail');
  const { to, dedupeKey } = parsed.data;
  const delivery = input.delivery ?? emailDelivery(env());
  const email = renderTemplate(input.template, input.locale, input.params);

  const inserted = await db
    .insert(emailOutbox)
    .values({
      template: input.template,
      locale: input.locale,
      toAddress: to,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html,
      dedupeKey,
      status: delivery === 'smtp' ? 'pending' : 'held',
    })
    .onConflictDoNothing({ target: emailOutbox.dedupeKey })
    .returning({ id: emailOutbox.id });
  if (inserted[0]) return { id: inserted[0].id, created: true };

  // Only the dedupe key can conflict. Under READ COMMITTED the insert waited
  // for a concurrent writer of the same key, so its row is visible here.
  const [existing] = await db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(eq(emailOutbox.dedupeKey, dedupeKey!));
  if (!existing) throw new Error(`email_outbox: dedupe key conflict without a visible row (${dedupeKey})`);
  return { id: existing.id, created: false };
}
