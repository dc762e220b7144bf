import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { type PaypalPayoutsMock, startPaypalPayoutsMock } from '@/tests/mock-networks/paypal-payouts';
import { createPayoutBatch, type PayoutBatchItemInput } from './create-payout-batch';
import { getPayoutBatch } from './get-payout-batch';
import { createPaypalClient, type PaypalClientConfig, paypalFailure } from './paypal-client';
import { pollPayoutBatch } from './poll-payout-batch';

// The Payouts client against a local server shaped like PayPal's API
// (tests/mock-networks/paypal-payouts.ts): real HTTP, no network.

let mock: PaypalPayoutsMock;
let sleeps: number[];

beforeEach(async () => {
  mock = await startPaypalPayoutsMock();
  sleeps = [];
});
afterEach(async () => {
  await mock.close();
});

function client(overrides: Partial<PaypalClientConfig> = {}) {
  return createPaypalClient({
    baseUrl: mock.baseUrl,
    clientId: mock.clientId,
    clientSecret: mock.clientSecret,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 1,
    timeoutMs: 5_000,
    ...overrides,
  });
}

const item = (id: string, receiverEmail: string, amountMinor: number): PayoutBatchItemInput => ({
  senderItemId: id,
  receiverEmail,
  amountMinor,
  currency: 'EUR',
  note: 'Votre cashback Ristourne',
});

const noWait = { intervalMs: 1, sleep: async () => {} };
const routes = () => mock.requests.map((r) => `${r.route} ${r.method}`);

describe('create and poll', () => {
  it('creates a batch, then polls it to completion and maps each item', async () => {
    const paypal = client();
    const created = await createPayoutBatch(paypal, {
      senderBatchId: 'paypal-KEY1',
      emailSubject: 'Votre cashback est arrivé',
      items: [
        item('W1', 'jeanne@example.com', 1234),
        item('W2', 'unclaimed.marc@example.com', 1),
        item('W3', 'failed@example.com', 999),
        item('W4', 'returned@example.com', 500),
        item('W5', 'blocked@example.com', 700),
        item('W6', 'onhold@example.com', 800),
      ],
    });
    expect(created).toMatchObject({ batchStatus: 'PENDING', alreadyExisted: false });

    const sent = mock.requests.find((r) => r.route === 'create')!;
    expect(sent.requestId).toBe('paypal-KEY1');
    expect(sent.authorization).toMatch(/^Bearer A21AA/);
    const body = sent.body as { sender_batch_header: unknown; items: unknown[] };
    expect(body.sender_batch_header).toMatchObject({
      sender_batch_id: 'paypal-KEY1',
      recipient_type: 'EMAIL',
    });
    expect(body.items).toHaveLength(6);
    expect(body.items[0]).toMatchObject({
      amount: { value: '12.34', currency: 'EUR' },
      sender_item_id: 'W1',
      recipient_type: 'EMAIL',
    });
    expect(body.items[1]).toMatchObject({ amount: { value: '0.01', currency: 'EUR' } });

    const first = await getPayoutBatch(paypal, created.payoutBatchId);
    expect(first.batchStatus).toBe('PROCESSING');
    expect(first.settled).toBe(false);
    expect(first.items.every((i) => i.outcome === 'pending')).toBe(true);

    const done = await pollPayoutBatch(paypal, created.payoutBatchId, noWait);
    expect(done.batchStatus).toBe('SUCCESS');
    expect(done.senderBatchId).toBe('paypal-KEY1');
    // ONHOLD is still PayPal's to decide: settled waits for it.
    expect(done.settled).toBe(false);
    const outcomes = Object.fromEntries(
      done.items.map((i) => [i.senderItemId, [i.transactionStatus, i.outcome]]),
    );
    expect(outcomes).toEqual({
      W1: ['SUCCESS', 'paid'],
      W2: ['UNCLAIMED', 'pending'],
      W3: ['FAILED', 'returned'],
      W4: ['RETURNED', 'returned'],
      W5: ['BLOCKED', 'returned'],
      W6: ['ONHOLD', 'pending'],
    });
    const w1 = done.items.find((i) => i.senderItemId === 'W1')!;
    expect([w1.amountMinor, w1.currency, w1.receiver]).toEqual([1234, 'EUR', 'jeanne@example.com']);
    expect(done.items.find((i) => i.senderItemId === 'W3')!.errorName).toBe('RECEIVER_UNREGISTERED');
    expect(mock.tokensIssued()).toBe(1);
  });

  it('polls until settled, within the number of reads allowed', async () => {
    const paypal = client();
    const { payoutBatchId } = await createPayoutBatch(paypal, {
      senderBatchId: 'paypal-KEY2',
      items: [item('W1', 'jeanne@example.com', 100), item('W2', 'unclaimed@example.com', 200)],
    });
    const waits: number[] = [];
    const status = await pollPayoutBatch(paypal, payoutBatchId, {
      intervalMs: 15_000,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    // UNCLAIMED can last 30 days: it does not hold the poll.
    expect(status.settled).toBe(true);
    expect(waits).toEqual([15_000]);
    expect(routes().filter((r) => r === 'get GET')).toHaveLength(2);
  });

  it('gives up after maxPolls and returns the batch unsettled', async () => {
    await mock.close();
    mock = await startPaypalPayoutsMock({ readsToComplete: 10 });
    const paypal = client();
    const { payoutBatchId } = await createPayoutBatch(paypal, {
      senderBatchId: 'paypal-SLOW',
      items: [item('W1', 'jeanne@example.com', 100)],
    });
    const status = await pollPayoutBatch(paypal, payoutBatchId, { ...noWait, maxPolls: 3 });
    expect(status).toMatchObject({ batchStatus: 'PROCESSING', settled: false });
  });

  it('reads every page of a large batch', async () => {
    const paypal = client();
    const items = Array.from({ length: 2500 }, (_, i) => item(`W${i}`, `m${i}@example.com`, i + 1));
    const { payoutBatchId } = await createPayoutBatch(paypal, { senderBatchId: 'paypal-BIG', items });
    const status = await pollPayoutBatch(paypal, payoutBatchId, noWait);
    expect(status.items).toHaveLength(2500);
    expect(new Set(status.items.map((i) => i.senderItemId)).size).toBe(2500);
    expect(status.items.reduce((sum, i) => sum + i.amountMinor, 0)).toBe((2500 * 2501) / 2);
    const pages = mock.requests
      .filter((r) => r.route === 'get')
      .map((r) => new URL(r.path, 'http://x').searchParams.get('page'));
    expect(pages).toEqual(['1', '2', '3', '1', '2', '3']);
  });

  it('says not found for a batch PayPal does not know', async () => {
    const error = await getPayoutBatch(client(), 'NOSUCHBATCH1').catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('not_found');
    expect(paypalFailure(error)).toMatchObject({ status: 404, name: 'INVALID_RESOURCE_ID' });
  });
});

describe('duplicate sender_batch_id', () => {
  it.each(['details', 'top'] as const)(
    'treats the batch as already created and reads it (link in %s)',
    async (place) => {
      await mock.close();
      mock = await startPaypalPayoutsMock({ duplicateLinkPlace: place });
      const paypal = client();
      const input = { senderBatchId: 'paypal-DUP', items: [item('W1', 'jeanne@example.com', 1000)] };
      const first = await createPayoutBatch(paypal, input);
      // PayPal kept the PayPal-Request-Id: the same answer comes back, nothing is created.
      expect(await createPayoutBatch(paypal, input)).toEqual(first);
      // Once PayPal no longer keeps the request id, sender_batch_id still refuses a second batch.
      mock.forgetRequestIds();
      const again = await createPayoutBatch(paypal, input);
      expect(again).toEqual({
        payoutBatchId: first.payoutBatchId,
        batchStatus: 'PROCESSING',
        alreadyExisted: true,
      });
      expect(mock.batches.size).toBe(1);
      expect(routes()).toEqual(['token POST', 'create POST', 'create POST', 'create POST', 'get GET']);
    },
  );

  it('is a conflict when PayPal does not say which batch exists', async () => {
    const paypal = client();
    mock.inject('create', {
      status: 400,
      body: {
        name: 'USER_BUSINESS_ERROR',
        details: [{ field: 'SENDER_BATCH_ID', issue: 'Batch with given sender_batch_id already exists' }],
      },
    });
    const error = await createPayoutBatch(paypal, {
      senderBatchId: 'paypal-DUP2',
      items: [item('W1', 'jeanne@example.com', 1000)],
    }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('conflict');
    expect((error as Error).message).toMatch(/already has a payout batch with sender_batch_id paypal-DUP2/);
  });

  it('does not retry other refusals', async () => {
    const paypal = client();
    mock.inject('create', {
      status: 422,
      body: {
        name: 'INSUFFICIENT_FUNDS',
        message: 'Sender does not have sufficient funds.',
        debug_id: 'abc123',
      },
    });
    const error = await createPayoutBatch(paypal, {
      senderBatchId: 'paypal-POOR',
      items: [item('W1', 'jeanne@example.com', 1000)],
    }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('unprocessable');
    expect((error as Error).message).toBe(
      'POST /v1/payments/payouts: PayPal refused the request (HTTP 422 INSUFFICIENT_FUNDS: Sender does not have sufficient funds., debug id abc123)',
    );
    expect(sleeps).toEqual([]);
    expect(routes().filter((r) => r === 'create POST')).toHaveLength(1);
  });
});

describe('tokens', () => {
  it('shares one token between concurrent calls', async () => {
    const paypal = client();
    const { payoutBatchId } = await createPayoutBatch(paypal, {
      senderBatchId: 'paypal-TOK',
      items: [item('W1', 'jeanne@example.com', 1000)],
    });
    await Promise.all(Array.from({ length: 5 }, () => getPayoutBatch(paypal, payoutBatchId)));
    expect(mock.tokensIssued()).toBe(1);
    const tokenRequest = mock.requests.find((r) => r.route === 'token')!;
    expect(tokenRequest.authorization).toBe(
      `Basic ${Buffer.from(`${mock.clientId}:${mock.clientSecret}`).toString('base64')}`,
    );
    expect(tokenRequest.body).toBe('grant_type=client_credentials');
  });

  it('gets a new token when PayPal says the one it has expired, and retries once', async () => {
    const paypal = client();
    const { payoutBatchId } = await createPayoutBatch(paypal, {
      senderBatchId: 'paypal-EXP',
      items: [item('W1', 'jeanne@example.com', 1000)],
    });
    mock.expireTokens();
    const status = await getPayoutBatch(paypal, payoutBatchId);
    expect(status.payoutBatchId).toBe(payoutBatchId);
    expect(mock.tokensIssued()).toBe(2);
    expect(routes()).toEqual(['token POST', 'create POST', 'get GET', 'token POST', 'get GET']);
  });

  it('refreshes a token before it runs out', async () => {
    let now = Date.parse('2026-03-02T10:00:00Z');
    const paypal = client({ now: () => now });
    const { payoutBatchId } = await createPayoutBatch(paypal, {
      senderBatchId: 'paypal-CLOCK',
      items: [item('W1', 'jeanne@example.com', 1000)],
    });
    now += 32_400_000 - 120_000; // two minutes before expiry: still good
    await getPayoutBatch(paypal, payoutBatchId);
    expect(mock.tokensIssued()).toBe(1);
    now += 90_000; // 30 s before expiry: refreshed first
    await getPayoutBatch(paypal, payoutBatchId);
    expect(mock.tokensIssued()).toBe(2);
  });

  it('fails clearly when 401 persists with a fresh token', async () => {
    const paypal = client();
    mock.inject(
      'get',
      { status: 401, body: { error: 'invalid_token' } },
      { status: 401, body: { error: 'invalid_token' } },
    );
    const error = await getPayoutBatch(paypal, 'ABC123').catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('unavailable');
    expect(paypalFailure(error)).toMatchObject({ status: 401, name: 'invalid_token' });
  });

  it('fails clearly on wrong client credentials', async () => {
    const error = await getPayoutBatch(client({ clientSecret: 'wrong' }), 'ABC123').catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'POST /v1/oauth2/token: PayPal refused our client credentials (HTTP 401 invalid_client: Client Authentication failed)',
    );
    expect(isAppError(error) && error.code).toBe('unavailable');
  });

  it('refuses to start without credentials', () => {
    expect(() => createPaypalClient({ clientId: '', clientSecret: '' })).toThrow(/not configured/);
  });
});

describe('retries', () => {
  it('retries a 500 and succeeds', async () => {
    const paypal = client();
    mock.inject('create', { status: 500 });
    const created = await createPayoutBatch(paypal, {
      senderBatchId: 'paypal-500',
      items: [item('W1', 'jeanne@example.com', 1000)],
    });
    expect(created.alreadyExisted).toBe(false);
    expect(mock.batches.size).toBe(1);
    expect(sleeps).toEqual([500]);
  });

  it('does not pay twice when PayPal created the batch but the answer was a 500', async () => {
    const paypal = client();
    mock.inject('create', { status: 500, afterHandling: true }, { status: 503, afterHandling: true });
    const created = await createPayoutBatch(paypal, {
      senderBatchId: 'paypal-LOST',
      items: [item('W1', 'jeanne@example.com', 1000)],
    });
    expect(mock.batches.size).toBe(1);
    expect(created.payoutBatchId).toBe([...mock.batches.keys()][0]);
    const creates = mock.requests.filter((r) => r.route === 'create');
    expect(creates.map((r) => r.requestId)).toEqual(['paypal-LOST', 'paypal-LOST', 'paypal-LOST']);
    expect(sleeps).toEqual([500, 1000]);
  });

  it('retries a dropped connection', async () => {
    const paypal = client();
    mock.inject('token', { drop: true });
    mock.inject('get', { drop: true, afterHandling: true });
    const error = await getPayoutBatch(paypal, 'NOSUCHBATCH2').catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('not_found');
    expect(routes()).toEqual(['token POST', 'token POST', 'get GET', 'get GET']);
  });

  it('honours Retry-After on a 429, capped', async () => {
    const paypal = client({ retryMaxMs: 5_000 });
    mock.inject(
      'token',
      { status: 429, body: { name: 'RATE_LIMIT_REACHED' }, headers: { 'Retry-After': '2' } },
      { status: 429, body: { name: 'RATE_LIMIT_REACHED' }, headers: { 'Retry-After': '3600' } },
    );
    await createPayoutBatch(paypal, { senderBatchId: 'paypal-429', items: [item('W1', 'a@example.com', 1)] });
    expect(sleeps).toEqual([2000, 5000]);
  });

  it('stops after a bounded number of tries', async () => {
    const paypal = client({ maxAttempts: 3 });
    mock.inject('get', { status: 503 }, { status: 502 }, { status: 500 }, { status: 500 });
    const error = await getPayoutBatch(paypal, 'ABC123').catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('unavailable');
    expect((error as Error).message).toMatch(
      /^GET \/v1\/payments\/payouts\/ABC123: PayPal still failing after 3 tries \(HTTP 500/,
    );
    expect(sleeps).toEqual([500, 1000]);
    expect(routes().filter((r) => r === 'get GET')).toHaveLength(3);
  });

  it('reports an unreachable PayPal after its tries', async () => {
    const closed = mock.baseUrl;
    await mock.close();
    mock = await startPaypalPayoutsMock();
    const error = await getPayoutBatch(client({ baseUrl: closed, maxAttempts: 2 }), 'ABC123').catch(
      (e: unknown) => e,
    );
    expect(isAppError(error) && error.code).toBe('unavailable');
    expect((error as Error).message).toMatch(/PayPal unreachable after 2 tries/);
  });
});
