import type { DbOrTx } from '@/db/client';
import {
  SANDBOX_CLICK_REF_MAX_CHARS,
  type SandboxCustomerType,
  type SandboxPostback,
  type SandboxSale,
  sandboxSales,
} from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { assertCurrency } from '@/lib/money';
import { findSandboxAdvertiser } from './advertiser';
import { sandboxCommissionMinor } from './commission-rule';
import { enqueueSandboxPostback, type SandboxClock } from './enqueue-postback';
import { loadMemberPromises } from './member-promises';
import { newOrderRef } from './order-ref';
import { assertSaleAmountMinor } from './sale-amount';

export type RecordSandboxSaleInput = {
  advertiserId: string;
  /** As the shop received it; '' counts as none, like Awin's empty clickRef. */
  clickRef: string | null;
  saleAmountMinor: number;
  currency: string;
  customerType: SandboxCustomerType;
};

export type RecordedSandboxSale = { sale: SandboxSale; postback: SandboxPostback };

const ORDER_REF_DRAWS = 5;

/** An order placed in the fake shop: the sale, its commission, and its `created` postback, in one transaction. */
export async function recordSandboxSale(
  db: DbOrTx,
  input: RecordSandboxSaleInput,
  clock: SandboxClock,
): Promise<RecordedSandboxSale> {
  const now = clock.now ?? new Date();
  const clickRef = input.clickRef === '' ? null : input.clickRef;
  if (clickRef !== null && clickRef.length > SANDBOX_CLICK_REF_MAX_CHARS) {
    throw new AppError('unprocessable', 'sandbox.errors.invalidOrder' satisfies MessageKey, {
      fields: { clickRef: ['sandbox.errors.clickRefTooLong' satisfies MessageKey] },
    });
  }
  const advertiser = await findSandboxAdvertiser(db, input.advertiserId);
  if (!advertiser) throw new AppError('not_found', 'sandbox.errors.unknownAdvertiser' satisfies MessageKey);
  if (assertCurrency(input.currency) !== advertiser.currency) {
    throw new AppError('unprocessable', 'sandbox.errors.currencyMismatch' satisfies MessageKey);
  }
  const saleAmountMinor = assertSaleAmountMinor(input.saleAmountMinor, advertiser.currency);
  const promises = await loadMemberPromises(db, { merchantId: advertiser.merchantId, clickRef, now });
  const commissionMinor = sandboxCommissionMinor(
    { amountMinor: saleAmountMinor, currency: advertiser.currency },
    promises,
  );

  return db.transaction(async (tx) => {
    let sale: SandboxSale | undefined;
    // A collision on the order number is drawn again; DO NOTHING keeps the transaction usable.
    for (let draw = 0; draw < ORDER_REF_DRAWS && !sale; draw++) {
      [sale] = await tx
        .insert(sandboxSales)
        .values({
          orderRef: newOrderRef(),
          advertiserId: advertiser.advertiserId,
          publisherId: advertiser.publisherId,
          clickRef,
          saleAmountMinor,
          saleCurrency: advertiser.currency,
          commissionAmountMinor: commissionMinor,
          commissionCurrency: advertiser.currency,
          customerType: input.customerType,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: sandboxSales.orderRef })
        .returning();
    }
    if (!sale) throw new AppError('conflict', 'sandbox.errors.orderRefExhausted' satisfies MessageKey);
    const postback = await enqueueSandboxPostback(tx, sale, 'created', { ...clock, now });
    return { sale, postback };
  });
}
