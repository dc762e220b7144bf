import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversions, inboxEvents } from '@/db/schema';
import { createPostbackIntake } from '@/lib/conversions/receive-postback-intake';
import { addToyAccount, TOY_ADAPTERS, type ToyAccount } from '@/tests/helpers/ingestion-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { fastPostback, postbackRoute } from './fast-postback';

// The fast path over real HTTP on a real database: what the route handler
// answers (200 JSON, 401, 413 however the body comes), the row in the inbox
// before the answer, applied after it.

let t: TestDb;
let account: ToyAccount;
let server: http.Server;
let base: string;
const intake = () => createPostbackIntake(t.db, { adapters: TOY_ADAPTERS });
let current: ReturnType<typeof intake>;

beforeAll(async () => {
  t = await createTestDb();
  account = await addToyAccount(t.db);
  current = intake();
  server = http.createServer((request, response) => {
    const route = postbackRoute(request.method, request.url);
    if (!route) {
      response.writeHead(404).end();
      return;
    }
    fastPostback(t.db, request, response, route, { adapters: TOY_ADAPTERS, intake: current }).catch(() => {
      response.writeHead(503).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

describe('fastPostback over HTTP', () => {
  it('stores, answers 200 with JSON, applies afterwards; the token never reaches the inbox', async () => {
    const response = await fetch(`${base}/api/postbacks/toynet/${account.token}?id=H1&commission=250`, {
      headers: { 'x-request-id': 'req-1', cookie: 'secret=1' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.json()).toEqual({ ok: true });
    const [row] = await t.db.select().from(inboxEvents);
    expect(row).toMatchObject({ method: 'GET', query: { id: 'H1', commission: '250' } });
    expect(row!.path).toBe('/api/postbacks/toynet/<token>');
    expect(row!.headers).toMatchObject({ 'x-request-id': 'req-1' });
    expect(row!.headers).not.toHaveProperty('cookie');
    await current.idle();
    const [conversion] = await t.db.select().from(conversions);
    expect(conversion!.commissionMinor).toBe(250);
  });

  it('a POST body is stored as sent', async () => {
    const body = 'AwinTransactionPush=%7B%22transactionId%22%3A%221%22%7D';
    const response = await fetch(`${base}/api/postbacks/toynet/${account.token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(response.status).toBe(200);
    const rows = await t.db.execute<{ body: string }>(
      sql`select body from inbox_events where method = 'POST' order by id desc limit 1`,
    );
    expect(rows.rows[0]!.body).toBe(body);
    await current.idle();
  });

  it('a bad token: 401 and nothing stored', async () => {
    const before = await t.db.$count(inboxEvents);
    const response = await fetch(`${base}/api/postbacks/toynet/${'B'.repeat(43)}?id=Z`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'unknown network or token' });
    expect(await t.db.$count(inboxEvents)).toBe(before);
  });

  it.each([
    ['declared too large', true],
    ['streamed without a length', false],
  ])('a body over 64 KiB, %s: 413 and nothing stored', async (_label, declared) => {
    const before = await t.db.$count(inboxEvents);
    const payload = Buffer.alloc(70 * 1024, 'a');
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        `${base}/api/postbacks/toynet/${account.token}`,
        {
          method: 'POST',
          headers: declared
            ? { 'content-length': String(payload.length) }
            : { 'transfer-encoding': 'chunked' },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      if (declared) request.end(payload);
      else {
        request.write(payload.subarray(0, 40 * 1024));
        request.end(payload.subarray(40 * 1024));
      }
    });
    expect(status).toBe(413);
    expect(await t.db.$count(inboxEvents)).toBe(before);
  });
});
