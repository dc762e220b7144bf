import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  authTokens,
  clicks,
  defaultNotificationPrefs,
  emailOutbox,
  loginAttempts,
  userSessions,
  users,
} from '@/db/schema';
import { enqueueEmail } from '@/lib/notifications/enqueue-email';
import { requireUser } from './account-user';
import { writeAudit } from './audit';
import { type AccountsConfig, accountsConfig } from './config';

// "Delete my account" (GDPR art. 17). The row stays, because financial records
// (clicks, cashback, ledger, payouts) point at its id and accounting law keeps
// them for years; what identifies the person is erased: address, name,
// password, referral code, sessions, e-mailed links, sign-in attempts and the
// e-mails already sent. The goodbye e-mail is queued to the old address first,
// and is the only trace of it left until the sender has sent it.
//
// Kept: the audit log (security record, no names or addresses in it), the
// consent timestamps (proof of what was agreed while the account existed) and
// the click rows (the evidence a sale is attributed and paid with: id, store,
// time, terms), scrubbed of what describes the person and their device: the
// IP hash, the user agent and the page they came from.
// The edge must confirm the intent first: lib/accounts/confirm-deletion.ts.

export async function deleteAccount(
  db: DbOrTx,
  input: { userId: string; ip?: string | null; actorUserId?: string },
  config: Pick<AccountsConfig, 'delivery'> = accountsConfig(),
): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await requireUser(tx, input.userId, { lock: true });
    const tokenAddresses = await tx
      .selectDistinct({ email: authTokens.email })
      .from(authTokens)
      .where(eq(authTokens.userId, user.id));
    const addresses = [...new Set([user.email, ...tokenAddresses.map((row) => row.email)])];

    const goodbye = await enqueueEmail(tx, {
      template: 'account-deleted',
      locale: user.locale,
      to: user.email,
      params: { name: user.name },
      dedupeKey: `account-deleted:${user.id}`,
      delivery: config.delivery,
    });
    await tx.delete(emailOutbox).where(
      and(
        inArray(emailOutbox.toAddress, addresses),
        // Not one being sent right now; those go with the outbox's own retention.
        inArray(emailOutbox.status, ['sent', 'held', 'failed', 'pending']),
        ne(emailOutbox.id, goodbye.id),
      ),
    );
    await tx.delete(userSessions).where(eq(userSessions.userId, user.id));
    await tx.delete(authTokens).where(eq(authTokens.userId, user.id));
    await tx
      .update(clicks)
      .set({ ipHash: null, userAgent: null, referrerPath: null })
      .where(eq(clicks.userId, user.id));
    await tx
      .delete(loginAttempts)
      .where(or(eq(loginAttempts.userId, user.id), eq(loginAttempts.email, user.email)));
    await tx
      .update(users)
      .set({
        email: `deleted-${user.id}@invalid`,
        name: '',
        passwordHash: null,
        emailVerifiedAt: null,
        referralCodeInput: null,
        notificationPrefs: defaultNotificationPrefs,
        deletedAt: sql`now()`,
      })
      .where(eq(users.id, user.id));
    await writeAudit(tx, {
      actorUserId: input.actorUserId ?? user.id,
      action: 'account.deleted',
      targetUserId: user.id,
      ip: input.ip,
    });
  });
}
