import type { Tx } from '@/db/client';
import type { Withdrawal } from '@/db/schema';
import { enqueueEmail } from '@/lib/notifications/enqueue-email';
import type { NotifyConfig } from './notify-withdrawal-closed';
import { destinationText, withdrawalLink } from './withdrawal-links';
import { withdrawalRecipient } from './withdrawal-recipient';

/**
 * The receipt of a paid withdrawal, in the transaction that marked it paid.
 * A gift card code is sent even to a member who turned withdrawal e-mails
 * off: it is what they withdrew (their withdrawals page does not show it).
 */
export async function notifyWithdrawalPaid(
  tx: Tx,
  withdrawal: Withdrawal,
  config: NotifyConfig,
  giftCardCode: string | null = null,
): Promise<void> {
  const member = await withdrawalRecipient(tx, withdrawal);
  if (!member) return;
  if (!member.prefs.withdrawals && giftCardCode === null) return;
  const kind = giftCardCode !== null ? 'gift_card' : withdrawal.method === 'charity' ? 'donation' : 'payment';
  await enqueueEmail(tx, {
    template: 'withdrawal-paid',
    locale: member.locale,
    to: member.email,
    params: {
      name: member.name,
      amount: member.amount,
      destination:
        kind === 'payment'
          ? destinationText(member.locale, withdrawal.method, withdrawal.destinationLabel)
          : withdrawal.destinationLabel,
      kind,
      code: giftCardCode ?? '',
      link: withdrawalLink(config.appUrl, 'withdrawals'),
    },
    dedupeKey: `withdrawal-paid:${withdrawal.id}`,
    delivery: config.delivery,
  });
}
