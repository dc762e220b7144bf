// npm run bench:postbacks: Awin transaction notifications (POST, fixture F1's
// shape) over HTTP to the production server (scripts/server/main.ts, what
// `npm start` runs) on the real PostgreSQL server (DATABASE_URL, default the
// machine's 127.0.0.1:5432), in a fresh database that is dropped afterwards.
// 50 000 postbacks (BENCH_POSTBACKS), 10 % of them a network's repeat of
// another, shuffled, 32 in flight (BENCH_CONNECTIONS). In the same run, just
// before, the ceiling: a plain per-row INSERT of the same rows into a copy of
// the inbox table through pg, as many in flight. Then the check: one
// conversion per distinct transaction at its amounts and member, every
// request in the inbox and read. Exits 1 when the check fails (speed is
// reported, not enforced).

import { createHash } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import pg from 'pg';
import { freePort } from '@/db/embedded';
import { buildIsCurrent } from '../launcher/build-freshness';
import { autoanalyzeWhileFilling, INTAKE_TABLES } from './autoanalyze';
import { stopServer } from './bench-server';
import { measure, oneDecimal, percent, type Stats, whole } from './measure';
import {
  buildPostbacks,
  createBenchDatabase,
  sendPostback,
  startServer,
  verifyConversions,
  waitUntilApplied,
} from './postback-load';
import { waitForHealth } from './wait-for-health';

const TOTAL = Number(process.env.BENCH_POSTBACKS ?? 50_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DUPLICATE_SHARE = 0.1;
const TARGET_PER_SECOND = 1_000;
const DRAIN_TIMEOUT_MS = Number(process.env.BENCH_DRAIN_TIMEOUT_S ?? 1_200) * 1_000;
const WARM_UP = 500;
const root = process.cwd();

function statsLine(label: string, stats: Stats): string {
  const ms = (value: number) => `${oneDecimal.format(value)} ms`.padStart(9);
  return `${label.padEnd(34)} ${whole.format(stats.perSecond).padStart(6)}/s  p50${ms(stats.p50)}  p99${ms(stats.p99)}  max${ms(stats.max)}`;
}

async function main(): Promise<number> {
  const build = buildIsCurrent(root);
  if (build.reason === 'no production build yet') {
    console.error('bench:postbacks needs a production build (.next is missing): run `npm run build` first');
    return 2;
  }
  // The postback path runs from source (the server's fast path); Next only
  // answers /api/health here, so an older build is reported, not refused.
  if (!build.current) console.log(`note: ${build.reason} (the postback fast path runs from source)`);
  if (!Number.isSafeInteger(TOTAL) || TOTAL < 100) throw new Error('BENCH_POSTBACKS must be at least 100');

  console.log(`preparing a fresh database (${TOTAL} postbacks, ${CONNECTIONS} connections)…`);
  const db = await createBenchDatabase('cashback_bench_pb');
  let server: ReturnType<typeof startServer> | null = null;
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const ceilingPool = new pg.Pool({ connectionString: db.url, max: CONNECTIONS });
  let ceilingPoolOpen = true;
  try {
    const { postbacks, transactions } = buildPostbacks(TOTAL, DUPLICATE_SHARE, db.clicks, 'B');
    // Warm-up postbacks of their own (JIT, pools, caches), removed before the measured run.
    const warm = buildPostbacks(WARM_UP, 0, db.clicks, 'W');

    const port = await freePort();
    server = startServer(db.url, port);
    await waitForHealth(`http://127.0.0.1:${port}/api/health`, 60_000);
    await measure(warm.postbacks.length, CONNECTIONS, async (i) => {
      const status = await sendPostback(agent, port, db.token, warm.postbacks[i]!);
      if (status !== 200) throw new Error(`warm-up postback answered ${status}`);
    });
    if ((await waitUntilApplied(db, DRAIN_TIMEOUT_MS)) === null)
      throw new Error('the warm-up was never applied');
    await db.handle.pool.query(
      `truncate conversion_changes, conversion_status_changes, conversion_lines, conversion_events, conversions, inbox_events cascade`,
    );
    await db.handle.pool.query('vacuum analyze');

    // The ceiling, just before the app round so both see the machine alike (it is shared):
    // the same rows, one plain INSERT each, no batching, no app (the server is up but idle).
    await db.handle.pool.query(
      `create table bench_inbox_ceiling (like inbox_events including defaults including constraints including indexes including identity)`,
    );
    const headersOf = (requestId: string) =>
      JSON.stringify({
        'content-type': 'application/x-www-form-urlencoded',
        'user-agent': 'AwinTransactionPush/1.0 (bench)',
        'x-request-id': requestId,
      });
    const loadCeiling = os.loadavg()[0]!;
    const ceiling = await measure(postbacks.length, CONNECTIONS, async (i) => {
      const postback = postbacks[i]!;
      await ceilingPool.query(
        `insert into bench_inbox_ceiling
           (network_code, network_account_id, channel, source_ip, method, path, query, headers, body, payload_hash)
         values ($1, $2, 'postback', $3, 'POST', $4, '{}', $5, $6, $7) returning id`,
        [
          'awin',
          db.accountId,
          '127.0.0.1',
          '/api/postbacks/awin/<token>',
          headersOf(postback.requestId),
          postback.transaction.body,
          createHash('sha256').update(`POST\n{}\n${postback.transaction.body}`).digest('hex'),
        ],
      );
    });

    await db.handle.pool.query('drop table bench_inbox_ceiling');
    await ceilingPool.end();
    ceilingPoolOpen = false;

    const analyzer = await autoanalyzeWhileFilling(db.handle.pool, INTAKE_TABLES);
    if (analyzer.active)
      console.log(
        '(the server runs with autovacuum off: the bench analyzes the intake tables every 5 s, as autovacuum would)',
      );
    const load0 = os.loadavg()[0]!;
    const statuses = new Map<number, number>();
    const started = performance.now();
    const app = await measure(postbacks.length, CONNECTIONS, async (i) => {
      const status = await sendPostback(agent, port, db.token, postbacks[i]!);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
    const load1 = os.loadavg()[0]!;

    // The answers first: applying them takes far longer.
    const ok200 = statuses.get(200) ?? 0;
    const others = [...statuses.entries()].filter(([status]) => status !== 200);
    console.log(
      `\n${TOTAL} Awin postbacks (${transactions.length} transactions + ${TOTAL - transactions.length} repeats, shuffled), ${CONNECTIONS} in flight`,
    );
    console.log(statsLine('postbacks answered 200 (app)', app));
    console.log(statsLine('plain INSERT per row (ceiling)', ceiling));
    console.log(
      `app/ceiling: ${percent(app.perSecond, ceiling.perSecond)} · target ${TARGET_PER_SECOND}/s: ${
        app.perSecond >= TARGET_PER_SECOND ? '✓' : '✗'
      } · 200s: ${ok200}${others.length ? ` · other answers: ${others.map(([s, n]) => `${s}×${n}`).join(', ')}` : ''}`,
    );
    console.log(
      `load average (1 min): ${oneDecimal.format(loadCeiling)} before the ceiling, ${oneDecimal.format(load0)} before the app, ${oneDecimal.format(load1)} after its answers · ${os.cpus().length} CPUs`,
    );

    const drainMs = await waitUntilApplied(db, DRAIN_TIMEOUT_MS, (left) =>
      console.log(`  … ${left} postbacks still to apply`),
    );
    const appliedMs = performance.now() - started;
    await analyzer.stop();
    await stopServer(server);
    server = null;
    console.log(
      drainMs === null
        ? `✗ not every postback was applied within ${whole.format(DRAIN_TIMEOUT_MS / 1000)} s`
        : `applied (conversions and ledger, after the 200): all ${TOTAL} ${oneDecimal.format(drainMs / 1000)} s after the last answer, ${whole.format((TOTAL * 1000) / appliedMs)}/s from the first postback to the last applied (load average ${oneDecimal.format(os.loadavg()[0]!)})`,
    );

    const verdict = await verifyConversions(db, transactions, { exactly: TOTAL });
    console.log(`\n${verdict.lines.join('\n')}`);
    if (ok200 !== TOTAL) {
      console.log(`✗ every postback answered 200: ${ok200} of ${TOTAL}`);
      return 1;
    }
    return verdict.ok ? 0 : 1;
  } finally {
    if (server) await stopServer(server);
    agent.destroy();
    if (ceilingPoolOpen) await ceilingPool.end();
    await db.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
