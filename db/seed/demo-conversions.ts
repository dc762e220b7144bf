import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { type ClickTermsSnapshot, clicks, inboxEvents, networkAccounts } from '@/db/schema';
import { applyConversionEvent } from '@/lib/conversions/apply-event';
import { applyRateBps } from '@/lib/money';
import type { ConversionEvent, ConversionStatus } from '@/lib/networks/conversion-event';

// The demo member's purchases, so "My cashback" has a history to show: some of
// the demo clicks turned into sandbox sales, each at a different stage (paid,
// approved, declined, pending), applied through intake itself
// (applyConversionEvent), as the sandbox's postbacks would have been. The
// network commission is the sandbox's rule (lib/sandbox/commission-rule.ts):
// 125 % of the best rate the click captured, so the member's share can never
// exceed it.

type Plan = { saleMinor: number; path: ConversionStatus[]; reason?: string };

// Oldest click first.
const PLANS: readonly Plan[] = [
  { saleMinor: 12_990, path: ['pending', 'approved', 'paid'] },
  { saleMinor: 45_900, path: ['pending', 'approved'] },
  { saleMinor: 9_120, path: ['pending', 'declined'], reason: 'Commande annulée par le client' },
  { saleMinor: 23_400, path: ['pending', 'approved'] },
  { saleMinor: 6_780, path: ['pending'] },
];

const DAY_MS = 86_400_000;

export async function seedDemoConversions(db: DbOrTx, input: { userId: string; now: Date }): Promise<number> {
  // In the seed's transaction this is a savepoint; on its own, a transaction.
  return db.transaction((tx) => seedIn(tx, input));
}

async function seedIn(
  tx: Parameters<Parameters<DbOrTx['transaction']>[0]>[0],
  input: { userId: string; now: Date },
): Promise<number> {
  const [account] = await tx
    .select({ id: networkAccounts.id })
    .from(networkAccounts)
    .where(eq(networkAccounts.networkCode, 'sandbox'))
    .limit(1);
  if (!account) return 0;
  const memberClicks = await tx
    .select({
      id: clicks.id,
      createdAt: clicks.createdAt,
      snapshot: clicks.termsSnapshot,
      networkCode: clicks.networkCode,
    })
    .from(clicks)
    .where(and(eq(clicks.userId, input.userId), eq(clicks.networkCode, 'sandbox')))
    .orderBy(asc(clicks.createdAt));
  const [inbox] = await tx
    .insert(inboxEvents)
    .values({
      networkCode: 'sandbox',
      networkAccountId: account.id,
      channel: 'api',
      payloadHash: '0'.repeat(64),
      body: 'demo seed',
      status: 'processed',
    })
    .returning({ id: inboxEvents.id });

  let created = 0;
  for (const [index, plan] of PLANS.entries()) {
    const click = memberClicks[index * 2];
    if (!click) break;
    const orderedAt = new Date(click.createdAt.getTime() + 25 * 60_000);
    const commission = applyRateBps(plan.saleMinor, commissionRateBps(click.snapshot));
    for (const [step, status] of plan.path.entries()) {
      const effectiveAt = new Date(
        Math.min(
          orderedAt.getTime() + step * 30 * DAY_MS,
          input.now.getTime() - (plan.path.length - step) * 60_000,
        ),
      );
      await applyConversionEvent(tx, {
        networkAccountId: account.id,
        inboxEventId: inbox!.id,
        event: sandboxEvent({
          click,
          index,
          status,
          effectiveAt,
          orderedAt,
          saleMinor: plan.saleMinor,
          commission,
          reason: plan.reason,
        }),
      });
    }
    created++;
  }
  return created;
}

/** 125 % of the best percent rate (boost included) the click captured, at least 1 %. */
function commissionRateBps(snapshot: ClickTermsSnapshot): number {
  let best = 0;
  for (const offer of snapshot.offers) {
    for (const rate of offer.rates) best = Math.max(best, rate.boost?.boostedRateBps ?? rate.rateBps ?? 0);
  }
  return Math.max(100, Math.ceil((best * 125) / 100));
}

function sandboxEvent(input: {
  click: { id: string; createdAt: Date; snapshot: ClickTermsSnapshot };
  index: number;
  status: ConversionStatus;
  effectiveAt: Date;
  orderedAt: Date;
  saleMinor: number;
  commission: number;
  reason?: string;
}): ConversionEvent {
  const id = `SBX-DEMO-${input.index + 1}`;
  return {
    network: 'sandbox',
    sourceRecordKey: `${id}#${input.status}`,
    networkConversionId: id,
    advertiserId: input.click.snapshot.program.advertiserId,
    orderRef: `DEMO-${String(4810 + input.index * 7)}`,
    type: 'sale',
    clickRef: input.click.id,
    subIds: { clickRef: input.click.id },
    networkStatus: input.status,
    status: input.status,
    amounts: {
      kind: 'totals',
      sale: { amountMinor: input.saleMinor, currency: 'EUR' },
      commission: { amountMinor: input.commission, currency: 'EUR' },
    },
    originalSale: null,
    convertedAt: input.orderedAt.toISOString(),
    clickedAt: input.click.createdAt.toISOString(),
    effectiveAt: input.effectiveAt.toISOString(),
    validatedAt: input.status === 'pending' ? null : input.effectiveAt.toISOString(),
    lockAt: null,
    paidAt: input.status === 'paid' ? input.effectiveAt.toISOString() : null,
    reason: input.status === 'declined' ? (input.reason ?? null) : null,
    commissionable: true,
  };
}
