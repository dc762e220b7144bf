import { randomBytes, randomUUID } from 'node:crypto';
import type { Db, DbOrTx } from '@/db/client';
import { charities, giftCardBrands, giftCards } from '@/db/schema';
import { postEntry } from '@/lib/ledger/post-entry';
import { issueFormKey } from '@/lib/withdrawals/form-key';
import { payoutFingerprint, sealGiftCardCode } from '@/lib/withdrawals/payout-secrets';
import { savePayoutMethod } from '@/lib/withdrawals/save-payout-method';
import { verifyPayoutMethod } from '@/lib/withdrawals/verify-payout-method';
import type { WithdrawalsConfig } from '@/lib/withdrawals/withdrawals-config';
import { mailTo, tokenFrom } from './accounts';

// Withdrawal test set-up (tests only): a config with its own keys, credits
// to a member's available balance, verified payout methods through the real
// e-mailed-link flow, charities and gift card stock.

export const withdrawalTestConfig: WithdrawalsConfig = {
  appUrl: 'https://ristourne.test',
  delivery: 'mailbox',
  formSecret: 'test-withdrawal-form-secret-0123456789',
  detailsKey: randomBytes(32),
  minimumMinor: { paypal: 1_000, sepa: 1_000, charity: 100 },
  maximumMinor: 1_000_000,
};

/** A fresh signed form key for this member, as the page would render it. */
export function formKeyFor(userId: string, key: string = randomUUID()): string {
  return issueFormKey(withdrawalTestConfig.formSecret, userId, key);
}

/** Credits the member's available balance (a bonus: Dr marketing_expense / Cr member_available). */
export async function credit(db: Db, userId: string, amountMinor: number, currency = 'EUR') {
  await db.transaction((tx) =>
    postEntry(tx, {
      sourceType: 'bonus',
      sourceKey: `test-${randomUUID()}`,
      kind: 'bonus',
      userId,
      lines: [
        { account: { kind: 'marketing_expense', currency }, amountMinor },
        { account: { kind: 'member_available', currency, userId }, amountMinor: -amountMinor },
      ],
    }),
  );
}

/** The `?token=` of the newest e-mail to `address`. */
export async function lastLinkToken(db: DbOrTx, address: string): Promise<string> {
  const [mail] = await mailTo(db, address);
  return tokenFrom(mail!.textBody);
}

/** A PayPal method saved and confirmed through its e-mailed link. */
export async function verifiedPaypal(
  db: Db,
  user: { id: string; email: string },
  paypal = 'jeanne@example.com',
) {
  const { methodId } = await savePayoutMethod(
    db,
    { userId: user.id, method: { kind: 'paypal', email: paypal } },
    withdrawalTestConfig,
  );
  await verifyPayoutMethod(db, { userId: user.id, token: await lastLinkToken(db, user.email) });
  return methodId;
}

let counter = 0;

export async function insertCharity(db: DbOrTx, overrides: { active?: boolean; name?: string } = {}) {
  counter += 1;
  const [row] = await db
    .insert(charities)
    .values({
      slug: `charity-${counter}-${Date.now()}`,
      name: overrides.name ?? `Charity ${counter}`,
      active: overrides.active ?? true,
    })
    .returning();
  return row!;
}

/** A brand with one card per value in `valuesMinor`. */
export async function insertGiftCardStock(db: DbOrTx, valuesMinor: number[], key: Buffer) {
  counter += 1;
  const [brand] = await db
    .insert(giftCardBrands)
    .values({ slug: `brand-${counter}-${Date.now()}`, name: `Brand ${counter}`, currency: 'EUR' })
    .returning();
  for (const valueMinor of valuesMinor) {
    const code = `CODE-${randomUUID()}`;
    await db.insert(giftCards).values({
      brandId: brand!.id,
      valueMinor,
      currency: 'EUR',
      codeEncrypted: sealGiftCardCode(code, key),
      codeFingerprint: payoutFingerprint('gift_card_code', code, key),
    });
  }
  return brand!;
}
