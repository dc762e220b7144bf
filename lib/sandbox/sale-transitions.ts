import { eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { type SandboxPostback, type SandboxSale, sandboxSales } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { findSandboxAdvertiser } from './advertiser';
import { sandboxCommissionMinor } from './commission-rule';
import { enqueueSandboxPostback, type SandboxClock } from './enqueue-postback';
import { loadMemberPromises } from './member-promises';
import { assertSaleAmountMinor } from './sale-amount';

// What the advertiser does to a sale in the sandbox console, as Awin allows it
// (networks.md §1.1, §6.2): pending → approved | declined, both final; the
// amount may be amended while pending or approved. Each change locks the sale
// row, so two staff clicking at once apply one after the other and the second
// sees the first's result; each queues its postback in the same transaction.

export type SandboxTransition = { sale: SandboxSale; postback: SandboxPostback };

const NOT_FOUND = 'sandbox.errors.saleNotFound' satisfies MessageKey;
const NOT_PENDING = 'sandbox.errors.notPending' satisfies MessageKey;
const AMEND_DECLINED = 'sandbox.errors.amendDeclined' satisfies MessageKey;
const AMEND_UNCHANGED = 'sandbox.errors.amendUnchanged' satisfies MessageKey;

export function approveSandboxSale(
  db: DbOrTx,
  input: { saleId: number },
  clock: SandboxClock,
): Promise<SandboxTransition> {
  return validate(db, input.saleId, 'approved', clock);
}

export function declineSandboxSale(
  db: DbOrTx,
  input: { saleId: number },
  clock: SandboxClock,
): Promise<SandboxTransition> {
  return validate(db, input.saleId, 'declined', clock);
}

async function validate(
  db: DbOrTx,
  saleId: number,
  status: 'approved' | 'declined',
  clock: SandboxClock,
): Promise<SandboxTransition> {
  const now = clock.now ?? new Date();
  return db.transaction(async (tx) => {
    const sale = await lockSale(tx, saleId);
    if (sale.status !== 'pending') throw new AppError('conflict', NOT_PENDING);
    const [updated] = await tx
      .update(sandboxSales)
      .set({ status, validatedAt: now, updatedAt: now })
      .where(eq(sandboxSales.id, sale.id))
      .returning();
    const postback = await enqueueSandboxPostback(tx, updated!, status, { ...clock, now });
    return { sale: updated!, postback };
  });
}

/** A new sale amount; the commission is worked out again by the same rule, on the same click. */
export async function amendSandboxSale(
  db: DbOrTx,
  input: { saleId: number; newSaleAmountMinor: number },
  clock: SandboxClock,
): Promise<SandboxTransition> {
  const now = clock.now ?? new Date();
  return db.transaction(async (tx) => {
    const sale = await lockSale(tx, input.saleId);
    if (sale.status === 'declined') throw new AppError('conflict', AMEND_DECLINED);
    const saleAmountMinor = assertSaleAmountMinor(input.newSaleAmountMinor, sale.saleCurrency, 'newAmount');
    if (saleAmountMinor === sale.saleAmountMinor) throw new AppError('conflict', AMEND_UNCHANGED);
    const advertiser = await findSandboxAdvertiser(tx, sale.advertiserId);
    if (!advertiser) throw new AppError('conflict', 'sandbox.errors.unknownAdvertiser' satisfies MessageKey);
    const promises = await loadMemberPromises(tx, {
      merchantId: advertiser.merchantId,
      clickRef: sale.clickRef,
      now,
    });
    const commissionMinor = sandboxCommissionMinor(
      { amountMinor: saleAmountMinor, currency: sale.saleCurrency },
      promises,
    );
    const [updated] = await tx
      .update(sandboxSales)
      .set({
        saleAmountMinor,
        commissionAmountMinor: commissionMinor,
        amendedFromSaleMinor: sale.saleAmountMinor,
        amendedFromCommissionMinor: sale.commissionAmountMinor,
        amendedAt: now,
        updatedAt: now,
      })
      .where(eq(sandboxSales.id, sale.id))
      .returning();
    const postback = await enqueueSandboxPostback(tx, updated!, 'amended', { ...clock, now });
    return { sale: updated!, postback };
  });
}

async function lockSale(tx: Tx, saleId: number): Promise<SandboxSale> {
  if (!Number.isSafeInteger(saleId) || saleId < 1) throw new AppError('not_found', NOT_FOUND);
  const [sale] = await tx.select().from(sandboxSales).where(eq(sandboxSales.id, saleId)).for('update');
  if (!sale) throw new AppError('not_found', NOT_FOUND);
  return sale;
}
