// npm run reliability:postbacks: the production server (scripts/server/main.ts)
// is killed with SIGKILL in the middle of a postback load and started again on
// the same database and port, while the load goes on: like a network, the load
// sends again every postback that got no 200 (refused connections, resets, a
// 5xx) until it gets one. Then: every postback answered 200 is in the inbox
// (each request carries its own X-Request-Id, which the inbox keeps), the rows
// the killed server had stored but not applied are applied after the restart
// (lib/conversions/process-stuck-inbox.ts, at start-up), and the conversions
// are exactly right: one per distinct transaction, at its amounts and member.
//
// 20 000 Awin postbacks (RELIABILITY_POSTBACKS), 10 % repeats, 32 in flight,
// the kill once 40 % are answered; a fresh database on DATABASE_URL (default
// the machine's 127.0.0.1:5432), dropped afterwards. Exits 1 when a check fails.
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import { freePort } from '@/db/embedded';
import { autoanalyzeWhileFilling, INTAKE_TABLES } from '../bench/autoanalyze';
import { exited, stopServer } from '../bench/bench-server';
import { oneDecimal, whole } from '../bench/measure';
import {
  buildPostbacks,
  createBenchDatabase,
  type Postback,
  sendPostback,
  startServer,
  verifyConversions,
  waitUntilApplied,
} from '../bench/postback-load';
import { waitForHealth } from '../bench/wait-for-health';
import { buildIsCurrent } from '../launcher/build-freshness';

const TOTAL = Number(process.env.RELIABILITY_POSTBACKS ?? 20_000);
const CONNECTIONS = 32;
const DUPLICATE_SHARE = 0.1;
const KILL_AT_SHARE = 0.4;
const RETRY_PAUSE_MS = 100;
const APPLY_TIMEOUT_MS = Number(process.env.RELIABILITY_APPLY_TIMEOUT_S ?? 3_600) * 1_000;
const root = process.cwd();

type Tally = {
  /** Called with the start time of every attempt answered 200. */
  onAnswer: (attemptStartedAt: number) => void;
  attempts: number;
  answered: Set<string>;
  retries: number;
  connectionErrors: Map<string, number>;
  statuses: Map<number, number>;
};

function bump<K>(map: Map<K, number>, key: K) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

class Refused extends Error {}

/** Sends until it gets a 200, as a network does; resolves when it has. */
async function deliver(agent: http.Agent, port: number, token: string, postback: Postback, tally: Tally) {
  for (;;) {
    tally.attempts += 1;
    const attemptStartedAt = performance.now();
    let status: number;
    try {
      status = await sendPostback(agent, port, token, postback, 10_000);
    } catch (error) {
      const code = (error as { code?: string }).code ?? (error as Error).message;
      bump(tally.connectionErrors, code);
      status = 0;
    }
    if (status === 200) {
      tally.answered.add(postback.requestId);
      tally.onAnswer(attemptStartedAt);
      return;
    }
    if (status !== 0) {
      bump(tally.statuses, status);
      // A refusal (401, 403, 413) would be refused again: that is a broken run, not an outage.
      if (status < 500) throw new Refused(`postback ${postback.requestId} refused with ${status}`);
    }
    tally.retries += 1;
    await new Promise((r) => setTimeout(r, RETRY_PAUSE_MS));
  }
}

async function main(): Promise<number> {
  if (buildIsCurrent(root).reason === 'no production build yet') {
    console.error(
      'reliability:postbacks needs a production build (.next is missing): run `npm run build` first',
    );
    return 2;
  }
  if (!Number.isSafeInteger(TOTAL) || TOTAL < 100)
    throw new Error('RELIABILITY_POSTBACKS must be at least 100');
  console.log(`preparing a fresh database (${TOTAL} postbacks, ${CONNECTIONS} connections)…`);
  const db = await createBenchDatabase('cashback_rel_pb');
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  let server: ChildProcess | null = null;
  try {
    const { postbacks, transactions } = buildPostbacks(TOTAL, DUPLICATE_SHARE, db.clicks, 'R');
    const port = await freePort();
    server = startServer(db.url, port);
    await waitForHealth(`http://127.0.0.1:${port}/api/health`, 60_000);

    const killAfter = Math.round(TOTAL * KILL_AT_SHARE);
    let killedAt: number | null = null;
    let healthyAgainMs: number | null = null;
    let firstAnswerAfterKillMs: number | null = null;
    const tally: Tally = {
      onAnswer: (attemptStartedAt) => {
        if (killedAt !== null && firstAnswerAfterKillMs === null && attemptStartedAt > killedAt)
          firstAnswerAfterKillMs = performance.now() - killedAt;
      },
      attempts: 0,
      answered: new Set(),
      retries: 0,
      connectionErrors: new Map(),
      statuses: new Map(),
    };
    let unappliedAtKill = 0;
    let restart: Promise<void> | null = null;

    const killAndRestart = async () => {
      killedAt = performance.now();
      server!.kill('SIGKILL');
      await exited(server!);
      // What the killed server stored and answered but had not applied yet.
      unappliedAtKill = (
        await db.handle.pool.query<{ n: number }>(
          `select count(*)::int as n from inbox_events where network_account_id = $1 and status = 'received'`,
          [db.accountId],
        )
      ).rows[0]!.n;
      server = startServer(db.url, port);
      await waitForHealth(`http://127.0.0.1:${port}/api/health`, 120_000);
      healthyAgainMs = performance.now() - killedAt;
    };

    // As autovacuum would (the machine's server runs without it): scripts/bench/autoanalyze.ts.
    const analyzer = await autoanalyzeWhileFilling(db.handle.pool, INTAKE_TABLES);
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next < postbacks.length) {
          const postback = postbacks[next++]!;
          await deliver(agent, port, db.token, postback, tally);
          if (restart === null && tally.answered.size >= killAfter) restart = killAndRestart();
        }
      }),
    );
    await restart;
    const loadMs = performance.now() - started;
    const applyMs = await waitUntilApplied(db, APPLY_TIMEOUT_MS, (left) =>
      console.log(`  … ${left} postbacks still to apply`),
    );
    await analyzer.stop();

    // Every 200 must be in the inbox, under its own request id.
    const { rows } = await db.handle.pool.query<{ request_id: string; rows: number }>(
      `select headers->>'x-request-id' as request_id, count(*)::int as rows
         from inbox_events where network_account_id = $1 group by 1`,
      [db.accountId],
    );
    const stored = new Map(rows.map((row) => [row.request_id, row.rows]));
    const missing = [...tally.answered].filter((id) => !stored.has(id));
    const inboxRows = rows.reduce((sum, row) => sum + row.rows, 0);
    const storedTwice = rows.filter((row) => row.rows > 1).length;

    const ms = (value: number | null) => (value === null ? 'n/a' : `${oneDecimal.format(value / 1000)} s`);
    console.log(
      `\nSIGKILL under load: ${TOTAL} Awin postbacks (${transactions.length} transactions + ${TOTAL - transactions.length} repeats), ${CONNECTIONS} in flight, killed after ${killAfter} answers`,
    );
    console.log(
      `sent ${TOTAL} · answered 200: ${tally.answered.size} · attempts ${tally.attempts} · retries ${tally.retries}`,
    );
    console.log(
      `connection errors: ${[...tally.connectionErrors].map(([code, n]) => `${code} ×${n}`).join(', ') || 'none'} · non-200 answers: ${[...tally.statuses].map(([status, n]) => `${status} ×${n}`).join(', ') || 'none'}`,
    );
    console.log(
      `kill → server healthy again ${ms(healthyAgainMs)} · kill → first 200 ${ms(firstAnswerAfterKillMs)} · load ${ms(loadMs)}`,
    );
    console.log(
      `inbox rows ${inboxRows} (${inboxRows - TOTAL} stored by a request whose answer the kill cut off, then sent again; ${storedTwice} request ids stored twice)`,
    );
    console.log(
      `stored and answered but not applied when killed: ${unappliedAtKill} · all applied ${ms(applyMs)} after the load ended`,
    );
    console.log(`load average (1 min) ${oneDecimal.format(os.loadavg()[0]!)} · ${os.cpus().length} CPUs`);

    const verdict = await verifyConversions(db, transactions, { atLeast: TOTAL });
    const lines = [
      `${missing.length === 0 ? '✓' : '✗'} every 200 is in the inbox: ${whole.format(tally.answered.size - missing.length)} of ${tally.answered.size}${missing.length ? `, missing e.g. ${missing.slice(0, 3).join(', ')}` : ''}`,
      `${tally.answered.size === TOTAL ? '✓' : '✗'} every postback answered 200 in the end: ${tally.answered.size} of ${TOTAL}`,
      ...verdict.lines,
    ];
    console.log(`\n${lines.join('\n')}`);
    return missing.length === 0 && tally.answered.size === TOTAL && verdict.ok && applyMs !== null ? 0 : 1;
  } finally {
    if (server) await stopServer(server);
    agent.destroy();
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
