// npm run bench:payouts: a SEPA payout batch at scale (issue 7). A fresh
// database on the real PostgreSQL server (DATABASE_URL, default the
// machine's 127.0.0.1:5432), 100,000 approved SEPA withdrawals with sealed
// details (scripts/bench/payouts-seed.ts), then, measured:
//  - creating the batch (select the approved ids, lock, key, items, events, audit),
//  - exporting its pain.001 file by streaming it to disk (decrypting each IBAN),
// with their total against the 10 s target and the process's peak memory,
// and against a baseline in the same run: one plain paged select of the same
// rows written to disk as CSV, no decryption, no XML.
// BENCH_PAYOUTS=N changes the size.
import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resourceUsage } from 'node:process';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { createDb } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { toDecimalString } from '@/lib/money';
import { approvedWithdrawalIds, batchWithdrawals } from '@/lib/withdrawals/batch-withdrawals';
import { exportSepaBatch } from '@/lib/withdrawals/export-payout-batch';
import { payoutDetailsKey } from '@/lib/withdrawals/payout-secrets';
import { oneDecimal, whole } from './measure';
import { seedApprovedSepa } from './payouts-seed';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const COUNT = Number(process.env.BENCH_PAYOUTS ?? 100_000);
const TARGET_S = 10;
const MiB = 1024 * 1024;
const debtor = { name: 'Ristourne SAS', iban: 'FR1420041010050500013M02606', bic: null };

/** Samples the resident set size every 20 ms: the peak of a phase, not just its end. */
function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; s: number; peakRss: number }> {
  const sampler = rssSampler();
  const started = performance.now();
  const value = await fn();
  return { value, s: (performance.now() - started) / 1000, peakRss: sampler.stop() };
}

async function main() {
  const key = payoutDetailsKey({ NODE_ENV: 'development', DEMO_MODE: false, CREDENTIALS_KEY: undefined })!;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  const database = `cashback_bench_${Date.now().toString(36)}`;
  await admin.query(`create database ${admin.escapeIdentifier(database)}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();
  const handle = createDb(databaseUrl, { max: 4 });
  const xmlPath = path.join(tmpdir(), `${database}.xml`);
  const csvPath = path.join(tmpdir(), `${database}.csv`);
  try {
    await runMigrations(handle.db, databaseUrl);
    const seeding = performance.now();
    await seedApprovedSepa(handle.pool, COUNT, key);
    await handle.pool.query('analyze');
    console.log(
      `seeded ${whole.format(COUNT)} approved SEPA withdrawals in ${oneDecimal.format((performance.now() - seeding) / 1000)} s`,
    );
    const rssStart = process.memoryUsage().rss;

    const batch = await timed(async () => {
      const ids = await approvedWithdrawalIds(handle.db, 'sepa', COUNT);
      return batchWithdrawals(handle.db, { method: 'sepa', withdrawalIds: ids, actorUserId: null });
    });
    const exported = await timed(async () => {
      const file = await exportSepaBatch(
        handle.db,
        batch.value.id,
        { debtor, detailsKey: key },
        { actorUserId: null },
      );
      await pipeline(Readable.from(file.chunks), createWriteStream(xmlPath));
      return (await stat(xmlPath)).size;
    });
    // Baseline: the same rows, one plain paged select, written as CSV.
    const baseline = await timed(async () => {
      async function* lines() {
        let afterId = 0;
        for (;;) {
          const { rows } = await handle.pool.query(
            `with page as materialized (
               select id, withdrawal_id, amount_minor from payout_batch_items
               where batch_id = $1 and id > $2 order by id limit 2000)
             select i.id, i.withdrawal_id, i.amount_minor, m.details_encrypted
             from page i join withdrawals w on w.id = i.withdrawal_id
             join payout_methods m on m.id = w.payout_method_id order by i.id`,
            [batch.value.id, afterId],
          );
          if (rows.length === 0) return;
          yield rows.map((r) => `${r.withdrawal_id},${r.amount_minor},${r.details_encrypted}\n`).join('');
          afterId = Number(rows[rows.length - 1].id);
        }
      }
      await pipeline(Readable.from(lines()), createWriteStream(csvPath));
      return (await stat(csvPath)).size;
    });

    const totalS = batch.s + exported.s;
    const mib = (bytes: number) => `${oneDecimal.format(bytes / MiB)} MiB`;
    console.log(
      `\nSEPA batch of ${whole.format(batch.value.itemCount)} withdrawals (${toDecimalString(batch.value.totalMinor, 2)} EUR)`,
    );
    console.log(
      `  create the batch:          ${oneDecimal.format(batch.s)} s   peak RSS ${mib(batch.peakRss)}`,
    );
    console.log(
      `  export pain.001 (stream):  ${oneDecimal.format(exported.s)} s   peak RSS ${mib(exported.peakRss)}   file ${mib(exported.value)}`,
    );
    console.log(
      `  total:                     ${oneDecimal.format(totalS)} s ${totalS < TARGET_S ? `< ${TARGET_S} s ✓` : `≥ ${TARGET_S} s ✗`}`,
    );
    console.log(
      `  baseline select → CSV:     ${oneDecimal.format(baseline.s)} s   peak RSS ${mib(baseline.peakRss)}   file ${mib(baseline.value)}`,
    );
    console.log(
      `  export / baseline:         ${oneDecimal.format(exported.s / Math.max(baseline.s, 0.001))}×`,
    );
    console.log(
      `  RSS before the phases ${mib(rssStart)}; process maxRSS ${mib(resourceUsage().maxRSS * 1024)}`,
    );
    if (totalS >= TARGET_S) process.exitCode = 1;
  } finally {
    await handle.close();
    await admin.query(`drop database if exists ${admin.escapeIdentifier(database)} with (force)`);
    await admin.end();
    await rm(xmlPath, { force: true });
    await rm(csvPath, { force: true });
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
