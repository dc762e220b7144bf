import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { charities, giftCardBrands, type PayoutMethodKind, payoutMethods } from '@/db/schema';

// A member's live payout methods as their page shows them: masked details
// (or the charity's or brand's name), and where each stands.

export type MemberPayoutMethod = {
  id: string;
  kind: PayoutMethodKind;
  /** The masked destination, the charity's or the brand's name. */
  label: string;
  verified: boolean;
  /** Not verified and its link has run out: the member saves it again for a new link. */
  linkExpired: boolean;
  /** Within the 72 hours after it was set: withdrawals to it need an e-mailed confirmation. */
  recentlyChanged: boolean;
  giftCardBrandId: number | null;
  giftCardCurrency: string | null;
  createdAt: Date;
};

export async function memberPayoutMethods(
  db: DbOrTx,
  userId: string,
  securityHoldHours: number,
): Promise<MemberPayoutMethod[]> {
  const rows = await db
    .select({
      id: payoutMethods.id,
      kind: payoutMethods.kind,
      maskedDetail: payoutMethods.maskedDetail,
      charityName: charities.name,
      brandName: giftCardBrands.name,
      giftCardBrandId: payoutMethods.giftCardBrandId,
      giftCardCurrency: giftCardBrands.currency,
      verified: sql<boolean>`${payoutMethods.verifiedAt} is not null`,
      linkExpired: sql<boolean>`coalesce(${payoutMethods.verificationExpiresAt} <= now(), false)`,
      recentlyChanged: sql<boolean>`${payoutMethods.detailsChangedAt} > now() - ${securityHoldHours} * interval '1 hour'`,
      createdAt: payoutMethods.createdAt,
    })
    .from(payoutMethods)
    .leftJoin(charities, eq(charities.id, payoutMethods.charityId))
    .leftJoin(giftCardBrands, eq(giftCardBrands.id, payoutMethods.giftCardBrandId))
    .where(and(eq(payoutMethods.userId, userId), isNull(payoutMethods.archivedAt)))
    .orderBy(asc(payoutMethods.createdAt));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    label: row.maskedDetail ?? row.charityName ?? row.brandName ?? '',
    verified: row.verified,
    linkExpired: row.linkExpired,
    recentlyChanged: row.recentlyChanged,
    giftCardBrandId: row.giftCardBrandId,
    giftCardCurrency: row.giftCardCurrency,
    createdAt: row.createdAt,
  }));
}
