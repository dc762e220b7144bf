import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordingTransport } from '@/tests/helpers/email-fakes';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import type { EmailDelivery } from './email-delivery';
import { PermanentSendError } from './email-transport';
import { enqueueEmail } from './enqueue-email';
import { sendPendingEmails } from './send-outbox';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.pool.query('delete from email_outbox');
});

const minute = 60_000;
// A little ahead of the database clock, so freshly enqueued rows are due.
const start = () => new Date(Date.now() + 1000);
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

async function enqueue(n: number, delivery: EmailDelivery = 'smtp'): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const { id } = await enqueueEmail(t.db, {
      template: 'magic-link',
      locale: i % 2 ? 'en' : 'fr',
      to: `member${i}@example.com`,
      params: { link: `https://ristourne.example/magic?token=${i}`, expiresInMinutes: 15 },
      delivery,
    });
    ids.push(id);
  }
  return ids;
}

const row = async (id: number) =>
  (await t.pool.query('select * from email_outbox where id = $1', [id])).rows[0] as {
    status: string;
    attempts: number;
    next_attempt_at: Date;
    last_error: string | null;
    sent_at: Date | null;
  };

describe('sendPendingEmails', () => {
  it('sends each due e-mail once and never a held one', async () => {
    const ids = await enqueue(3);
    const [heldId] = await enqueue(1, 'mailbox');
    const transport = recordingTransport();
    const now = start();

    expect(await sendPendingEmails(t.db, { transport, now })).toEqual({
      claimed: 3,
      sent: 3,
      retrying: 0,
      failed: 0,
    });
    expect(transport.sent.map((m) => m.id)).toEqual(ids);
    expect(transport.sent[0]).toMatchObject({ to: 'member0@example.com', subject: expect.any(String) });
    for (const id of ids) expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1, sent_at: now });

    expect((await sendPendingEmails(t.db, { transport, now: at(now, 24 * 60 * minute) })).claimed).toBe(0);
    expect(transport.calls).toBe(3);
    expect(await row(heldId!)).toMatchObject({ status: 'held', attempts: 0 });
  });

  it('takes at most batchSize, oldest first', async () => {
    const ids = await enqueue(5);
    const transport = recordingTransport();
    await sendPendingEmails(t.db, { transport, now: start(), batchSize: 2 });
    expect(transport.sent.map((m) => m.id)).toEqual(ids.slice(0, 2));
  });

  it('retries after a transport failure with an exponential back-off', async () => {
    const [id] = await enqueue(1);
    let down = true;
    const transport = recordingTransport({
      fail: () => (down ? new Error('ECONNREFUSED 127.0.0.1:25') : undefined),
    });
    const t0 = start();

    expect(await sendPendingEmails(t.db, { transport, now: t0 })).toMatchObject({ claimed: 1, retrying: 1 });
    expect(await row(id!)).toMatchObject({
      status: 'pending',
      attempts: 1,
      next_attempt_at: at(t0, minute),
      last_error: 'Error: ECONNREFUSED 127.0.0.1:25',
    });

    expect((await sendPendingEmails(t.db, { transport, now: at(t0, minute - 1) })).claimed).toBe(0);
    await sendPendingEmails(t.db, { transport, now: at(t0, minute) });
    expect(await row(id!)).toMatchObject({ attempts: 2, next_attempt_at: at(t0, 3 * minute) });

    down = false;
    const report = await sendPendingEmails(t.db, { transport, now: at(t0, 3 * minute) });
    expect(report).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0 });
    expect(await row(id!)).toMatchObject({ status: 'sent', attempts: 3 });
    expect(transport.calls).toBe(3);
    expect(transport.sent).toHaveLength(1);
  });

  it('marks the e-mail failed once maxAttempts are used up', async () => {
    const [id] = await enqueue(1);
    const transport = recordingTransport({ fail: () => new Error('421 try again later') });
    let now = start();
    for (let attempt = 1; attempt <= 3; attempt++) {
      const report = await sendPendingEmails(t.db, { transport, now, maxAttempts: 3 });
      expect(report.claimed).toBe(1);
      now = at(now, 6 * 60 * minute); // past any back-off
    }
    expect(await row(id!)).toMatchObject({
      status: 'failed',
      attempts: 3,
      last_error: 'Error: 421 try again later',
    });
    expect((await sendPendingEmails(t.db, { transport, now, maxAttempts: 3 })).claimed).toBe(0);
    expect(transport.calls).toBe(3);
  });

  it('fails at once when the recipient is refused for good', async () => {
    const [id] = await enqueue(1);
    const transport = recordingTransport({ fail: () => new PermanentSendError('550 5.1.1 user unknown') });
    expect(await sendPendingEmails(t.db, { transport, now: start() })).toMatchObject({ failed: 1 });
    expect(await row(id!)).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('never sends the same e-mail twice from concurrent workers', async () => {
    const ids = await enqueue(24);
    const transports = [1, 2, 3, 4].map(() => recordingTransport({ delayMs: 15 }));
    const worker = async (transport: (typeof transports)[number]) => {
      while ((await sendPendingEmails(t.db, { transport, batchSize: 3, now: start() })).claimed > 0) {
        // keep draining
      }
    };
    await Promise.all(transports.map(worker));

    const sentIds = transports.flatMap((transport) => transport.sent.map((m) => m.id));
    expect(sentIds).toHaveLength(24);
    expect(new Set(sentIds)).toEqual(new Set(ids));
    // They really overlapped: more than one worker got a share.
    expect(transports.filter((transport) => transport.sent.length > 0).length).toBeGreaterThan(1);
    const { rows } = await t.pool.query(
      `select count(*)::int as n from email_outbox where status = 'sent' and attempts = 1`,
    );
    expect(rows[0].n).toBe(24);
  });

  it('skips a row another worker holds locked instead of waiting for it', async () => {
    const [lockedId, freeId] = await enqueue(2);
    const other = await t.pool.connect();
    try {
      await other.query('begin');
      await other.query('select id from email_outbox where id = $1 for update', [lockedId]);
      const transport = recordingTransport();
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('the sender waited for a locked row')), 3000);
      });
      const report = await Promise.race([sendPendingEmails(t.db, { transport, now: start() }), waited]);
      clearTimeout(timer);
      expect(report.sent).toBe(1);
      expect(transport.sent.map((m) => m.id)).toEqual([freeId]);
    } finally {
      await other.query('rollback');
      other.release();
    }
    const transport = recordingTransport();
    await sendPendingEmails(t.db, { transport, now: start() });
    expect(transport.sent.map((m) => m.id)).toEqual([lockedId]);
  });

  it('takes back an e-mail whose worker died mid-send once its lease runs out', async () => {
    const [id] = await enqueue(1);
    const t0 = start();
    // What a worker that crashed after claiming leaves behind.
    await t.pool.query(
      `update email_outbox set status = 'sending', attempts = 1, next_attempt_at = $2 where id = $1`,
      [id, at(t0, 5 * minute)],
    );
    const transport = recordingTransport();
    expect((await sendPendingEmails(t.db, { transport, now: at(t0, 4 * minute) })).claimed).toBe(0);
    expect((await sendPendingEmails(t.db, { transport, now: at(t0, 5 * minute) })).sent).toBe(1);
    expect(await row(id!)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('fails a dead worker’s e-mail that had no attempts left', async () => {
    const [id] = await enqueue(1);
    await t.pool.query(
      `update email_outbox set status = 'sending', attempts = 8, next_attempt_at = now() where id = $1`,
      [id],
    );
    const transport = recordingTransport();
    expect(await sendPendingEmails(t.db, { transport, now: start() })).toMatchObject({
      claimed: 0,
      failed: 1,
    });
    expect(await row(id!)).toMatchObject({ status: 'failed', last_error: 'no attempts left' });
    expect(transport.calls).toBe(0);
  });
});
