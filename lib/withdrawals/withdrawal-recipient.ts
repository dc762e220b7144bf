import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { users, type Withdrawal } from '@/db/schema';
import { intlLocale } from '@/lib/i18n/config';
import { formatMoney } from '@/lib/money';

/** Who a withdrawal e-mail goes to, or null for an anonymised (deleted) member; the amount in their language. */
export async function withdrawalRecipient(tx: Tx, withdrawal: Withdrawal) {
  const [member] = await tx
    .select({
      email: users.email,
      name: users.name,
      locale: users.locale,
      prefs: users.notificationPrefs,
      deletedAt: users.deletedAt,
    })
    .from(users)
    .where(eq(users.id, withdrawal.userId));
  if (!member || member.deletedAt) return null;
  const amount = formatMoney(
    { amountMinor: withdrawal.amountMinor, currency: withdrawal.currency },
    intlLocale[member.locale],
  );
  return { ...member, amount };
}
