import type { DbOrTx } from '@/db/client';
import {
  type SandboxPostback,
  type SandboxPostbackEvent,
  type SandboxSale,
  sandboxPostbacks,
} from '@/db/schema';
import { buildAwinNotification } from './postback-payload';

/** When an event happens and how long the network waits before telling us (SANDBOX_POSTBACK_DELAY_S). */
export type SandboxClock = { postbackDelayS: number; now?: Date };

/**
 * Queues the notification for a sale's new state. Called inside the event's
 * transaction: the postback exists if and only if the event committed.
 */
export async function enqueueSandboxPostback(
  tx: DbOrTx,
  sale: SandboxSale,
  event: SandboxPostbackEvent,
  clock: { postbackDelayS: number; now: Date },
): Promise<SandboxPostback> {
  if (!Number.isSafeInteger(clock.postbackDelayS) || clock.postbackDelayS < 0) {
    throw new RangeError(`postbackDelayS must be a whole number ≥ 0 (got ${clock.postbackDelayS})`);
  }
  const [row] = await tx
    .insert(sandboxPostbacks)
    .values({
      saleId: sale.id,
      event,
      payload: buildAwinNotification(sale),
      dueAt: new Date(clock.now.getTime() + clock.postbackDelayS * 1000),
      createdAt: clock.now,
    })
    .returning();
  return row!;
}
