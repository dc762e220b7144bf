import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sandboxPostbacks, sandboxSales } from '@/db/schema';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { recordSandboxSale } from './record-sale';
import { approveSandboxSale } from './sale-transitions';
import { sendSandboxPostbacks } from './send-postbacks';
import { insertSandboxMerchant } from './testing/sandbox-fixtures';

// The sender against a real HTTP server on 127.0.0.1: what arrives is what
// Awin's GET would carry; failures come back later; concurrent senders never
// deliver a row twice.

type Received = { method: string; path: string; query: Record<string, string> };

let t: TestDb;
let server: http.Server;
let target: URL;
let advertiserId: string;
let received: Received[] = [];
let answer: () => { status: number; delayMs?: number } = () => ({ status: 200 });

const minute = 60_000;
// Every row is written and sent on this fixed clock: nothing depends on how long set-up takes.
const T0 = new Date('2026-03-14T18:22:05.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const toTarget = async () => target;

beforeAll(async () => {
  t = await createTestDb();
  advertiserId = (
    await insertSandboxMerchant(t.db, {
      slug: 'maison-lavande',
      name: 'Maison Lavande',
      rates: [{ rateBps: 800 }],
    })
  ).advertiserId;
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    received.push({
      method: req.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
    });
    const { status, delayMs } = answer();
    setTimeout(() => res.writeHead(status, { 'content-type': 'text/plain' }).end('ok'), delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  target = new URL(`http://127.0.0.1:${port}/api/postbacks/sandbox/tok_0123456789abcdef`);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});
beforeEach(async () => {
  await t.db.delete(sandboxSales);
  received = [];
  answer = () => ({ status: 200 });
});

async function sale(saleAmountMinor = 8450, postbackDelayS = 0) {
  return recordSandboxSale(
    t.db,
    {
      advertiserId,
      clickRef: '01j9z3k7q8m2x4v6b8n0c2d4f6',
      saleAmountMinor,
      currency: 'EUR',
      customerType: 'new',
    },
    { postbackDelayS, now: T0 },
  );
}
const row = async (id: number) =>
  (await t.db.select().from(sandboxPostbacks).where(eq(sandboxPostbacks.id, id)))[0]!;

describe('sendSandboxPostbacks', () => {
  it('sends a due postback as a GET carrying the Awin fields, and marks it sent', async () => {
    const { sale: s, postback } = await sale();
    const report = await sendSandboxPostbacks(t.db, { resolveTarget: toTarget, now: T0 });
    expect(report).toEqual({ targetResolved: true, claimed: 1, sent: 1, retrying: 0, failed: 0 });
    expect(received).toEqual([
      {
        method: 'GET',
        path: '/api/postbacks/sandbox/tok_0123456789abcdef',
        query: {
          transactionId: String(s.id),
          transactionDate: postback.payload.transactionDate,
          transactionCurrency: 'EUR',
          transactionAmount: '84.50',
          commission: '8.45',
          affiliateId: 'ristourne-demo',
          merchantId: 'sbx-maison-lavande',
          publisherId: 'ristourne-demo',
          advertiserId: 'sbx-maison-lavande',
          groupId: '0',
          bannerId: '0',
          clickRef: '01j9z3k7q8m2x4v6b8n0c2d4f6',
          orderRef: s.orderRef,
          commissionStatus: 'pending',
          customerAcquisition: 'NEW',
          amended: 'false',
        },
      },
    ]);
    expect(await row(postback.id)).toMatchObject({
      status: 'sent',
      attempts: 1,
      responseStatus: 200,
      sentAt: T0,
      lastError: null,
    });
    expect(
      (await sendSandboxPostbacks(t.db, { resolveTarget: toTarget, now: at(60 * minute) })).claimed,
    ).toBe(0);
    expect(received).toHaveLength(1);
  });

  it('leaves every row queued and untouched while there is no target', async () => {
    const { postback } = await sale();
    let asked = '';
    const report = await sendSandboxPostbacks(t.db, {
      resolveTarget: async (code) => {
        asked = code;
        return null;
      },
      now: T0,
    });
    expect(asked).toBe('sandbox');
    expect(report).toEqual({ targetResolved: false, claimed: 0, sent: 0, retrying: 0, failed: 0 });
    expect(await row(postback.id)).toEqual(postback);
    expect(received).toEqual([]);
  });

  it('waits for the configured delay', async () => {
    const { postback } = await sale(8450, 30);
    expect(postback.dueAt).toEqual(at(30_000));
    expect((await sendSandboxPostbacks(t.db, { resolveTarget: toTarget, now: at(29_999) })).claimed).toBe(0);
    const report = await sendSandboxPostbacks(t.db, { resolveTarget: toTarget, now: at(30_000) });
    expect(report.sent).toBe(1);
  });

  it('retries a refused postback with a growing back-off, then succeeds', async () => {
    const { postback } = await sale();
    answer = () => ({ status: 503 });

    expect(await sendSandboxPostbacks(t.db, { resolveTarget: toTarget, now: T0 })).toMatchObject({
      retrying: 1,
    });
    expect(await row(postback.id)).toMatchObject({
      status: 'queued',
      attempts: 1,
      responseStatus: 503,
      lastError: 'HTTP 503',
      dueAt: at(minute),
    });
    expect((await sendSandboxPostbacks(t.db, { resolveTarget: toTarget, now: at(minute - 1) })).claimed).toBe(
      0,
    );
    await sendSandboxPostbacks(t.db, { resolveTarget: toTarget, now: at(minute) });
    expect(await row(postback.id)).toMatchObject({ attempts: 2, dueAt: at(3 * minute) });

    answer = () => ({ status: 204 });
    expect(await sendSandboxPostbacks(t.db, { resolveTarget: toTarget, now: at(3 * minute) })).toMatchObject({
      claimed: 1,
      sent: 1,
    });
    expect(await row(postback.id)).toMatchObject({
      status: 'sent',
      attempts: 3,
      responseStatus: 204,
      lastError: null,
    });
    expect(received).toHaveLength(3);
  });

  it('records a connection failure without a status and gives up after maxAttempts', async () => {
    const { postback } = await sale();
    const closed = new URL(target);
    closed.port = '1'; // nothing listens there
    let now = T0;
    for (let attempt = 1; attempt <= 3; attempt++) {
      const report = await sendSandboxPostbacks(t.db, {
        resolveTarget: async () => closed,
        now,
        maxAttempts: 3,
      });
      expect(report.claimed).toBe(1);
      now = at(attempt * 6 * 60 * minute); // past any back-off
    }
    const failed = await row(postback.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3, responseStatus: null, sentAt: null });
    expect(failed.lastError).toMatch(/fetch failed|ECONNREFUSED/);
    expect((await sendSandboxPostbacks(t.db, { resolveTarget: toTarget, now, maxAttempts: 3 })).claimed).toBe(
      0,
    );
  });

  it('does not follow a redirect: the payload stays with the configured receiver', async () => {
    const { postback } = await sale();
    answer = () => ({ status: 302 });
    await sendSandboxPostbacks(t.db, { resolveTarget: toTarget, now: T0 });
    expect(await row(postback.id)).toMatchObject({
      status: 'queued',
      responseStatus: 302,
      lastError: 'HTTP 302',
    });
    expect(received).toHaveLength(1);
  });

  it('sends a sale’s events in order, holding a later one while an earlier one is retried', async () => {
    const { sale: s, postback: created } = await sale();
    const { postback: approved } = await approveSandboxSale(
      t.db,
      { saleId: s.id },
      { postbackDelayS: 0, now: T0 },
    );
    answer = () => ({ status: 500 });
    expect(await sendSandboxPostbacks(t.db, { resolveTarget: toTarget, now: T0 })).toMatchObject({
      claimed: 1,
    });
    expect(received.map((r) => r.query.commissionStatus)).toEqual(['pending']);

    answer = () => ({ status: 200 });
    await sendSandboxPostbacks(t.db, { resolveTarget: toTarget, now: at(minute) });
    expect(await row(approved.id)).toMatchObject({ status: 'queued', attempts: 0 });
    await sendSandboxPostbacks(t.db, { resolveTarget: toTarget, now: at(minute) });
    expect(received.map((r) => r.query.commissionStatus)).toEqual(['pending', 'pending', 'approved']);
    expect((await row(created.id)).status).toBe('sent');
    expect((await row(approved.id)).status).toBe('sent');
  });

  it('never sends one row twice from concurrent senders (SKIP LOCKED)', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 24; i++) ids.push(String((await sale(1000 + i)).sale.id));
    answer = () => ({ status: 200, delayMs: 15 });
    const sender = async () => {
      let sent = 0;
      for (;;) {
        const report = await sendSandboxPostbacks(t.db, { resolveTarget: toTarget, batchSize: 3, now: T0 });
        if (report.claimed === 0) return sent;
        sent += report.sent;
      }
    };
    const counts = await Promise.all([sender(), sender(), sender(), sender()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(24);
    expect(counts.filter((n) => n > 0).length).toBeGreaterThan(1); // the work really was shared
    expect(received.map((r) => r.query.transactionId).sort()).toEqual(ids.sort());
    const rows = await t.db.select().from(sandboxPostbacks);
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });
});
