import { getPayoutBatch, type PayoutBatchStatus } from './get-payout-batch';
import type { PaypalClient } from './paypal-client';

// Reads a payout batch until PayPal has finished with it, within a bounded
// number of reads. PayPal settles most batches within minutes; a batch still
// running after `maxPolls` comes back unsettled and the caller (a job) asks
// again later, rather than a worker waiting on it for hours. UNCLAIMED items
// can stay so for 30 days: they do not keep the batch "unsettled", the daily
// job re-reads them.

export type PollOptions = {
  intervalMs?: number;
  maxPolls?: number;
  sleep?: (ms: number) => Promise<void>;
};

export async function pollPayoutBatch(
  client: PaypalClient,
  payoutBatchId: string,
  {
    intervalMs = 15_000,
    maxPolls = 20,
    sleep = (ms) => new Promise((r) => setTimeout(r, ms)),
  }: PollOptions = {},
): Promise<PayoutBatchStatus> {
  if (!Number.isSafeInteger(maxPolls) || maxPolls < 1) throw new RangeError('maxPolls must be ≥ 1');
  for (let poll = 1; ; poll++) {
    const status = await getPayoutBatch(client, payoutBatchId);
    if (status.settled || poll >= maxPolls) return status;
    await sleep(intervalMs);
  }
}
