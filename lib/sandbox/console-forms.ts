import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { sandboxSales } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import type { SandboxClock } from './enqueue-postback';
import { parseSaleAmount } from './sale-amount';
import {
  amendSandboxSale,
  approveSandboxSale,
  declineSandboxSale,
  type SandboxTransition,
} from './sale-transitions';

// The console's per-sale forms, from untrusted text to a transition. The
// role check is the caller's (the server action); these only parse and act.

export type ConsoleIntent = 'approve' | 'decline' | 'amend';

const NOT_FOUND = 'sandbox.errors.saleNotFound' satisfies MessageKey;

const saleId = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : null),
  z.number().int().positive().nullable(),
);

export async function applyConsoleForm(
  db: DbOrTx,
  intent: ConsoleIntent,
  raw: Record<string, unknown>,
  clock: SandboxClock,
): Promise<SandboxTransition> {
  const id = saleId.parse(raw.saleId);
  if (id === null) throw new AppError('not_found', NOT_FOUND);
  if (intent === 'approve') return approveSandboxSale(db, { saleId: id }, clock);
  if (intent === 'decline') return declineSandboxSale(db, { saleId: id }, clock);

  // The amount is read in the sale's own currency.
  const [sale] = await db
    .select({ currency: sandboxSales.saleCurrency })
    .from(sandboxSales)
    .where(eq(sandboxSales.id, id));
  if (!sale) throw new AppError('not_found', NOT_FOUND);
  const text = typeof raw.newAmount === 'string' ? raw.newAmount.slice(0, 200) : '';
  const newSaleAmountMinor = parseSaleAmount(text, sale.currency, 'newAmount');
  return amendSandboxSale(db, { saleId: id, newSaleAmountMinor }, clock);
}
