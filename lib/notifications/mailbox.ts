import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { emailOutbox, type OutboxEmail } from '@/db/schema';
import { extractLinks } from './extract-links';

// Read side of /dev/mailbox: the stored e-mails, newest first, and one e-mail
// with the links of its text (what Playwright clicks to verify an address).

export const MAILBOX_LIMIT_MAX = 200;

export type MailboxEntry = Pick<
  OutboxEmail,
  'id' | 'template' | 'locale' | 'toAddress' | 'subject' | 'status' | 'createdAt'
>;

export type MailboxEmail = OutboxEmail & { links: string[] };

export async function listMailbox(db: DbOrTx, { limit }: { limit: number }): Promise<MailboxEntry[]> {
  const capped = Math.min(Math.max(Math.trunc(limit), 1), MAILBOX_LIMIT_MAX);
  return (
    db
      .select({
        id: emailOutbox.id,
        template: emailOutbox.template,
        locale: emailOutbox.locale,
        toAddress: emailOutbox.toAddress,
        subject: emailOutbox.subject,
        status: emailOutbox.status,
        createdAt: emailOutbox.createdAt,
      })
      .from(emailOutbox)
      // id breaks ties: e-mails enqueued in one transaction share created_at.
      .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
      .limit(capped)
  );
}

export async function getMailboxEmail(db: DbOrTx, id: number): Promise<MailboxEmail | null> {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return row ? { ...row, links: extractLinks(row.textBody) } : null;
}
