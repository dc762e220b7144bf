import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type PayoutMethodKind, payoutMethodKind } from '@/db/schema';
import { parseEnv } from '@/lib/env';
import { payoutsConfig } from '@/lib/payouts/payouts-config';
import { approvedWithdrawalIds, BATCH_SIZE_MAX, batchWithdrawals } from '@/lib/withdrawals/batch-withdrawals';
import { exportPaypalCsv, exportSepaBatch } from '@/lib/withdrawals/export-payout-batch';
import { payoutBatchDetail } from '@/lib/withdrawals/payout-batch-views';
import { markBatchPaid } from '@/lib/withdrawals/settle-batch-item';
import { settleInternalBatch } from '@/lib/withdrawals/settle-internal-batch';
import { withdrawalsConfig } from '@/lib/withdrawals/withdrawals-config';
import type { Command, CommandContext } from './commands';
import { UsageError } from './usage-error';
import { withDb } from './with-db';

// Payout automation (issue 7): batch the approved withdrawals of a method,
// write a batch's file, mark a batch paid. The same domain functions as the
// back office, acting as the system (no staff member: audit actor NULL).

function methodFlag(ctx: CommandContext): PayoutMethodKind {
  const raw = ctx.flags.get('method');
  if (typeof raw !== 'string' || !(payoutMethodKind.enumValues as readonly string[]).includes(raw)) {
    throw new UsageError(`--method must be one of ${payoutMethodKind.enumValues.join(', ')}`);
  }
  return raw as PayoutMethodKind;
}

function limitFlag(ctx: CommandContext): number {
  const raw = ctx.flags.get('limit');
  if (raw === undefined) return BATCH_SIZE_MAX;
  const value = raw === true ? Number.NaN : Number(raw);
  if (!Number.isSafeInteger(value) || value < 1 || value > BATCH_SIZE_MAX) {
    throw new UsageError(`--limit must be a whole number from 1 to ${BATCH_SIZE_MAX}`);
  }
  return value;
}

function batchArg(ctx: CommandContext): number {
  const raw = ctx.args[0] ?? '';
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) throw new UsageError('give the batch id, e.g. 12');
  return Number(raw);
}

const configFor = (url: string) => withdrawalsConfig(parseEnv({ ...process.env, DATABASE_URL: url }));

export const payoutCommands: Record<string, Command> = {
  'payouts:batch': {
    summary: 'create a payout batch of the approved withdrawals of one method (oldest first)',
    usage: 'payouts:batch --method sepa|paypal|charity|gift_card [--limit N]',
    run: async (ctx) => {
      const method = methodFlag(ctx);
      const limit = limitFlag(ctx);
      await withDb(ctx.url, async (db) => {
        const ids = await approvedWithdrawalIds(db, method, limit);
        if (ids.length === 0) {
          ctx.log(`no approved ${method} withdrawal to batch`);
          return;
        }
        const batch = await batchWithdrawals(db, { method, withdrawalIds: ids, actorUserId: null });
        ctx.log(
          `batch ${batch.id} ${batch.idempotencyKey}: ${batch.itemCount} withdrawals, ${batch.totalMinor} ${batch.currency} minor units`,
        );
      });
    },
  },
  'payouts:export': {
    summary: "write a batch's payout file (SEPA pain.001 XML, streamed; PayPal bulk CSV)",
    usage: 'payouts:export <batch> [--out file]',
    run: async (ctx) => {
      const batchId = batchArg(ctx);
      const out = ctx.flags.get('out');
      if (out === true) throw new UsageError('--out needs a file name');
      const { detailsKey } = configFor(ctx.url);
      await withDb(ctx.url, async (db) => {
        const found = await payoutBatchDetail(db, batchId);
        if (!found) throw new UsageError(`no payout batch ${batchId}`);
        let fileName: string;
        let chunks: Iterable<string> | AsyncIterable<string>;
        if (found.batch.method === 'paypal') {
          const file = await exportPaypalCsv(db, batchId, detailsKey, { actorUserId: null });
          fileName = file.fileName;
          chunks = [file.csv];
        } else {
          const file = await exportSepaBatch(
            db,
            batchId,
            { debtor: payoutsConfig().sepaDebtor, detailsKey },
            { actorUserId: null },
          );
          fileName = file.fileName;
          chunks = file.chunks;
        }
        const target = out ?? fileName;
        await pipeline(Readable.from(chunks), createWriteStream(target));
        ctx.log(`wrote ${target} (batch ${batchId}, ${found.batch.itemCount} payments)`);
      });
    },
  },
  'payouts:mark-paid': {
    summary:
      'mark every pending payment of a batch paid (charity and gift cards: settle them, with receipts)',
    usage: 'payouts:mark-paid <batch>',
    run: async (ctx) => {
      const batchId = batchArg(ctx);
      const config = configFor(ctx.url);
      await withDb(ctx.url, async (db) => {
        const found = await payoutBatchDetail(db, batchId);
        if (!found) throw new UsageError(`no payout batch ${batchId}`);
        const internal = found.batch.method === 'charity' || found.batch.method === 'gift_card';
        const count = internal
          ? await settleInternalBatch(db, { batchId, actorUserId: null }, config)
          : await markBatchPaid(db, { batchId, actorUserId: null }, config);
        ctx.log(`batch ${batchId}: ${count} withdrawals marked paid`);
      });
    },
  },
};
