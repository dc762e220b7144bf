'use server';

import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { clientIp } from '@/lib/auth/client-ip';
import { requireUser } from '@/lib/auth/current-user';
import { checkbox, formObject, text } from '@/lib/auth/form-fields';
import { errorState, type FormState } from '@/lib/auth/form-state';
import { isAppError } from '@/lib/errors';
import { intlLocale } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';
import { formatMoney } from '@/lib/money';
import { archivePayoutMethod } from '@/lib/withdrawals/archive-payout-method';
import { cancelWithdrawal } from '@/lib/withdrawals/cancel-withdrawal';
import { requestWithdrawal } from '@/lib/withdrawals/request-withdrawal';
import { type PayoutMethodInput, savePayoutMethod } from '@/lib/withdrawals/save-payout-method';
import { renameFields } from '../form-error';

// The withdrawals page's forms: parse, one domain call, a translated notice
// or the domain's field messages. Nothing here decides anything.

const PAGE = '/account/withdrawals';

async function failed(error: unknown, values?: Record<string, string>): Promise<FormState> {
  if (!isAppError(error)) throw error;
  const { t } = await getTranslator();
  return errorState(t, error, values);
}

async function saveMethod(method: PayoutMethodInput, values: Record<string, string>): Promise<FormState> {
  const user = await requireUser(PAGE);
  const { t } = await getTranslator();
  try {
    await savePayoutMethod(await getDb(), { userId: user.id, method, ip: clientIp(await headers()) });
  } catch (error) {
    return failed(error, values);
  }
  refresh();
  return { notice: t('withdrawals.methods.saved') };
}

const paypalForm = z.object({ paypalEmail: text(254) });
export async function savePaypalMethodAction(_state: FormState, formData: FormData): Promise<FormState> {
  const input = paypalForm.parse(formObject(formData, Object.keys(paypalForm.shape)));
  const state = await saveMethod({ kind: 'paypal', email: input.paypalEmail }, input);
  return renameFields(state, { email: 'paypalEmail' });
}

const sepaForm = z.object({ holderName: text(200), iban: text(64), bic: text(32) });
export async function saveSepaMethodAction(_state: FormState, formData: FormData): Promise<FormState> {
  const input = sepaForm.parse(formObject(formData, Object.keys(sepaForm.shape)));
  return saveMethod({ kind: 'sepa', ...input }, input);
}

const charityForm = z.object({ charityId: text(12) });
export async function saveCharityMethodAction(_state: FormState, formData: FormData): Promise<FormState> {
  const input = charityForm.parse(formObject(formData, Object.keys(charityForm.shape)));
  return saveMethod({ kind: 'charity', charityId: input.charityId }, input);
}

const giftCardForm = z.object({ giftCardBrandId: text(12) });
export async function saveGiftCardMethodAction(_state: FormState, formData: FormData): Promise<FormState> {
  const input = giftCardForm.parse(formObject(formData, Object.keys(giftCardForm.shape)));
  return saveMethod({ kind: 'gift_card', giftCardBrandId: input.giftCardBrandId }, input);
}

const archiveForm = z.object({ methodId: text(64) });
export async function archivePayoutMethodAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(PAGE);
  const { t } = await getTranslator();
  const input = archiveForm.parse(formObject(formData, Object.keys(archiveForm.shape)));
  try {
    await archivePayoutMethod(await getDb(), { userId: user.id, ...input, ip: clientIp(await headers()) });
  } catch (error) {
    return failed(error);
  }
  refresh();
  return { notice: t('withdrawals.methods.archived') };
}

const requestForm = z.object({
  payoutMethodId: text(64),
  amount: text(64),
  all: checkbox,
  formKey: text(200),
});
export async function requestWithdrawalAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(PAGE);
  const { t, locale } = await getTranslator();
  const input = requestForm.parse(formObject(formData, Object.keys(requestForm.shape)));
  const values = { payoutMethodId: input.payoutMethodId, amount: input.amount, all: input.all ? 'on' : '' };
  let outcome: Awaited<ReturnType<typeof requestWithdrawal>>;
  try {
    outcome = await requestWithdrawal(await getDb(), {
      userId: user.id,
      ...input,
      ip: clientIp(await headers()),
    });
  } catch (error) {
    return failed(error, values);
  }
  // The page renders again with the new balance, the new withdrawal and a fresh form key.
  refresh();
  const { withdrawal, created } = outcome;
  const amount = formatMoney(withdrawal, intlLocale[locale]);
  if (!created) return { notice: t('withdrawals.request.replayed') };
  return {
    notice: t(
      withdrawal.status === 'on_hold' ? 'withdrawals.request.createdHold' : 'withdrawals.request.created',
      {
        amount,
      },
    ),
  };
}

const cancelForm = z.object({ withdrawalId: text(64) });
export async function cancelWithdrawalAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(PAGE);
  const { t } = await getTranslator();
  const input = cancelForm.parse(formObject(formData, Object.keys(cancelForm.shape)));
  try {
    await cancelWithdrawal(await getDb(), { userId: user.id, ...input, ip: clientIp(await headers()) });
  } catch (error) {
    return failed(error);
  }
  refresh();
  return { notice: t('withdrawals.list.cancelled') };
}
