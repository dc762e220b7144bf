'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/accounts/roles';
import { clientIp } from '@/lib/auth/client-ip';
import { currentUser } from '@/lib/auth/current-user';
import { formObject, text } from '@/lib/auth/form-fields';
import { errorState, type FormState } from '@/lib/auth/form-state';
import { isAppError } from '@/lib/errors';
import { getTranslator } from '@/lib/i18n/server';
import type { MessageKey } from '@/lib/i18n/translate';
import { parseCharityForm } from '@/lib/payout-options/charity-form';
import { makeDefaultCharity, setCharityActive } from '@/lib/payout-options/charity-status';
import { createCharity } from '@/lib/payout-options/create-charity';
import { parseGiftCardBrandForm } from '@/lib/payout-options/gift-card-brand-form';
import { createGiftCardBrand, setGiftCardBrandActive } from '@/lib/payout-options/gift-card-brands';

// Charities and gift card brands (ops, admins): the role is checked here
// against the session, every rule in lib/payout-options and the database.

const PAGE = '/admin/payout-options';

async function staff() {
  const actor = requireRole(await currentUser(), 'ops', 'admin');
  return { actor, ip: clientIp(await headers()), db: await getDb() };
}

const rowInput = z.object({
  id: text(12).transform(Number).pipe(z.number().int().positive()),
  active: text(8).optional(),
});

/** The posted fields, to refill a refused form (bounded: they travel back to the browser). */
const refill = (raw: Record<string, unknown>, names: string[]) =>
  Object.fromEntries(
    names.map((name) => [name, typeof raw[name] === 'string' ? raw[name].slice(0, 2_000) : '']),
  );

export async function createCharityAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getTranslator();
  const names = ['name', 'slug', 'descriptionFr', 'descriptionEn', 'websiteUrl'];
  const raw = formObject(formData, names);
  try {
    const { actor, ip, db } = await staff();
    const input = parseCharityForm(raw);
    await createCharity(db, { ...input, actor, ip });
    revalidatePath(PAGE);
    return { notice: t('payoutOptions.charities.notices.created', { name: input.name }) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return errorState(t, error, refill(raw, names));
  }
}

export async function createGiftCardBrandAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getTranslator();
  const names = ['name', 'slug', 'currency'];
  const raw = formObject(formData, names);
  try {
    const { actor, ip, db } = await staff();
    const input = parseGiftCardBrandForm(raw);
    await createGiftCardBrand(db, { ...input, actor, ip });
    revalidatePath(PAGE);
    return { notice: t('payoutOptions.giftCards.notices.created', { name: input.name }) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return errorState(t, error, refill(raw, names));
  }
}

type RowOutcome = { outcome: 'changed' | 'unchanged'; changed: MessageKey; unchanged: MessageKey };

/** A row's button (deactivate, reactivate, make default): one domain call, its outcome as a notice. */
async function rowAction(
  formData: FormData,
  apply: (
    ctx: Awaited<ReturnType<typeof staff>>,
    row: { id: number; active: boolean },
  ) => Promise<RowOutcome>,
): Promise<FormState> {
  const { t } = await getTranslator();
  try {
    const ctx = await staff();
    const parsed = rowInput.safeParse(formObject(formData, ['id', 'active']));
    // An id that is not one reaches the domain as 0: "no longer exists", like a row deleted meanwhile.
    const row = { id: parsed.success ? parsed.data.id : 0, active: parsed.data?.active === 'true' };
    const result = await apply(ctx, row);
    revalidatePath(PAGE);
    return { notice: t(result.outcome === 'changed' ? result.changed : result.unchanged) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return errorState(t, error);
  }
}

const charityNotice = (name: string) => `payoutOptions.charities.notices.${name}` as MessageKey;
const brandNotice = (name: string) => `payoutOptions.giftCards.notices.${name}` as MessageKey;

export async function setCharityActiveAction(_state: FormState, formData: FormData): Promise<FormState> {
  return rowAction(formData, async ({ actor, ip, db }, row) => ({
    outcome: await setCharityActive(db, { charityId: row.id, active: row.active, actor, ip }),
    changed: charityNotice(row.active ? 'reactivated' : 'deactivated'),
    unchanged: charityNotice('unchanged'),
  }));
}

export async function makeDefaultCharityAction(_state: FormState, formData: FormData): Promise<FormState> {
  return rowAction(formData, async ({ actor, ip, db }, row) => ({
    outcome: await makeDefaultCharity(db, { charityId: row.id, actor, ip }),
    changed: charityNotice('madeDefault'),
    unchanged: charityNotice('unchanged'),
  }));
}

export async function setGiftCardBrandActiveAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return rowAction(formData, async ({ actor, ip, db }, row) => ({
    outcome: await setGiftCardBrandActive(db, { brandId: row.id, active: row.active, actor, ip }),
    changed: brandNotice(row.active ? 'reactivated' : 'deactivated'),
    unchanged: brandNotice('unchanged'),
  }));
}
