import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { AppError, type FieldErrors, isAppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { findSandboxAdvertiser } from './advertiser';
import type { SandboxClock } from './enqueue-postback';
import { type RecordedSandboxSale, recordSandboxSale } from './record-sale';
import { parseSaleAmount } from './sale-amount';

// The fake shop's order form, from untrusted text to a recorded sale. Every
// bad field gets its message at once (amount and customer type together),
// and nothing in the form can cause anything but a 404 or a 422.

const field = (max: number) =>
  z.preprocess((value) => (typeof value === 'string' ? value : ''), z.string().max(max));

const orderForm = z.object({
  advertiserId: field(100),
  // Longer than any click ref kept: recordSandboxSale answers with its own message.
  clickRef: field(2000),
  amount: field(200),
  customerType: z.preprocess(
    (value) => (value === 'new' || value === 'existing' ? value : null),
    z.enum(['new', 'existing']).nullable(),
  ),
});

export async function placeSandboxOrder(
  db: DbOrTx,
  raw: Record<string, unknown>,
  clock: SandboxClock,
): Promise<RecordedSandboxSale> {
  const parsed = orderForm.safeParse(raw);
  if (!parsed.success)
    throw new AppError('unprocessable', 'sandbox.errors.invalidOrder' satisfies MessageKey);
  const form = parsed.data;
  const advertiser = await findSandboxAdvertiser(db, form.advertiserId);
  if (!advertiser) throw new AppError('not_found', 'sandbox.errors.unknownAdvertiser' satisfies MessageKey);

  const fields: FieldErrors = {};
  let saleAmountMinor = 0;
  try {
    saleAmountMinor = parseSaleAmount(form.amount, advertiser.currency);
  } catch (error) {
    if (!isAppError(error) || !error.fields) throw error;
    Object.assign(fields, error.fields);
  }
  if (form.customerType === null) {
    fields.customerType = ['sandbox.errors.customerTypeRequired' satisfies MessageKey];
  }
  if (Object.keys(fields).length > 0 || form.customerType === null) {
    throw new AppError('unprocessable', 'sandbox.errors.invalidOrder' satisfies MessageKey, { fields });
  }
  return recordSandboxSale(
    db,
    {
      advertiserId: advertiser.advertiserId,
      clickRef: form.clickRef === '' ? null : form.clickRef,
      saleAmountMinor,
      currency: advertiser.currency,
      customerType: form.customerType,
    },
    clock,
  );
}
