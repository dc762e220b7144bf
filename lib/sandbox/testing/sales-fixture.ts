import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { sandboxPostbacks } from '@/db/schema';
import type { RecordSandboxSaleInput } from '../record-sale';
import { insertSandboxMerchant } from './sandbox-fixtures';

// The merchants and the order the sale integration tests share: Maison
// Lavande's 8 % / 5 % rates (db/seed/anchor-specs.ts) and a fixed-rate box.

export const C1 = '01j9z3k7q8m2x4v6b8n0c2d4f6';
export const T0 = new Date('2026-03-14T18:22:05.000Z');

export async function insertSalesMerchants(db: Db) {
  const lavande = await insertSandboxMerchant(db, {
    slug: 'maison-lavande',
    name: 'Maison Lavande',
    domains: ['maison-lavande.example', 'shop.maison-lavande.example'],
    rates: [
      { rateBps: 800, scope: 'new_customers' },
      { rateBps: 500, scope: 'existing_customers' },
    ],
  });
  const fixedOnly = await insertSandboxMerchant(db, {
    slug: 'box-mensuelle',
    name: 'Box Mensuelle',
    rates: [{ kind: 'fixed', amountMinor: 1000 }],
  });
  return { lavande, fixedOnly };
}

/** 84,50 € by a new customer who came with click C1. */
export function lavandeOrder(advertiserId: string): RecordSandboxSaleInput {
  return { advertiserId, clickRef: C1, saleAmountMinor: 8450, currency: 'EUR', customerType: 'new' };
}

export function postbacksOfSale(db: Db, saleId: number) {
  return db
    .select()
    .from(sandboxPostbacks)
    .where(eq(sandboxPostbacks.saleId, saleId))
    .orderBy(sandboxPostbacks.id);
}
