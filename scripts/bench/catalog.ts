// npm run bench:catalog: /stores and search latency on 10 000 merchants, on a
// production build served by the production server (scripts/server/main.ts,
// what `npm start` runs), at 10 concurrent requests. Baselines measured in the
// same run: /api/health (the server's floor), /legal (a page without database
// work: Next's floor per page) and an unindexed ILIKE search. Each catalog row
// says how its responses were served (the x-catalog-cache header set by
// lib/catalog/page-cache.ts: hit, stale, miss); the "every URL once" row shows
// the cost of a render when the cache cannot help.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createDb } from '@/db/client';
import { startEmbedded } from '@/db/embedded';
import { runMigrations } from '@/db/migrate';
import { resetCatalog, seedDatabase } from '@/db/seed';
import { cachedCardInputs } from '@/lib/catalog/card-inputs-cache';
import { cachedMatchingCategories } from '@/lib/catalog/matching-categories';
import { refreshMerchantDerived } from '@/lib/catalog/merchant-derived';
import { findStorePage, listStores } from '@/lib/catalog/store-list';
import { parseStoreQuery } from '@/lib/catalog/store-query';
import { defaultPoolMax } from '@/lib/env';
import { buildIsCurrent } from '../launcher/build-freshness';
import { type BenchServer, startBenchServer, stopServer } from './bench-server';
import { measure, percent, row } from './measure';

const CONCURRENCY = 10;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
// Searches on the pool take a few milliseconds, so their rows take more samples and a longer
// warm-up: a p95 of 300 samples moved by 10 ms between runs minutes apart (18.9 and 30.1 ms).
const SEARCH_REQUESTS = Number(process.env.BENCH_SEARCH_REQUESTS ?? 2000);
const root = process.cwd();
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

function exitCode(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? 1);
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

/** "hit 97% · miss 3%": how the page cache answered a row's requests. */
function servedBy(outcomes: Map<string, number>): string {
  const total = [...outcomes.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return 'no page cache: every response rendered';
  return [...outcomes.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([outcome, n]) => `${outcome} ${percent(n, total, 0)}`)
    .join(' · ');
}

async function main() {
  const server = process.env.DATABASE_URL
    ? null
    : await startEmbedded({ dataDir: path.join(root, '.data', 'bench-pg'), log: () => {} });
  const url = process.env.DATABASE_URL ?? server!.url;
  // The search rows run on a pool sized like the server's (lib/env.ts: defaultPoolMax).
  const handle = createDb(url, { max: defaultPoolMax() });
  let next: BenchServer | null = null;
  try {
    await runMigrations(handle.db, url);
    const { rows } = await handle.pool.query<{ n: number }>(`select count(*)::int as n from merchants`);
    if ((rows[0]?.n ?? 0) < 10_000) {
      console.log('seeding 10 000 merchants (seed --scale large)…');
      await resetCatalog(handle.db);
      await seedDatabase(handle.db, { scale: 'large', log: () => {} });
    }
    // Derived columns follow the current code even on a database seeded by an older version.
    await refreshMerchantDerived(handle.db);
    await handle.pool.query('vacuum analyze');
    const counts = await handle.pool.query(
      `select status, count(*)::int as n from merchants group by status order by status`,
    );
    console.log(`merchants: ${counts.rows.map((r) => `${r.status} ${r.n}`).join(', ')}`);

    if (!buildIsCurrent(root).current) {
      console.log('building the production app…');
      const build = spawn(process.execPath, [nextBin, 'build'], {
        stdio: 'inherit',
        env: { ...process.env, NODE_ENV: 'production' },
      });
      if ((await exitCode(build)) !== 0) throw new Error('next build failed');
    }
    // The server `npm start` runs (scripts/server/main.ts), not `next start`. Production mode
    // requires a secret; a benchmark server can use a throwaway one.
    next = await startBenchServer({
      databaseUrl: url,
      secret: process.env.AUTH_SECRET ?? randomBytes(32).toString('base64url'),
    });
    const base = next.base;

    // Headers as a browser sends them: compressed answers, no cookie (an anonymous visitor).
    const headers = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' };
    let outcomes = new Map<string, number>();
    const http = (paths: string[]) => async (i: number) => {
      const response = await fetch(base + paths[i % paths.length], { headers });
      if (!response.ok) throw new Error(`${paths[i % paths.length]} answered ${response.status}`);
      await response.arrayBuffer();
      const outcome = response.headers.get('x-catalog-cache');
      if (outcome) outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    };
    const scenarios: [string, string[], number?][] = [
      ['baseline GET /api/health', ['/api/health']],
      ['baseline GET /legal (no database)', ['/legal']],
      ['GET /stores (popular, page 1)', ['/stores'], 150],
      [
        'GET /stores?sort=rate&page=1..20',
        Array.from({ length: 20 }, (_, i) => `/stores?sort=rate&page=${i + 1}`),
        150,
      ],
      [
        'GET /stores?sort=az&category=<slug>',
        [
          '/stores?sort=az&category=mode',
          '/stores?sort=az&category=high-tech',
          '/stores?sort=az&category=voyage',
        ],
        150,
      ],
      [
        'GET /stores?q=… (accents, typos)',
        ['/stores?q=electromenager', '/stores?q=lavnde', '/stores?q=creme', '/stores?q=voyage%20azur'],
        150,
      ],
    ];
    console.log(`\nHTTP, ${REQUESTS} requests per row, ${CONCURRENCY} concurrent (after a warm-up):`);
    for (const [label, paths, target] of scenarios) {
      await measure(Math.min(40, REQUESTS), CONCURRENCY, http(paths));
      outcomes = new Map();
      const stats = await measure(REQUESTS, CONCURRENCY, http(paths));
      console.log(`${row(label, stats, target)}${target ? `  ${servedBy(outcomes)}` : ''}`);
    }
    // Every URL once (a different page each time, past the last page too): no replay possible.
    const once = Array.from({ length: REQUESTS }, (_, i) => `/stores?sort=rate&page=${i + 101}`);
    outcomes = new Map();
    const onceStats = await measure(REQUESTS, CONCURRENCY, http(once));
    console.log(`${row('GET /stores?sort=rate, every URL once', onceStats, 150)}  ${servedBy(outcomes)}`);

    const queries = ['electromenager', 'lavnde', 'creme celeste', 'pixel', 'banque', 'voyages azur'];
    console.log(
      `\nSearch on the pool (domain calls, no HTTP), ${SEARCH_REQUESTS} per row (the unindexed baseline ${REQUESTS}), ${CONCURRENCY} concurrent:`,
    );
    // As the page calls them: matching categories and card inputs from the per-process caches.
    const searchQuery = async (i: number) => {
      await findStorePage(handle.db, parseStoreQuery({ q: queries[i % queries.length] }), {
        matchingCategories: cachedMatchingCategories,
      });
    };
    const searchQueryUncached = async (i: number) => {
      await findStorePage(handle.db, parseStoreQuery({ q: queries[i % queries.length] }));
    };
    const searchPage = async (i: number) => {
      await listStores(handle.db, parseStoreQuery({ q: queries[i % queries.length] }), {
        matchingCategories: cachedMatchingCategories,
        cardInputs: cachedCardInputs,
      });
    };
    const naive = async (i: number) => {
      const q = queries[i % queries.length]!;
      await handle.db.execute(
        sql`select id from merchants where status = 'live' and f_unaccent(name || ' ' || search_keywords) ilike ${`%${q}%`} order by click_count30d desc limit 24`,
      );
    };
    const tasks: [string, (i: number) => Promise<void>, number, number?][] = [
      ['search query: page of 24 + total (trigram index)', searchQuery, SEARCH_REQUESTS, 30],
      ['search query, categories looked up each time', searchQueryUncached, SEARCH_REQUESTS],
      ['search page data: + cards and categories', searchPage, SEARCH_REQUESTS],
      ['baseline: unindexed ILIKE, 24 ids, no total', naive, REQUESTS],
    ];
    for (const [label, task, n, target] of tasks) {
      await measure(Math.max(40, Math.round(n / 10)), CONCURRENCY, task);
      console.log(row(label, await measure(n, CONCURRENCY, task), target));
    }
  } finally {
    if (next) await stopServer(next.child);
    await handle.close();
    await server?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
