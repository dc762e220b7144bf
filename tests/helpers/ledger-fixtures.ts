import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { type ClickTermsSnapshot, clicks } from '@/db/schema';
import { newClickId } from '@/lib/tracking/click-id';
import { insertMerchant } from '@/tests/helpers/catalog-fixtures';
import { insertProgram } from '@/tests/helpers/tracking-fixtures';

// Ledger test set-up (tests only): clicks carrying real terms snapshots, and
// reading balances back as their owners see them.

export type TermsSpec = {
  rateBps?: number;
  capMinor?: number | null;
  subsidised?: boolean;
  boost?: { id: number; boostedRateBps: number; budgetMinor?: number | null } | null;
  /** Adds a rate for new customers only, at this rate. */
  newCustomerRateBps?: number;
};

export function snapshotFor(merchantId: number, spec: TermsSpec = {}): ClickTermsSnapshot {
  return {
    version: 1,
    capturedAt: '2026-11-01T09:00:00.000Z',
    merchant: {
      id: merchantId,
      slug: `m-${merchantId}`,
      name: `Shop ${merchantId}`,
      validationDelayDays: 30,
      conditionsFr: '',
      conditionsEn: '',
      exclusionsFr: '',
      exclusionsEn: '',
    },
    selectedOfferId: null,
    offers: [
      {
        id: 1,
        titleFr: 'Cashback',
        titleEn: 'Cashback',
        conditionsFr: '',
        conditionsEn: '',
        exclusionsFr: '',
        exclusionsEn: '',
        minBasketMinor: null,
        currency: 'EUR',
        endsAt: null,
        rates: [
          {
            id: 1,
            kind: 'percent',
            rateBps: spec.rateBps ?? 500,
            amountMinor: null,
            currency: 'EUR',
            scope: 'all',
            productCategoryFr: null,
            productCategoryEn: null,
            minBasketMinor: null,
            labelFr: '',
            labelEn: '',
            capMinor: spec.capMinor ?? null,
            subsidised: spec.subsidised ?? false,
            boost: spec.boost
              ? {
                  id: spec.boost.id,
                  labelFr: 'Happy hour',
                  labelEn: 'Happy hour',
                  boostedRateBps: spec.boost.boostedRateBps,
                  boostedAmountMinor: null,
                  endsAt: '2026-11-02T00:00:00.000Z',
                  budgetMinor: spec.boost.budgetMinor ?? null,
                }
              : null,
          },
          ...(spec.newCustomerRateBps
            ? [
                {
                  id: 2,
                  kind: 'percent' as const,
                  rateBps: spec.newCustomerRateBps,
                  amountMinor: null,
                  currency: 'EUR',
                  scope: 'new_customers' as const,
                  productCategoryFr: null,
                  productCategoryEn: null,
                  minBasketMinor: null,
                  labelFr: 'Nouveaux clients',
                  labelEn: 'New customers',
                  boost: null,
                },
              ]
            : []),
        ],
      },
    ],
    program: { id: 1, networkCode: 'toynet', advertiserId: 'adv', currency: 'EUR' },
  };
}

let counter = 0;

/** A click of `userId` on a fresh merchant whose snapshot pays `spec` (5 % of the sale by default). */
export async function insertTermsClick(db: Db, userId: string, spec: TermsSpec = {}) {
  counter += 1;
  const { merchant } = await insertMerchant(db, {
    slug: `ledger-${counter}-${Date.now().toString(36)}`,
    name: `Ledger shop ${counter}`,
  });
  const { program } = await insertProgram(db, merchant.id);
  const id = newClickId();
  await db.insert(clicks).values({
    id,
    userId,
    merchantId: merchant.id,
    networkProgramId: program.id,
    networkCode: program.networkCode,
    termsSnapshot: snapshotFor(merchant.id, spec),
    trackingUrl: `https://network.example/track?clickref=${id}`,
  });
  return { id, merchantId: merchant.id };
}

/** A member's balances as they read them (positive = owed to them), by account kind. */
export async function memberBalances(db: DbOrTx, userId: string, currency = 'EUR') {
  const rows = await db.execute<{ kind: string; balance_minor: string }>(sql`
    select kind, balance_minor from ledger_accounts where user_id = ${userId} and currency = ${currency}`);
  const by = Object.fromEntries(rows.rows.map((row) => [row.kind, Number(row.balance_minor)]));
  return {
    pending: 0 - (by.member_pending ?? 0),
    confirmed: 0 - (by.member_confirmed ?? 0),
    available: 0 - (by.member_available ?? 0),
    withdrawing: 0 - (by.member_withdrawing ?? 0),
    owed: by.member_receivable ?? 0,
  };
}

/** Platform accounts by kind (debit positive), summed over owners from their lines (they keep no cached balance). */
export async function platformBalances(db: DbOrTx, currency = 'EUR') {
  const rows = await db.execute<{ kind: string; total: string }>(sql`
    select a.kind, coalesce(sum(l.amount_minor), 0) as total from ledger_accounts a
    left join ledger_lines l on l.account_id = a.id
    where a.user_id is null and a.currency = ${currency} group by a.kind`);
  return Object.fromEntries(rows.rows.map((row) => [row.kind, Number(row.total)])) as Record<string, number>;
}
