import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local stand-in for PayPal's Payouts API, shaped like the real one
// (developer.paypal.com, Payouts API v1) for what our client uses:
//
//   POST /v1/oauth2/token                    client credentials (HTTP Basic) → bearer token
//   POST /v1/payments/payouts                create a batch; PayPal-Request-Id replays the
//                                            first answer; a sender_batch_id seen before →
//                                            400 USER_BUSINESS_ERROR with a link to that batch
//   GET  /v1/payments/payouts/{id}?page=…    batch header + items, paged
//
// Batches progress as they are read: PENDING at creation, PROCESSING on the
// first read, SUCCESS from the `readsToComplete`-th read on, when each item
// takes its final status. That status follows the receiver's mailbox name
// (unclaimed@…, failed@…, blocked@…, returned@…, onhold@…, refunded@…), like
// the special addresses of PayPal's sandbox; anything else succeeds.
//
// Faults can be queued per route (`inject`), tokens expired at will
// (`expireTokens`), and every request is recorded (`requests`).

export type MockRoute = 'token' | 'create' | 'get';

export type MockFault =
  | { status: number; body?: unknown; headers?: Record<string, string>; afterHandling?: boolean }
  | { drop: true; afterHandling?: boolean };

export type RecordedRequest = {
  route: MockRoute | 'unknown';
  method: string;
  path: string;
  authorization: string | null;
  requestId: string | null;
  body: unknown;
};

type MockItem = {
  payout_item_id: string;
  transaction_id: string | null;
  transaction_status: string;
  final_status: string;
  payout_item: {
    recipient_type: string;
    amount: { value: string; currency: string };
    note?: string;
    receiver: string;
    sender_item_id?: string;
  };
};

type MockBatch = {
  payout_batch_id: string;
  batch_status: string;
  sender_batch_header: Record<string, unknown>;
  time_created: string;
  reads: number;
  items: MockItem[];
};

export type PaypalPayoutsMock = {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  requests: RecordedRequest[];
  batches: Map<string, MockBatch>;
  /** Queue faults for the next requests to a route, in order. */
  inject(route: MockRoute, ...faults: MockFault[]): void;
  /** Every token issued so far answers 401 from now on. */
  expireTokens(): void;
  /** Number of tokens issued. */
  tokensIssued(): number;
  /** Forget PayPal-Request-Ids, as PayPal does once it stops keeping them. */
  forgetRequestIds(): void;
  close(): Promise<void>;
};

export type PaypalPayoutsMockOptions = {
  clientId?: string;
  clientSecret?: string;
  /** expires_in of issued tokens, in seconds (PayPal: about 9 hours). */
  tokenLifetimeS?: number;
  readsToComplete?: number;
  /** Put the duplicate error's link inside `details` (as measured on the sandbox) or at the top level. */
  duplicateLinkPlace?: 'details' | 'top';
};

const FINAL_BY_MAILBOX: Record<string, string> = {
  unclaimed: 'UNCLAIMED',
  failed: 'FAILED',
  blocked: 'BLOCKED',
  returned: 'RETURNED',
  onhold: 'ONHOLD',
  refunded: 'REFUNDED',
};
const EXPONENT: Record<string, number> = { JPY: 0, HUF: 0, TWD: 0 };

const id = (length = 13) =>
  Array.from(randomBytes(length), (byte) => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[byte % 32]).join('');

export async function startPaypalPayoutsMock(
  options: PaypalPayoutsMockOptions = {},
): Promise<PaypalPayoutsMock> {
  const clientId = options.clientId ?? 'mock-client-id';
  const clientSecret = options.clientSecret ?? 'mock-client-secret';
  const tokenLifetimeS = options.tokenLifetimeS ?? 32_400;
  const readsToComplete = options.readsToComplete ?? 2;
  const tokens = new Map<string, number>(); // token → expiry (ms)
  const bySenderBatchId = new Map<string, string>();
  const byRequestId = new Map<string, { status: number; body: unknown }>();
  const batches = new Map<string, MockBatch>();
  const faults = new Map<MockRoute, MockFault[]>();
  const requests: RecordedRequest[] = [];
  let issued = 0;
  let baseUrl = '';

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      send(res, 500, { name: 'INTERNAL_SERVER_ERROR', message: String(error), debug_id: id(12) });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://mock');
    const raw = await readAll(req);
    const route: MockRoute | 'unknown' =
      req.method === 'POST' && url.pathname === '/v1/oauth2/token'
        ? 'token'
        : req.method === 'POST' && url.pathname === '/v1/payments/payouts'
          ? 'create'
          : req.method === 'GET' && /^\/v1\/payments\/payouts\/[^/]+$/.test(url.pathname)
            ? 'get'
            : 'unknown';
    let body: unknown = raw;
    if (req.headers['content-type']?.includes('application/json')) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    requests.push({
      route,
      method: req.method ?? '',
      path: url.pathname + url.search,
      authorization: req.headers.authorization ?? null,
      requestId: (req.headers['paypal-request-id'] as string | undefined) ?? null,
      body,
    });

    if (route === 'unknown')
      return send(res, 404, { name: 'NOT_FOUND', message: 'No such route', debug_id: id(12) });
    const fault = faults.get(route)?.shift();
    if (fault && !fault.afterHandling) return answerFault(res, fault);

    const answer =
      route === 'token'
        ? issueToken(req, raw)
        : (authorised(req) ?? (route === 'create' ? create(req, body) : read(url)));
    if (fault) return answerFault(res, fault);
    send(res, answer.status, answer.body);
  }

  function issueToken(req: IncomingMessage, raw: string): { status: number; body: unknown } {
    const expected = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
    if (req.headers.authorization !== expected) {
      return {
        status: 401,
        body: { error: 'invalid_client', error_description: 'Client Authentication failed' },
      };
    }
    if (new URLSearchParams(raw).get('grant_type') !== 'client_credentials') {
      return {
        status: 400,
        body: { error: 'unsupported_grant_type', error_description: 'Grant Type is NULL' },
      };
    }
    const token = `A21AA${id(40)}`;
    tokens.set(token, Date.now() + tokenLifetimeS * 1000);
    issued += 1;
    return {
      status: 200,
      body: {
        scope:
          'https://uri.paypal.com/services/payments/payouts https://uri.paypal.com/services/payments/realtimepayment',
        access_token: token,
        token_type: 'Bearer',
        app_id: 'APP-80W284485P519543T',
        expires_in: tokenLifetimeS,
        nonce: `${new Date().toISOString()}${id(20)}`,
      },
    };
  }

  function authorised(req: IncomingMessage): { status: number; body: unknown } | null {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const expiry = token ? tokens.get(token) : undefined;
    if (expiry !== undefined && expiry > Date.now()) return null;
    return {
      status: 401,
      body: { error: 'invalid_token', error_description: 'Access Token not found in cache' },
    };
  }

  function validationError(field: string, issue: string) {
    return {
      status: 400,
      body: {
        name: 'VALIDATION_ERROR',
        message: 'Invalid request - see details',
        debug_id: id(12),
        information_link: 'https://developer.paypal.com/docs/api/payments.payouts-batch/#errors',
        details: [{ field, location: 'body', issue }],
      },
    };
  }

  function create(req: IncomingMessage, body: unknown): { status: number; body: unknown } {
    const requestId = req.headers['paypal-request-id'] as string | undefined;
    if (requestId && byRequestId.has(requestId)) return byRequestId.get(requestId)!;
    const input = body as { sender_batch_header?: Record<string, unknown>; items?: unknown[] } | null;
    const header = input?.sender_batch_header;
    const senderBatchId = header?.sender_batch_id;
    if (typeof senderBatchId !== 'string' || senderBatchId === '') {
      return validationError('sender_batch_header.sender_batch_id', 'Required field missing');
    }
    if (!Array.isArray(input?.items) || input.items.length === 0 || input.items.length > 15_000) {
      return validationError('items', 'Items must contain 1 to 15000 payout items');
    }
    const items: MockItem[] = [];
    for (const [index, raw] of input.items.entries()) {
      const item = raw as MockItem['payout_item'];
      const currency = item?.amount?.currency;
      const value = item?.amount?.value;
      const decimals = EXPONENT[currency] ?? 2;
      const shape = decimals === 0 ? /^\d+$/ : new RegExp(`^\\d+\\.\\d{${decimals}}$`);
      if (typeof value !== 'string' || !shape.test(value) || !/^[A-Z]{3}$/.test(currency ?? '')) {
        return validationError(
          `items[${index}].amount`,
          'Currency amount is invalid or does not match currency',
        );
      }
      if (typeof item.receiver !== 'string' || !item.receiver.includes('@')) {
        return validationError(`items[${index}].receiver`, 'Receiver is invalid or does not match with type');
      }
      const mailbox = item.receiver.split('@')[0]!.toLowerCase();
      const final =
        Object.entries(FINAL_BY_MAILBOX).find(([prefix]) => mailbox.startsWith(prefix))?.[1] ?? 'SUCCESS';
      items.push({
        payout_item_id: id(),
        transaction_id: null,
        transaction_status: 'PENDING',
        final_status: final,
        payout_item: { ...item, recipient_type: item.recipient_type ?? 'EMAIL' },
      });
    }
    const existing = bySenderBatchId.get(senderBatchId);
    if (existing) {
      const link = [
        {
          href: `${baseUrl}/v1/payments/payouts/${existing}`,
          rel: 'self',
          method: 'GET',
          encType: 'application/json',
        },
      ];
      const detail: Record<string, unknown> = {
        field: 'SENDER_BATCH_ID',
        location: 'body',
        issue: 'Batch with given sender_batch_id already exists',
      };
      if ((options.duplicateLinkPlace ?? 'details') === 'details') detail.link = link;
      return {
        status: 400,
        body: {
          name: 'USER_BUSINESS_ERROR',
          message: 'User business error.',
          debug_id: id(12),
          information_link: 'https://developer.paypal.com/docs/api/payments.payouts-batch/#errors',
          details: [detail],
          ...(options.duplicateLinkPlace === 'top' ? { links: link } : {}),
        },
      };
    }
    const batch: MockBatch = {
      payout_batch_id: id(),
      batch_status: 'PENDING',
      sender_batch_header: { ...header },
      time_created: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      reads: 0,
      items,
    };
    batches.set(batch.payout_batch_id, batch);
    bySenderBatchId.set(senderBatchId, batch.payout_batch_id);
    const answer = {
      status: 201,
      body: {
        batch_header: {
          payout_batch_id: batch.payout_batch_id,
          batch_status: batch.batch_status,
          sender_batch_header: batch.sender_batch_header,
        },
        links: [selfLink(batch.payout_batch_id)],
      },
    };
    if (requestId) byRequestId.set(requestId, answer);
    return answer;
  }

  function read(url: URL): { status: number; body: unknown } {
    const batchId = url.pathname.split('/').pop()!;
    const batch = batches.get(batchId);
    if (!batch) {
      return {
        status: 404,
        body: {
          name: 'INVALID_RESOURCE_ID',
          message: 'Requested resource ID was not found.',
          debug_id: id(12),
        },
      };
    }
    batch.reads += 1;
    if (batch.reads >= readsToComplete) {
      batch.batch_status = 'SUCCESS';
      for (const item of batch.items) {
        item.transaction_status = item.final_status;
        if (item.final_status !== 'FAILED' && item.final_status !== 'BLOCKED') item.transaction_id ??= id(17);
      }
    } else {
      batch.batch_status = 'PROCESSING';
    }
    const page = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1);
    const pageSize = Math.min(1000, Math.max(1, Number(url.searchParams.get('page_size') ?? '1000') || 1000));
    const slice = batch.items.slice((page - 1) * pageSize, page * pageSize);
    const totalRequired = url.searchParams.get('total_required') === 'true';
    const currency = batch.items[0]?.payout_item.amount.currency ?? 'EUR';
    return {
      status: 200,
      body: {
        batch_header: {
          payout_batch_id: batch.payout_batch_id,
          batch_status: batch.batch_status,
          time_created: batch.time_created,
          ...(batch.batch_status === 'SUCCESS' ? { time_completed: batch.time_created } : {}),
          sender_batch_header: batch.sender_batch_header,
          amount: { currency, value: sumValues(batch.items) },
          fees: { currency, value: '0.00' },
        },
        items: slice.map((item) => ({
          payout_item_id: item.payout_item_id,
          ...(item.transaction_id ? { transaction_id: item.transaction_id } : {}),
          transaction_status: item.transaction_status,
          payout_item_fee: { currency: item.payout_item.amount.currency, value: '0.00' },
          payout_batch_id: batch.payout_batch_id,
          payout_item: item.payout_item,
          ...(item.transaction_status === 'FAILED'
            ? { errors: { name: 'RECEIVER_UNREGISTERED', message: 'Receiver is unregistered' } }
            : {}),
          links: [
            {
              href: `${baseUrl}/v1/payments/payouts-item/${item.payout_item_id}`,
              rel: 'item',
              method: 'GET',
              encType: 'application/json',
            },
          ],
        })),
        ...(totalRequired
          ? {
              total_items: batch.items.length,
              total_page: Math.max(1, Math.ceil(batch.items.length / pageSize)),
            }
          : {}),
        links: [selfLink(batch.payout_batch_id)],
      },
    };
  }

  function selfLink(batchId: string) {
    return {
      href: `${baseUrl}/v1/payments/payouts/${batchId}`,
      rel: 'self',
      method: 'GET',
      encType: 'application/json',
    };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl,
    clientId,
    clientSecret,
    requests,
    batches,
    inject(route, ...list) {
      faults.set(route, [...(faults.get(route) ?? []), ...list]);
    },
    expireTokens() {
      for (const token of tokens.keys()) tokens.set(token, 0);
    },
    tokensIssued: () => issued,
    forgetRequestIds: () => byRequestId.clear(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function answerFault(res: ServerResponse, fault: MockFault): void {
  if ('drop' in fault) {
    res.socket?.destroy();
    return;
  }
  send(
    res,
    fault.status,
    fault.body ?? {
      name: 'INTERNAL_SERVICE_ERROR',
      message: 'An internal service error has occurred',
      debug_id: id(12),
    },
    fault.headers,
  );
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Sum of decimal strings without floats: scale to integers by the longest fraction. */
function sumValues(items: MockItem[]): string {
  const values = items.map((item) => item.payout_item.amount.value);
  const decimals = Math.max(0, ...values.map((v) => v.split('.')[1]?.length ?? 0));
  const total = values.reduce((sum, v) => {
    const [whole, frac = ''] = v.split('.');
    return sum + BigInt(whole! + frac.padEnd(decimals, '0'));
  }, 0n);
  const digits = total.toString().padStart(decimals + 1, '0');
  return decimals ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
}
