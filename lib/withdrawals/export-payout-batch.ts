import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { type PayoutBatch, payoutBatches } from '@/db/schema';
import { writeAudit } from '@/lib/accounts/audit';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { PAYPAL_CSV_MAX_ROWS, paypalBulkCsv, paypalCustomerId } from '@/lib/payouts/paypal/bulk-csv';
import { type SepaDebtor, type SepaPayment, streamPain001 } from '@/lib/payouts/sepa/pain001';
import { openPaypalDetails, openSepaDetails, requireDetailsKey } from './payout-secrets';

// A batch's payout file: the SEPA pain.001 streamed (the header's count and
// control sum come from the batch row, the payments are read page by page,
// decrypted one at a time and written out, so 100 000 payments never sit in
// memory), or PayPal's bulk CSV (at most 5 000 rows, built whole). Exporting
// again gives the same file: ids are derived from the batch key and the
// withdrawal ids, so the bank's duplicate check refuses a second upload.

const PAGE_ROWS = 5_000;

export type ExportActor = { actorUserId: string | null; ip?: string | null };

async function loadBatch(db: DbOrTx, batchId: number, method: PayoutBatch['method']): Promise<PayoutBatch> {
  const [batch] = await db.select().from(payoutBatches).where(eq(payoutBatches.id, batchId));
  if (!batch) throw new AppError('not_found', 'payoutsAdmin.batches.errors.notFound' satisfies MessageKey);
  if (batch.method !== method) {
    throw new AppError('unprocessable', 'payoutsAdmin.batches.errors.wrongMethod' satisfies MessageKey);
  }
  return batch;
}

type ItemRow = { id: string; withdrawal_id: string; amount_minor: string; currency: string; details: string };

/** Pages read ahead while one is written out: the reads are the export's cost, and they overlap. */
const PAGES_AHEAD = 3;

/**
 * The batch's payments with their sealed details, in pages by item id. A
 * batch's items are inserted by one statement, so their ids are nearly
 * contiguous: the pages are id ranges, known up front, and several are read
 * at once (in order) instead of one after the other. The page is cut first
 * (materialized): right after a large batch is made the table's statistics
 * are stale, and the planner must not join first.
 */
async function* itemRows(db: DbOrTx, batchId: number): AsyncGenerator<ItemRow> {
  const bounds = await db.execute<{ lo: string | null; hi: string | null }>(sql`
    select min(id) as lo, max(id) as hi from payout_batch_items where batch_id = ${batchId}`);
  const lo = Number(bounds.rows[0]?.lo ?? 0);
  const hi = Number(bounds.rows[0]?.hi ?? -1);
  const readPage = async (from: number): Promise<ItemRow[]> =>
    (
      await db.execute<ItemRow>(sql`
        with page as materialized (
          select id, withdrawal_id, amount_minor, currency from payout_batch_items
          where batch_id = ${batchId} and id >= ${from} and id < ${from + PAGE_ROWS}
        )
        select i.id, i.withdrawal_id, i.amount_minor, i.currency, m.details_encrypted as details
        from page i
        join withdrawals w on w.id = i.withdrawal_id
        join payout_methods m on m.id = w.payout_method_id
        order by i.id`)
    ).rows;
  const ahead: Promise<ItemRow[]>[] = [];
  let next = lo;
  const readAhead = () => {
    while (ahead.length < PAGES_AHEAD && next <= hi) {
      const page = readPage(next);
      // A consumer that stops early leaves pages unread: their failure must not go unhandled.
      page.catch(() => {});
      ahead.push(page);
      next += PAGE_ROWS;
    }
  };
  readAhead();
  while (ahead.length > 0) {
    const rows = await ahead.shift()!;
    readAhead();
    for (const row of rows) yield row;
  }
}

async function markExported(db: DbOrTx, batch: PayoutBatch, fileName: string, actor: ExportActor) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      update payout_batches set file_name = ${fileName}, exported_at = coalesce(exported_at, now()),
        status = case when status = 'created' then 'exported'::payout_batch_status else status end, updated_at = now()
      where id = ${batch.id}`);
    await writeAudit(tx, {
      actorUserId: actor.actorUserId,
      action: 'payout_batch.exported',
      details: { batchId: batch.id, method: batch.method, fileName },
      ip: actor.ip,
    });
  });
}

export type SepaExport = { fileName: string; chunks: AsyncGenerator<string> };

export type SepaExportConfig = {
  debtor: SepaDebtor | null;
  detailsKey: Buffer | null;
  /** The day the bank should pay (YYYY-MM-DD); default today. */
  executionDate?: string;
  now?: Date;
};

export async function exportSepaBatch(
  db: DbOrTx,
  batchId: number,
  config: SepaExportConfig,
  actor: ExportActor,
): Promise<SepaExport> {
  const batch = await loadBatch(db, batchId, 'sepa');
  if (!config.debtor)
    throw new AppError('unavailable', 'payoutsAdmin.batches.errors.noDebtor' satisfies MessageKey);
  const key = requireDetailsKey(config.detailsKey);
  const now = config.now ?? new Date();
  const fileName = `${batch.idempotencyKey}.xml`;
  const debtor = config.debtor;
  async function* payments(): AsyncGenerator<SepaPayment> {
    for await (const row of itemRows(db, batch.id)) {
      const details = openSepaDetails(row.details, key);
      yield {
        withdrawalId: row.withdrawal_id,
        amountMinor: Number(row.amount_minor),
        currency: row.currency,
        creditorName: details.holderName,
        creditorIban: details.iban,
        creditorBic: details.bic,
        remittanceInformation: `Ristourne cashback ${row.withdrawal_id.slice(0, 8)}`,
      };
    }
  }
  async function* chunks(): AsyncGenerator<string> {
    yield* streamPain001(
      {
        batchId: batch.idempotencyKey,
        createdAt: now,
        requestedExecutionDate: config.executionDate ?? now.toISOString().slice(0, 10),
        debtor,
        numberOfTransactions: batch.itemCount,
        controlSumMinor: batch.totalMinor,
      },
      payments(),
    );
    // Only a file written to its end counts as exported.
    await markExported(db, batch, fileName, actor);
  }
  return { fileName, chunks: chunks() };
}

export async function exportPaypalCsv(
  db: DbOrTx,
  batchId: number,
  detailsKey: Buffer | null,
  actor: ExportActor,
): Promise<{ fileName: string; csv: string }> {
  const batch = await loadBatch(db, batchId, 'paypal');
  if (batch.itemCount > PAYPAL_CSV_MAX_ROWS) {
    throw new AppError('unprocessable', 'payoutsAdmin.batches.errors.tooBig' satisfies MessageKey);
  }
  const key = requireDetailsKey(detailsKey);
  const rows = [];
  for await (const row of itemRows(db, batch.id)) {
    rows.push({
      receiverEmail: openPaypalDetails(row.details, key).email,
      amountMinor: Number(row.amount_minor),
      currency: row.currency,
      customerId: paypalCustomerId(row.withdrawal_id),
      note: 'Ristourne cashback',
    });
  }
  const fileName = `${batch.idempotencyKey}.csv`;
  const csv = paypalBulkCsv(rows);
  await markExported(db, batch, fileName, actor);
  return { fileName, csv };
}
