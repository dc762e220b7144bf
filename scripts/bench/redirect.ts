// npm run bench:redirect: /out/<slug> for a signed-in member, on a production
// build and the real PostgreSQL server (DATABASE_URL, default the machine's
// 127.0.0.1:5432), in a fresh database that is dropped afterwards. In the same
// run, a bare Node `http` server that only answers 302: the ceiling here.
// Each request carries its own deep link, so every 302 is a new click row;
// after each round the rows are counted against the 302s.
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import autocannon from 'autocannon';
import { encode } from 'next-auth/jwt';
import pg from 'pg';
import { createDb } from '@/db/client';
import { freePort } from '@/db/embedded';
import { runMigrations } from '@/db/migrate';
import { seedDatabase } from '@/db/seed';
import { createSession } from '@/lib/accounts/sessions';
import { buildIsCurrent } from '../launcher/build-freshness';
import { startBenchServer, stopServer } from './bench-server';
import { percent, whole } from './measure';

const CONNECTIONS = [1, 16, 64];
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SECRET = 'bench-redirect-secret-0123456789abcdef';
const SLUG = 'maison-lavande';
const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const root = process.cwd();

type Round = { rps: number; p50: number; p99: number; responses: number; redirects: number; errors: number };

function load(
  url: string,
  connections: number,
  headers: Record<string, string>,
  deepLinkHost: string | null,
) {
  let counter = 0;
  return new Promise<Round>((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        duration: DURATION_S,
        headers,
        requests: [
          {
            setupRequest: (request) => {
              counter += 1;
              if (deepLinkHost) {
                const link = `https://${deepLinkHost}/p/${process.pid}-${connections}-${counter}`;
                request.path = `/out/${SLUG}?url=${encodeURIComponent(link)}`;
              }
              return request;
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          responses: result.requests.total,
          redirects: result['3xx'],
          errors: result.errors + result.timeouts + result['5xx'] + result['4xx'],
        });
      },
    );
  });
}

async function main() {
  if (!buildIsCurrent(root).current) {
    console.error('bench:redirect needs a current production build: run `npm run build` first');
    process.exit(2);
  }
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  const database = `cashback_bench_${Date.now().toString(36)}`;
  await admin.query(`create database ${admin.escapeIdentifier(database)}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();
  const handle = createDb(databaseUrl, { max: 4 });
  let app: ChildProcess | null = null;
  const bare = http.createServer((_request, response) => {
    response.writeHead(302, { location: 'https://www.example.com/' });
    response.end();
  });
  try {
    await runMigrations(handle.db, databaseUrl);
    await seedDatabase(handle.db, { scale: 'demo', log: () => {} });
    const { rows: users } = await handle.pool.query(
      `select id from users where email = 'membre@demo.ristourne.fr'`,
    );
    const session = await createSession(
      handle.db,
      { userId: users[0].id, rememberMe: true },
      { secret: SECRET },
    );
    const cookie = await encode({
      token: { sub: users[0].id, sid: session.id },
      secret: SECRET,
      salt: 'authjs.session-token',
    });
    const { rows: domains } = await handle.pool.query(
      `select d.domain from merchant_domains d join merchants m on m.id = d.merchant_id where m.slug = $1 order by d.is_primary desc limit 1`,
      [SLUG],
    );
    const host = domains[0].domain as string;

    const server = await startBenchServer({ databaseUrl, secret: SECRET });
    app = server.child;
    const appPort = server.port;
    const barePort = await freePort();
    await new Promise<void>((resolve) => bare.listen(barePort, '127.0.0.1', resolve));

    const headers = {
      cookie: `authjs.session-token=${cookie}`,
      'user-agent': CHROME,
      'sec-fetch-dest': 'document',
      accept: 'text/html',
    };
    // Warm-up: JIT, the click-target cache, the pool.
    await load(`http://localhost:${appPort}/out/${SLUG}`, 8, headers, host);
    await handle.pool.query('truncate clicks cascade');

    console.log(
      `\n/out/${SLUG} (signed-in member, new click per request) vs a bare Node 302, ${DURATION_S} s per round`,
    );
    console.log(
      'conns | app req/s | app p50 | app p99 | bare req/s | bare p50 | bare p99 | app/bare | 302s   | rows   ',
    );
    for (const connections of CONNECTIONS) {
      const before = Number((await handle.pool.query('select count(*)::int as n from clicks')).rows[0].n);
      const appRound = await load(`http://localhost:${appPort}/out/${SLUG}`, connections, headers, host);
      const after = Number((await handle.pool.query('select count(*)::int as n from clicks')).rows[0].n);
      const bareRound = await load(`http://127.0.0.1:${barePort}/`, connections, {}, null);
      const rows = after - before;
      console.log(
        [
          String(connections).padStart(5),
          whole.format(appRound.rps).padStart(9),
          `${appRound.p50} ms`.padStart(7),
          `${appRound.p99} ms`.padStart(7),
          whole.format(bareRound.rps).padStart(10),
          `${bareRound.p50} ms`.padStart(8),
          `${bareRound.p99} ms`.padStart(8),
          percent(appRound.rps, bareRound.rps).padStart(8),
          String(appRound.redirects).padStart(6),
          `${rows}${rows >= appRound.redirects ? ' ✓' : ' ✗'}`.padStart(7),
        ].join(' | '),
      );
      // Rows can exceed the 302s counted: requests in flight when a round ends are still recorded.
      if (appRound.errors > 0)
        console.log(`      ${appRound.errors} errors or non-302 answers in that round`);
    }
  } finally {
    if (app) await stopServer(app);
    bare.close();
    await handle.close();
    await admin.query(`drop database if exists ${admin.escapeIdentifier(database)} with (force)`);
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
