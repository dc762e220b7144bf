// npm run bench:ledger: the member ledger at scale (issue 6). A fresh database
// on the real PostgreSQL server (DATABASE_URL, default the machine's
// 127.0.0.1:5432), the demo catalog, then 100,000 members and 1,000,000 ledger
// lines with one member holding 10,000 of them (db/seed/ledger-scale.ts).
// Measured, each against a baseline in the same run:
//  - the member dashboard (/account) of the heavy member, server response on a
//    production build, vs the same page for a member with no lines and vs
//    /api/health (the server's floor); target p95 ≤ 50 ms one request at a
//    time, and the same with 4 in flight for the record;
//  - `ledger:check` over everything vs one plain scan of the lines; target < 60 s.
// BENCH_LEDGER_LINES / BENCH_LEDGER_MEMBERS shrink it for a quick run.
import type { ChildProcess } from 'node:child_process';
import { encode } from 'next-auth/jwt';
import pg from 'pg';
import { createDb } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { seedDatabase } from '@/db/seed';
import { LEDGER_BENCH_SCALE, seedLedgerScale } from '@/db/seed/ledger-scale';
import { createSession } from '@/lib/accounts/sessions';
import { checkLedgerInvariants } from '@/lib/ledger/check-invariants';
import { buildIsCurrent } from '../launcher/build-freshness';
import { startBenchServer, stopServer } from './bench-server';
import { measure, oneDecimal, row, whole } from './measure';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SECRET = 'bench-ledger-secret-0123456789abcdef0123';
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const CONCURRENCY = 4;
const DASHBOARD_P95_TARGET_MS = 50;
const CHECK_TARGET_S = 60;
const root = process.cwd();

async function main() {
  if (!buildIsCurrent(root).current) {
    console.error('bench:ledger needs a current production build: run `npm run build` first');
    process.exit(2);
  }
  const scale = {
    members: Number(process.env.BENCH_LEDGER_MEMBERS ?? LEDGER_BENCH_SCALE.members),
    lines: Number(process.env.BENCH_LEDGER_LINES ?? LEDGER_BENCH_SCALE.lines),
    heavyMemberLines: LEDGER_BENCH_SCALE.heavyMemberLines,
  };
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  const database = `cashback_bench_${Date.now().toString(36)}`;
  await admin.query(`create database ${admin.escapeIdentifier(database)}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();
  const handle = createDb(databaseUrl, { max: 4 });
  let app: ChildProcess | null = null;
  let failed = false;
  try {
    await runMigrations(handle.db, databaseUrl);
    await seedDatabase(handle.db, { scale: 'demo', log: () => {} });
    const seeding = performance.now();
    const summary = await seedLedgerScale(handle.pool, scale, (m) => console.log(`  seeding ${m}`));
    console.log(
      `seeded ${whole.format(summary.members)} members, ${whole.format(summary.purchases)} purchases, ` +
        `${whole.format(summary.lines)} ledger lines in ${oneDecimal.format((performance.now() - seeding) / 1000)} s`,
    );
    const { rows: heavyLines } = await handle.pool.query(
      `select count(*)::int as n from ledger_lines l join ledger_accounts a on a.id = l.account_id where a.user_id = $1`,
      [summary.heavyMemberId],
    );
    const { rows: empty } = await handle.pool.query(
      `select u.id from users u where u.email like 'bench-%' and not exists
         (select 1 from ledger_accounts a where a.user_id = u.id) limit 1`,
    );
    const cookieFor = async (userId: string) => {
      const session = await createSession(handle.db, { userId, rememberMe: true }, { secret: SECRET });
      const token = await encode({
        token: { sub: userId, sid: session.id },
        secret: SECRET,
        salt: 'authjs.session-token',
      });
      return `authjs.session-token=${token}`;
    };
    const heavyCookie = await cookieFor(summary.heavyMemberId);
    const emptyCookie = empty[0] ? await cookieFor(empty[0].id) : heavyCookie;

    // ledger:check over everything, against one plain scan of the lines.
    const scanStarted = performance.now();
    await handle.pool.query('select count(*), sum(amount_minor) from ledger_lines');
    const scanS = (performance.now() - scanStarted) / 1000;
    const checkStarted = performance.now();
    const results = await checkLedgerInvariants(handle.db);
    const checkS = (performance.now() - checkStarted) / 1000;
    const broken = results.filter((r) => r.violations > 0);

    const server = await startBenchServer({ databaseUrl, secret: SECRET });
    app = server.child;
    const base = server.base;
    const get = (pathname: string, cookie?: string) => async () => {
      const response = await fetch(`${base}${pathname}`, {
        headers: cookie ? { cookie } : {},
        redirect: 'manual',
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${pathname} answered ${response.status}`);
    };
    // Warm-up: JIT, the pool, Next's route cache.
    await measure(40, CONCURRENCY, get('/account', heavyCookie));
    await measure(20, CONCURRENCY, get('/account', emptyCookie));

    // The target is the server's response time: one request at a time (the
    // 2-core machine's two cores are then the server's and the database's).
    // The same pages with 4 in flight are printed as load figures.
    for (const concurrency of [1, CONCURRENCY]) {
      const health = await measure(REQUESTS, concurrency, get('/api/health'));
      const emptyDashboard = await measure(REQUESTS, concurrency, get('/account', emptyCookie));
      const heavyDashboard = await measure(REQUESTS, concurrency, get('/account', heavyCookie));
      console.log(`\nmember dashboard, ${REQUESTS} requests, ${concurrency} in flight (ms)`);
      console.log(row('/api/health (floor)', health));
      console.log(row('/account, member with no lines (baseline)', emptyDashboard));
      console.log(
        row(
          `/account, member with ${whole.format(heavyLines[0].n)} lines`,
          heavyDashboard,
          concurrency === 1 ? DASHBOARD_P95_TARGET_MS : undefined,
        ),
      );
      if (concurrency === 1 && heavyDashboard.p95 > DASHBOARD_P95_TARGET_MS) failed = true;
      console.log(
        `heavy/empty p95: ${oneDecimal.format(heavyDashboard.p95 / Math.max(emptyDashboard.p95, 0.1))}×`,
      );
    }
    console.log(`\nledger:check over ${whole.format(summary.lines)} lines`);
    console.log(`  plain scan of the lines (baseline): ${oneDecimal.format(scanS)} s`);
    console.log(
      `  ledger:check (${results.length} invariants): ${oneDecimal.format(checkS)} s ` +
        `(${oneDecimal.format(checkS / Math.max(scanS, 0.001))}× the scan) ${checkS < CHECK_TARGET_S ? `< ${CHECK_TARGET_S} s ✓` : `≥ ${CHECK_TARGET_S} s ✗`}`,
    );
    if (broken.length > 0) {
      failed = true;
      console.error(`  broken invariants: ${broken.map((r) => `${r.name} (${r.violations})`).join(', ')}`);
    } else console.log('  every invariant holds ✓');
  } finally {
    if (app) await stopServer(app);
    await handle.close();
    await admin.query(`drop database if exists ${admin.escapeIdentifier(database)} with (force)`);
    await admin.end();
  }
  if (failed) process.exit(1);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
