import type { DbOrTx } from '@/db/client';
import type { MemberCashbackStatus } from '@/db/schema';
import type { WelcomeBonus } from './ledger-config';
import { postEntry } from './post-entry';

// The welcome bonus (issue 6): when a member's first cashback is confirmed,
// a configured amount is credited to their available balance from marketing
// expense, in the transaction that confirmed it. Once per member, whatever
// happens: the entry's source is the member ("welcome:<user id>"), and a
// source is posted once (post-entry.ts), so two purchases confirmed at the
// same moment still make one bonus. A purchase cancelled later does not take
// the bonus back: it was earned by the first confirmation.

const CONFIRMED: readonly MemberCashbackStatus[] = ['confirmed', 'payable', 'paid'];

/** True when this change is a purchase reaching "confirmed" (or beyond) for the first time. */
export function confirmsPurchase(previous: MemberCashbackStatus | null, next: MemberCashbackStatus): boolean {
  return CONFIRMED.includes(next) && (previous === null || !CONFIRMED.includes(previous));
}

export async function creditWelcomeBonus(
  tx: DbOrTx,
  input: { userId: string; conversionId: string; bonus: WelcomeBonus },
): Promise<{ posted: boolean }> {
  const { amountMinor, currency } = input.bonus;
  if (amountMinor <= 0) return { posted: false };
  const { posted } = await postEntry(tx, {
    sourceType: 'bonus',
    sourceKey: `welcome:${input.userId}`,
    kind: 'welcome_bonus',
    userId: input.userId,
    memo: { firstConfirmedConversionId: input.conversionId },
    lines: [
      { account: { kind: 'marketing_expense', currency }, amountMinor },
      { account: { kind: 'member_available', currency, userId: input.userId }, amountMinor: -amountMinor },
    ],
  });
  return { posted };
}
