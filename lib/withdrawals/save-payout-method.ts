import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { charities, giftCardBrands, type PayoutMethodKind, payoutMethods, users } from '@/db/schema';
import { requireUser } from '@/lib/accounts/account-user';
import { writeAudit } from '@/lib/accounts/audit';
import { generateToken, hashToken } from '@/lib/accounts/tokens';
import { AppError, validationError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { enqueueEmail } from '@/lib/notifications/enqueue-email';
import { maskEmail, maskIban } from '@/lib/payouts/mask-payout-detail';
import { paypalPayoutMethodSchema, sepaPayoutMethodSchema } from '@/lib/payouts/payout-method-form';
import { payoutFingerprint, requireDetailsKey, sealPayoutDetails } from './payout-secrets';
import { destinationText, withdrawalLink } from './withdrawal-links';
import {
  LINK_TTL_HOURS,
  LINKS_PER_HOUR_MAX,
  type WithdrawalsConfig,
  withdrawalsConfig,
} from './withdrawals-config';

// A member saves a payout method: PayPal (an address), a SEPA account
// (holder, IBAN, BIC when its country needs one), a charity ops configured,
// or a gift card brand. Details are validated, encrypted and masked; the
// method is usable once the link e-mailed to the account's address is opened
// (verify-payout-method.ts). One live method per kind: saving another
// archives the previous one, so details never change under a withdrawal that
// points at them, and a new destination always starts its 72-hour window.

export type PayoutMethodInput =
  | { kind: 'paypal'; email: string }
  | { kind: 'sepa'; holderName: string; iban: string; bic?: string | null }
  | { kind: 'charity'; charityId: string }
  | { kind: 'gift_card'; giftCardBrandId: string };

export const EMAIL_UNVERIFIED = 'withdrawals.errors.emailUnverified' satisfies MessageKey;

type Prepared = {
  kind: PayoutMethodKind;
  detailsEncrypted: string | null;
  maskedDetail: string | null;
  detailsFingerprint: string | null;
  charityId: number | null;
  giftCardBrandId: number | null;
  /** How the e-mail names it. */
  label: string;
};

export async function savePayoutMethod(
  db: Db,
  input: { userId: string; method: PayoutMethodInput; ip?: string | null },
  config: WithdrawalsConfig = withdrawalsConfig(),
): Promise<{ methodId: string }> {
  const user = await requireUser(db, input.userId);
  if (!user.emailVerifiedAt) throw new AppError('forbidden', EMAIL_UNVERIFIED);
  const prepared = await prepare(db, input.method, config);

  return db.transaction(async (tx) => {
    // One member's saves run one at a time: the archive-then-insert below and the hourly limit hold.
    await tx.execute(sql`select 1 from ${users} where ${users.id} = ${user.id} for no key update`);
    const [recent] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(payoutMethods)
      .where(
        and(eq(payoutMethods.userId, user.id), gt(payoutMethods.createdAt, sql`now() - interval '1 hour'`)),
      );
    if ((recent?.n ?? 0) >= LINKS_PER_HOUR_MAX) {
      throw new AppError('rate_limited', 'withdrawals.errors.rateLimited' satisfies MessageKey, {
        retryAfterS: 3600,
      });
    }
    await tx
      .update(payoutMethods)
      .set({ archivedAt: sql`now()`, verificationTokenHash: null, verificationExpiresAt: null })
      .where(
        and(
          eq(payoutMethods.userId, user.id),
          eq(payoutMethods.kind, prepared.kind),
          isNull(payoutMethods.archivedAt),
        ),
      );
    const token = generateToken();
    const [method] = await tx
      .insert(payoutMethods)
      .values({
        userId: user.id,
        kind: prepared.kind,
        detailsEncrypted: prepared.detailsEncrypted,
        maskedDetail: prepared.maskedDetail,
        detailsFingerprint: prepared.detailsFingerprint,
        charityId: prepared.charityId,
        giftCardBrandId: prepared.giftCardBrandId,
        verificationTokenHash: hashToken(token),
        verificationExpiresAt: sql`now() + ${LINK_TTL_HOURS} * interval '1 hour'`,
      })
      .returning({ id: payoutMethods.id });
    await enqueueEmail(tx, {
      template: 'payout-method-verify',
      locale: user.locale,
      to: user.email,
      params: {
        name: user.name,
        method: destinationText(user.locale, prepared.kind, prepared.label),
        link: withdrawalLink(config.appUrl, 'verifyMethod', token),
        hours: LINK_TTL_HOURS,
      },
      dedupeKey: `payout-method-verify:${method!.id}`,
      delivery: config.delivery,
    });
    await writeAudit(tx, {
      actorUserId: user.id,
      action: 'payout_method.added',
      targetUserId: user.id,
      details: { payoutMethodId: method!.id, kind: prepared.kind },
      ip: input.ip,
    });
    return { methodId: method!.id };
  });
}

async function prepare(db: Db, method: PayoutMethodInput, config: WithdrawalsConfig): Promise<Prepared> {
  const none = {
    detailsEncrypted: null,
    maskedDetail: null,
    detailsFingerprint: null,
    charityId: null,
    giftCardBrandId: null,
  };
  switch (method.kind) {
    case 'paypal': {
      const parsed = paypalPayoutMethodSchema.safeParse({ email: method.email });
      if (!parsed.success) throw validationError(parsed.error.issues, INVALID);
      const key = requireDetailsKey(config.detailsKey);
      const masked = maskEmail(parsed.data.email);
      return {
        ...none,
        kind: 'paypal',
        detailsEncrypted: sealPayoutDetails({ email: parsed.data.email }, key),
        maskedDetail: masked,
        detailsFingerprint: payoutFingerprint('paypal', parsed.data.email, key),
        label: masked,
      };
    }
    case 'sepa': {
      const parsed = sepaPayoutMethodSchema.safeParse({
        holderName: method.holderName,
        iban: method.iban,
        bic: method.bic,
      });
      if (!parsed.success) throw validationError(parsed.error.issues, INVALID);
      const key = requireDetailsKey(config.detailsKey);
      const masked = maskIban(parsed.data.iban);
      return {
        ...none,
        kind: 'sepa',
        detailsEncrypted: sealPayoutDetails(parsed.data, key),
        maskedDetail: masked,
        detailsFingerprint: payoutFingerprint('sepa', parsed.data.iban, key),
        label: masked,
      };
    }
    case 'charity': {
      const id = positiveId(method.charityId);
      const [charity] = id
        ? await db
            .select({ id: charities.id, name: charities.name })
            .from(charities)
            .where(and(eq(charities.id, id), eq(charities.active, true)))
        : [];
      if (!charity) throw fieldError('charityId', 'withdrawals.methods.errors.charity');
      return { ...none, kind: 'charity', charityId: charity.id, label: charity.name };
    }
    case 'gift_card': {
      const id = positiveId(method.giftCardBrandId);
      const [brand] = id
        ? await db
            .select({ id: giftCardBrands.id, name: giftCardBrands.name })
            .from(giftCardBrands)
            .where(and(eq(giftCardBrands.id, id), eq(giftCardBrands.active, true)))
        : [];
      if (!brand) throw fieldError('giftCardBrandId', 'withdrawals.methods.errors.giftCardBrand');
      return { ...none, kind: 'gift_card', giftCardBrandId: brand.id, label: brand.name };
    }
  }
}

const INVALID = 'payouts.method.invalidInput' satisfies MessageKey;

function positiveId(value: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(value.trim()) && Number(value) <= 2_147_483_647 ? Number(value) : null;
}

function fieldError(field: string, message: MessageKey): AppError {
  return validationError([{ path: [field], message }], INVALID);
}
