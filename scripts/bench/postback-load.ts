// Shared by npm run bench:postbacks and npm run reliability:postbacks: a fresh
// database on the real PostgreSQL server with one Awin account, members and
// their clicks; Awin transaction notifications (the POST form of fixture F1)
// for them, a share sent twice; the production server (scripts/server/main.ts)
// as a child process; one postback over a keep-alive agent; and the check that
// the database holds exactly what was sent.
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';
import { createDb, type DbHandle } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { clicks, networkPrograms, users } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { addNetworkAccount } from '@/lib/networks/network-accounts';
import { newClickId } from '@/lib/tracking/click-id';

export const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECRET = 'bench-postbacks-secret-0123456789abcdef';
const PUBLISHER_ID = '1234567';
const MEMBERS = 200;
const CLICKS = 4_000;

export type BenchDatabase = {
  name: string;
  url: string;
  handle: DbHandle;
  accountId: number;
  token: string;
  /** Real clicks of real members, for the postbacks to name. */
  clicks: { id: string; userId: string }[];
  drop: () => Promise<void>;
};

/** A new database on the server at SERVER_URL, migrated, with the demo catalog, one Awin account, members and clicks. */
export async function createBenchDatabase(prefix: string): Promise<BenchDatabase> {
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  const name = `${prefix}_${Date.now().toString(36)}_${process.pid}`;
  await admin.query(`create database ${admin.escapeIdentifier(name)}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const handle = createDb(databaseUrl, { max: 4 });
  const drop = async () => {
    await handle.close().catch(() => {});
    const client = new pg.Client({ connectionString: SERVER_URL });
    await client.connect();
    await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
    await client.end();
  };
  try {
    await runMigrations(handle.db, databaseUrl);
    await seedDatabase(handle.db, { scale: 'demo', log: () => {} });
    const added = await addNetworkAccount(handle.db, {
      networkCode: 'awin',
      name: 'Awin FR (bench)',
      publisherId: PUBLISHER_ID,
      defaultCurrency: 'EUR',
    });
    const [program] = await handle.db.select().from(networkPrograms).limit(1);
    if (!program) throw new Error('the demo seed made no network program');
    const members = await handle.db
      .insert(users)
      .values(
        Array.from({ length: MEMBERS }, (_, i) => ({
          email: `bench-member-${i}@bench.example`,
          name: `Bench member ${i}`,
          termsAcceptedAt: new Date(),
          privacyAcceptedAt: new Date(),
        })),
      )
      .returning({ id: users.id });
    const made: { id: string; userId: string }[] = [];
    for (let start = 0; start < CLICKS; start += 500) {
      const batch = Array.from({ length: Math.min(500, CLICKS - start) }, (_, j) => ({
        id: newClickId(),
        userId: members[(start + j) % members.length]!.id,
      }));
      await handle.db.insert(clicks).values(
        batch.map((click) => ({
          ...click,
          merchantId: program.merchantId,
          networkProgramId: program.id,
          networkCode: program.networkCode,
          termsSnapshot: {} as never,
          trackingUrl: `https://www.awin1.com/cread.php?clickref=${click.id}`,
        })),
      );
      made.push(...batch);
    }
    return {
      name,
      url: databaseUrl,
      handle,
      accountId: added.account.id,
      token: added.postbackToken,
      clicks: made,
      drop,
    };
  } catch (error) {
    await drop();
    throw error;
  }
}

export type Transaction = {
  transactionId: string;
  saleMinor: number;
  commissionMinor: number;
  /** A real click (matched), a well-formed id that is no click of ours, or none (orphan). */
  clickRef:
    | { kind: 'matched'; clickId: string; userId: string }
    | { kind: 'unknown'; clickId: string }
    | null;
  body: string;
};

export type Postback = {
  transaction: Transaction;
  /** 0 for the first copy, 1 for the network's repeat. With the transaction id, unique per request. */
  copy: number;
  requestId: string;
};

/** Deterministic, so two runs send the same amounts in the same order. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** "84.50" from 8450: Awin's decimal form, from integer minor units. */
function decimal(minor: number): string {
  return `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
}

/**
 * `total` postbacks: `total - duplicates` distinct transactions (90 % on a
 * real click, 5 % on an unknown one, 5 % with no click ref), then
 * `duplicates` of them sent a second time, byte for byte, all shuffled.
 */
export function buildPostbacks(
  total: number,
  duplicateShare: number,
  clickList: BenchDatabase['clicks'],
  runTag: string,
): { postbacks: Postback[]; transactions: Transaction[] } {
  const next = random(5_042);
  const duplicates = Math.round(total * duplicateShare);
  const distinct = total - duplicates;
  const transactions: Transaction[] = [];
  for (let i = 0; i < distinct; i++) {
    const saleMinor = 1_000 + Math.floor(next() * 49_000);
    const rateBps = 200 + Math.floor(next() * 800);
    const commissionMinor = Math.floor((saleMinor * rateBps) / 10_000);
    const roll = i % 20;
    const click = clickList[i % clickList.length]!;
    const clickRef: Transaction['clickRef'] =
      roll === 0
        ? null
        : roll === 1
          ? { kind: 'unknown', clickId: newClickId() }
          : { kind: 'matched', clickId: click.id, userId: click.userId };
    const transactionId = `${runTag}${String(i).padStart(7, '0')}`;
    const day = 1 + (i % 28);
    const push = {
      transactionId,
      transactionDate: `2026-02-${String(day).padStart(2, '0')} 18:22:05`,
      transactionCurrency: 'EUR',
      transactionAmount: decimal(saleMinor),
      affiliateId: PUBLISHER_ID,
      merchantId: '12345',
      groupId: '0',
      bannerId: '0',
      clickRef: clickRef?.clickId ?? '',
      clickThroughTime: `2026-02-${String(day).padStart(2, '0')} 18:01:44`,
      clickTime: `2026-02-${String(day).padStart(2, '0')} 18:01:44`,
      url: 'https://cashback.example/shop/acme',
      commission: decimal(commissionMinor),
      commissionGroups: [
        { id: '98765', name: 'Default Commission', code: 'DEFAULT', description: 'Default' },
      ],
    };
    const body = new URLSearchParams({ AwinTransactionPush: JSON.stringify(push) }).toString();
    transactions.push({ transactionId, saleMinor, commissionMinor, clickRef, body });
  }
  const postbacks: Postback[] = transactions.map((transaction) => ({
    transaction,
    copy: 0,
    requestId: `${transaction.transactionId}-0`,
  }));
  // Repeats of distinct transactions (each at most once more), picked at random.
  const picked = transactions.map((_, i) => i);
  for (let i = picked.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [picked[i], picked[j]] = [picked[j]!, picked[i]!];
  }
  for (const index of picked.slice(0, duplicates)) {
    const transaction = transactions[index]!;
    postbacks.push({ transaction, copy: 1, requestId: `${transaction.transactionId}-1` });
  }
  for (let i = postbacks.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [postbacks[i], postbacks[j]] = [postbacks[j]!, postbacks[i]!];
  }
  return { postbacks, transactions };
}

export function startServer(databaseUrl: string, port: number): ChildProcess {
  // tsx as a loader in this one process, not its CLI (which runs the script in a child):
  // a SIGKILL must reach the server itself.
  return spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'server', 'main.ts')], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      APP_URL: `http://localhost:${port}`,
      AUTH_SECRET: SECRET,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
}

/** One postback; resolves with the status, rejects on a connection error (refused, reset, hung up). */
export function sendPostback(
  agent: http.Agent,
  port: number,
  token: string,
  postback: Postback,
  timeoutMs = 30_000,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/postbacks/awin/${token}`,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(postback.transaction.body),
          'user-agent': 'AwinTransactionPush/1.0 (bench)',
          'x-request-id': postback.requestId,
        },
        timeout: timeoutMs,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', reject);
    request.end(postback.transaction.body);
  });
}

/**
 * Waits until no postback of the account is left `received` (applied after
 * their 200, in the background); resolves with the milliseconds waited, or
 * null at the timeout.
 */
export async function waitUntilApplied(
  db: BenchDatabase,
  timeoutMs: number,
  onProgress?: (left: number) => void,
): Promise<number | null> {
  const started = performance.now();
  let lastReport = started;
  for (;;) {
    const { rows } = await db.handle.pool.query<{ left: number }>(
      `select count(*)::int as left from inbox_events where network_account_id = $1 and status = 'received'`,
      [db.accountId],
    );
    const left = rows[0]!.left;
    const now = performance.now();
    if (left === 0) return now - started;
    if (now - started > timeoutMs) return null;
    if (onProgress && now - lastReport > 30_000) {
      lastReport = now;
      onProgress(left);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export type Verdict = { ok: boolean; lines: string[] };

/**
 * What the database must hold after the load: one conversion per distinct
 * transaction at its amounts, pending, matched to the click's member (or
 * orphan / unknown click), one applied event each, and every inbox row read.
 */
export async function verifyConversions(
  db: BenchDatabase,
  transactions: Transaction[],
  expectedInboxRows: { exactly: number } | { atLeast: number },
): Promise<Verdict> {
  const lines: string[] = [];
  let ok = true;
  const check = (label: string, pass: boolean, detail: string) => {
    lines.push(`${pass ? '✓' : '✗'} ${label}: ${detail}`);
    if (!pass) ok = false;
  };
  const pool = db.handle.pool;
  const inbox = (
    await pool.query<{ total: number; processed: number; received: number; parse_error: number }>(
      `select count(*)::int as total,
              count(*) filter (where status = 'processed')::int as processed,
              count(*) filter (where status = 'received')::int as received,
              count(*) filter (where status = 'parse_error')::int as parse_error
         from inbox_events where network_account_id = $1`,
      [db.accountId],
    )
  ).rows[0]!;
  const inboxPass =
    'exactly' in expectedInboxRows
      ? inbox.total === expectedInboxRows.exactly
      : inbox.total >= expectedInboxRows.atLeast;
  check(
    'inbox rows',
    inboxPass,
    `${inbox.total} (${'exactly' in expectedInboxRows ? `expected ${expectedInboxRows.exactly}` : `at least ${expectedInboxRows.atLeast}`})`,
  );
  check(
    'inbox rows processed',
    inbox.processed === inbox.total,
    `${inbox.processed} processed, ${inbox.received} received, ${inbox.parse_error} parse errors`,
  );

  const { rows } = await pool.query<{
    network_conversion_id: string;
    sale_minor: string | null;
    commission_minor: string;
    currency: string;
    status: string;
    match_status: string;
    click_id: string | null;
    user_id: string | null;
    lines: number;
  }>(
    `select c.network_conversion_id, c.sale_minor, c.commission_minor, c.currency, c.status,
            c.match_status, c.click_id, c.user_id,
            (select count(*)::int from conversion_lines l where l.conversion_id = c.id) as lines
       from conversions c where c.network_account_id = $1`,
    [db.accountId],
  );
  const found = new Map(rows.map((row) => [row.network_conversion_id, row]));
  check(
    'conversions',
    rows.length === transactions.length && found.size === rows.length,
    `${rows.length} for ${transactions.length} distinct transactions`,
  );
  let wrong = 0;
  const examples: string[] = [];
  for (const transaction of transactions) {
    const row = found.get(transaction.transactionId);
    const expectedMatch =
      transaction.clickRef === null
        ? 'orphan'
        : transaction.clickRef.kind === 'matched'
          ? 'matched'
          : 'unknown_click';
    const right =
      row !== undefined &&
      Number(row.sale_minor) === transaction.saleMinor &&
      Number(row.commission_minor) === transaction.commissionMinor &&
      row.currency === 'EUR' &&
      row.status === 'pending' &&
      row.match_status === expectedMatch &&
      row.lines === 1 &&
      (transaction.clickRef?.kind === 'matched'
        ? row.click_id === transaction.clickRef.clickId && row.user_id === transaction.clickRef.userId
        : row.click_id === null && row.user_id === null);
    if (!right) {
      wrong += 1;
      if (examples.length < 3) examples.push(`${transaction.transactionId}: ${JSON.stringify(row ?? null)}`);
    }
  }
  check(
    'amounts, status, member',
    wrong === 0,
    wrong === 0 ? 'every conversion as sent' : `${wrong} wrong, e.g. ${examples.join('; ')}`,
  );
  const events = (
    await pool.query<{ applied: number; total: number }>(
      `select count(*) filter (where outcome = 'applied')::int as applied, count(*)::int as total
         from conversion_events where network_account_id = $1`,
      [db.accountId],
    )
  ).rows[0]!;
  check(
    'applied events',
    events.applied === transactions.length && events.total === transactions.length,
    `${events.applied} applied of ${events.total} recorded (duplicates record nothing)`,
  );
  return { ok, lines };
}
