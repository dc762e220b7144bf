import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '@/db/client';
import {
  charities,
  giftCardBrands,
  type PayoutMethod,
  payoutMethods,
  type Withdrawal,
  type WithdrawalHoldReason,
  withdrawalEvents,
  withdrawals,
} from '@/db/schema';
import { requireUser } from '@/lib/accounts/account-user';
import { writeAudit } from '@/lib/accounts/audit';
import { generateToken, hashToken } from '@/lib/accounts/tokens';
import { AppError, isAppError, validationError } from '@/lib/errors';
import { intlLocale } from '@/lib/i18n/config';
import type { MessageKey } from '@/lib/i18n/types';
import { INSUFFICIENT_BALANCE, postEntry } from '@/lib/ledger/post-entry';
import { assertCurrency, formatMoney } from '@/lib/money';
import { enqueueEmail } from '@/lib/notifications/enqueue-email';
import { readFormKey } from './form-key';
import { giftCardValues } from './payout-options';
import { EMAIL_UNVERIFIED } from './save-payout-method';
import {
  AMOUNT_MESSAGES,
  type AmountProblem,
  amountProblem,
  parseWithdrawalAmount,
} from './withdrawal-amount';
import { destinationText, withdrawalLink } from './withdrawal-links';
import { requestMove } from './withdrawal-transitions';
import {
  LINK_TTL_HOURS,
  SECURITY_HOLD_HOURS,
  type WithdrawalsConfig,
  withdrawalsConfig,
} from './withdrawals-config';

// A member asks to be paid part or all of their available balance. In ONE
// transaction: the withdrawal row (unique per member and form key, so a
// double-submitted form is one request) and the ledger entry moving the
// amount from available to withdrawing. The ledger refuses to take a member's
// available balance below zero (a check on the account row, which postEntry
// locks), so however many requests race on one balance, together they never
// take more than it holds: the ones that would are rolled back whole. The
// first withdrawal, and any to payout details set in the last 72 hours, waits
// on hold for the member to confirm it from their inbox.

export type RequestWithdrawalInput = {
  userId: string;
  payoutMethodId: string;
  /** As typed ("25", "25,50"); ignored when `all` is set. */
  amount: string;
  all?: boolean;
  currency?: string;
  /** The signed key the form was rendered with (form-key.ts). */
  formKey: string;
  ip?: string | null;
};

export type RequestedWithdrawal = { withdrawal: Withdrawal; created: boolean };

const INVALID = 'withdrawals.request.errors.invalid' satisfies MessageKey;

export async function requestWithdrawal(
  db: Db,
  input: RequestWithdrawalInput,
  config: WithdrawalsConfig = withdrawalsConfig(),
): Promise<RequestedWithdrawal> {
  const idempotencyKey = readFormKey(config.formSecret, input.userId, input.formKey);
  const replay = await existing(db, input.userId, idempotencyKey);
  if (replay) return sameRequest(replay, input.payoutMethodId);

  const currency = assertCurrency(input.currency ?? 'EUR');
  const typed = input.all ? null : parseWithdrawalAmount(input.amount, currency);
  if (typed && 'problem' in typed) throw amountError(typed.problem);
  const user = await requireUser(db, input.userId);
  if (!user.emailVerifiedAt) throw new AppError('forbidden', EMAIL_UNVERIFIED);
  const method = await usableMethod(db, user.id, input.payoutMethodId);
  const destination = await destinationLabel(db, method);
  const cardValuesMinor =
    method.kind === 'gift_card' ? await giftCardValues(db, method.giftCardBrandId!, currency) : undefined;
  if (cardValuesMinor && input.all) throw amountError('notACardValue');

  try {
    return await db.transaction(async (tx) => {
      const availableMinor = await availableBalance(tx, user.id, currency);
      const amountMinor = typed ? typed.amountMinor : availableMinor;
      const problem = amountProblem(amountMinor, {
        availableMinor,
        minimumMinor: method.kind === 'gift_card' ? null : config.minimumMinor[method.kind],
        maximumMinor: config.maximumMinor,
        cardValuesMinor,
      });
      if (problem) throw amountError(problem);

      const holdReason = await confirmationNeeded(tx, user.id, method);
      const token = holdReason ? generateToken() : null;
      const [created] = await tx
        .insert(withdrawals)
        .values({
          userId: user.id,
          payoutMethodId: method.id,
          method: method.kind,
          destinationLabel: destination,
          amountMinor,
          currency,
          status: holdReason ? 'on_hold' : 'requested',
          idempotencyKey,
          confirmationRequired: holdReason !== null,
          confirmationTokenHash: token ? hashToken(token) : null,
          confirmationExpiresAt: token ? sql`now() + ${LINK_TTL_HOURS} * interval '1 hour'` : null,
          holdReason,
        })
        .onConflictDoNothing({ target: [withdrawals.userId, withdrawals.idempotencyKey] })
        .returning();
      // The same form submitted twice at once: the other copy committed first; answer with its withdrawal.
      if (!created) return sameRequest((await existing(tx, user.id, idempotencyKey))!, input.payoutMethodId);

      const move = requestMove(created);
      const entry = await postEntry(tx, {
        sourceType: 'withdrawal',
        sourceKey: `${created.id}:requested`,
        kind: move.entryKind,
        userId: user.id,
        createdBy: user.id,
        memo: { withdrawalId: created.id },
        lines: move.lines,
      });
      await tx.insert(withdrawalEvents).values({
        withdrawalId: created.id,
        fromStatus: null,
        toStatus: created.status,
        holdReason,
        actorUserId: user.id,
        entryId: entry.entryId,
      });
      await writeAudit(tx, {
        actorUserId: user.id,
        action: 'withdrawal.requested',
        targetUserId: user.id,
        details: { withdrawalId: created.id, amountMinor, currency, method: method.kind, holdReason },
        ip: input.ip,
      });
      if (token && holdReason) {
        await enqueueEmail(tx, {
          template: 'withdrawal-confirm',
          locale: user.locale,
          to: user.email,
          params: {
            name: user.name,
            amount: formatMoney({ amountMinor, currency }, intlLocale[user.locale]),
            destination: destinationText(user.locale, method.kind, destination),
            reason: holdReason === 'awaiting_confirmation' ? 'first' : 'security',
            link: withdrawalLink(config.appUrl, 'confirm', token),
            hours: LINK_TTL_HOURS,
          },
          dedupeKey: `withdrawal-confirm:${created.id}`,
          delivery: config.delivery,
        });
      }
      return { withdrawal: created, created: true };
    });
  } catch (error) {
    // Another request took the money between our read and our posting: the ledger refused, nothing was written.
    if (isAppError(error) && error.message === INSUFFICIENT_BALANCE) throw amountError('aboveBalance');
    throw error;
  }
}

function amountError(problem: AmountProblem): AppError {
  return validationError([{ path: ['amount'], message: AMOUNT_MESSAGES[problem] }], INVALID);
}

async function existing(db: DbOrTx, userId: string, idempotencyKey: string): Promise<Withdrawal | undefined> {
  const [row] = await db
    .select()
    .from(withdrawals)
    .where(and(eq(withdrawals.userId, userId), eq(withdrawals.idempotencyKey, idempotencyKey)));
  return row;
}

/** A replayed form must be the same request: one key reused for another method is someone editing the form. */
function sameRequest(withdrawal: Withdrawal, payoutMethodId: string): RequestedWithdrawal {
  if (withdrawal.payoutMethodId !== payoutMethodId) {
    throw validationError(
      [{ path: ['formKey'], message: 'withdrawals.request.errors.formKey' satisfies MessageKey }],
      INVALID,
    );
  }
  return { withdrawal, created: false };
}

async function usableMethod(db: DbOrTx, userId: string, methodId: string): Promise<PayoutMethod> {
  const fail = (message: MessageKey) => validationError([{ path: ['payoutMethodId'], message }], INVALID);
  if (!/^[0-9a-f-]{36}$/i.test(methodId)) throw fail('withdrawals.request.errors.method');
  const [method] = await db
    .select()
    .from(payoutMethods)
    .where(
      and(eq(payoutMethods.id, methodId), eq(payoutMethods.userId, userId), isNull(payoutMethods.archivedAt)),
    );
  if (!method) throw fail('withdrawals.request.errors.method');
  if (!method.verifiedAt) throw fail('withdrawals.request.errors.methodUnverified');
  return method;
}

/** What the member and ops will read for this withdrawal's destination, fixed when it is made. */
async function destinationLabel(db: DbOrTx, method: PayoutMethod): Promise<string> {
  const fail = (message: MessageKey) => validationError([{ path: ['payoutMethodId'], message }], INVALID);
  if (method.charityId) {
    const [charity] = await db
      .select({ name: charities.name, active: charities.active })
      .from(charities)
      .where(eq(charities.id, method.charityId));
    if (!charity?.active) throw fail('withdrawals.request.errors.charityInactive');
    return charity.name;
  }
  if (method.giftCardBrandId) {
    const [brand] = await db
      .select({ name: giftCardBrands.name, active: giftCardBrands.active })
      .from(giftCardBrands)
      .where(eq(giftCardBrands.id, method.giftCardBrandId));
    if (!brand?.active) throw fail('withdrawals.request.errors.brandInactive');
    return brand.name;
  }
  return method.maskedDetail!;
}

export async function availableBalance(db: DbOrTx, userId: string, currency: string): Promise<number> {
  const { rows } = await db.execute<{ balance_minor: string }>(sql`
    select balance_minor from ledger_accounts
    where kind = 'member_available' and user_id = ${userId} and currency = ${currency}`);
  // Credit-normal: what we owe the member is negative here.
  return rows[0] ? -Number(rows[0].balance_minor) || 0 : 0;
}

/**
 * Why this withdrawal must be confirmed from the member's inbox, or null:
 * their first (no earlier withdrawal was confirmed or needed no
 * confirmation), or to a destination set in the last 72 hours.
 */
async function confirmationNeeded(
  tx: Tx,
  userId: string,
  method: PayoutMethod,
): Promise<WithdrawalHoldReason | null> {
  const { rows } = await tx.execute<{ trusted: boolean; recent: boolean }>(sql`
    select exists (
        select 1 from withdrawals
        where user_id = ${userId} and (confirmed_at is not null or not confirmation_required)
      ) as trusted,
      ${method.detailsChangedAt.toISOString()}::timestamptz > now() - ${SECURITY_HOLD_HOURS} * interval '1 hour' as recent`);
  const { trusted, recent } = rows[0]!;
  if (!trusted) return 'awaiting_confirmation';
  return recent ? 'security_hold' : null;
}
