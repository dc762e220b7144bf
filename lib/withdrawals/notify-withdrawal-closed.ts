import type { Tx } from '@/db/client';
import type { Withdrawal } from '@/db/schema';
import { enqueueEmail } from '@/lib/notifications/enqueue-email';
import { destinationText, withdrawalLink } from './withdrawal-links';
import { withdrawalRecipient } from './withdrawal-recipient';
import type { WithdrawalsConfig } from './withdrawals-config';

export type NotifyConfig = Pick<WithdrawalsConfig, 'appUrl' | 'delivery'>;

/**
 * Tells the member their withdrawal was rejected or came back, and why, in
 * the transaction that moved the money back (the e-mail exists iff that
 * commits). A member who turned off withdrawal e-mails still sees it on
 * their withdrawals page.
 */
export async function notifyWithdrawalClosed(
  tx: Tx,
  withdrawal: Withdrawal,
  kind: 'rejected' | 'returned',
  config: NotifyConfig,
): Promise<void> {
  const member = await withdrawalRecipient(tx, withdrawal);
  if (!member?.prefs.withdrawals) return;
  const reason = kind === 'rejected' ? withdrawal.rejectReason : withdrawal.returnReason;
  await enqueueEmail(tx, {
    template: kind === 'rejected' ? 'withdrawal-rejected' : 'withdrawal-returned',
    locale: member.locale,
    to: member.email,
    params: {
      name: member.name,
      amount: member.amount,
      destination: destinationText(member.locale, withdrawal.method, withdrawal.destinationLabel),
      reason: reason ?? '',
      link: withdrawalLink(config.appUrl, 'withdrawals'),
    },
    dedupeKey: `withdrawal-${kind}:${withdrawal.id}`,
    delivery: config.delivery,
  });
}
