import { AppError, type ErrorCode, isAppError } from '@/lib/errors';
import { backoffDelayMs, parseRetryAfterMs } from './backoff-delay';

// A small client for PayPal's REST API, enough for Payouts:
//  - OAuth 2.0 client credentials: one access token, cached until shortly
//    before it expires, shared by concurrent calls; a 401 on a call means it
//    was revoked or expired early, so the call gets a fresh token once;
//  - 429, 5xx and network failures are retried a bounded number of times
//    with a capped back-off (a POST only carries a PayPal-Request-Id, so a
//    retried create is answered with the first one's result, not done twice);
//  - any other refusal becomes one AppError whose `cause` keeps PayPal's
//    status, error name, debug id and body for the logs and for callers that
//    recognise a particular error (a duplicate sender_batch_id).

export const PAYPAL_LIVE_BASE_URL = 'https://api-m.paypal.com';
export const PAYPAL_SANDBOX_BASE_URL = 'https://api-m.sandbox.paypal.com';

export type PaypalClientConfig = {
  /** Default PAYPAL_LIVE_BASE_URL; PAYPAL_SANDBOX_BASE_URL or a mock in tests. */
  baseUrl?: string;
  clientId: string;
  clientSecret: string;
  fetchImpl?: typeof fetch;
  /** Waits between retries; tests pass one that records and returns at once. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
  /** Tries per request, the first included. Default 4. */
  maxAttempts?: number;
  /** Retry back-off: first wait about `retryBaseMs`, never more than `retryMaxMs`. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Per HTTP request. Default 30 s. */
  timeoutMs?: number;
};

export type PaypalRequest = {
  method: 'GET' | 'POST';
  /** Path and query, e.g. "/v1/payments/payouts". */
  path: string;
  body?: unknown;
  /** PayPal-Request-Id: PayPal answers a repeated POST with the same id with the first answer. */
  requestId?: string;
};

export type PaypalResponse = { status: number; body: unknown };

export type PaypalClient = {
  readonly baseUrl: string;
  request(request: PaypalRequest): Promise<PaypalResponse>;
};

/** What PayPal said when it refused a request; the `cause` of the AppError thrown. */
export type PaypalFailure = {
  kind: 'paypal';
  status: number;
  /** PayPal's error name (VALIDATION_ERROR, USER_BUSINESS_ERROR…) or OAuth `error`. */
  name: string | null;
  debugId: string | null;
  body: unknown;
};

export function paypalFailure(error: unknown): PaypalFailure | null {
  if (!isAppError(error)) return null;
  const cause = error.cause as Partial<PaypalFailure> | undefined;
  return cause?.kind === 'paypal' ? (cause as PaypalFailure) : null;
}

type Settings = Required<Omit<PaypalClientConfig, 'clientId' | 'clientSecret'>>;
type Answer = { status: number; body: unknown; retryAfter: string | null };

/** Refresh a token this long before PayPal says it expires (or at half its life, if shorter). */
const TOKEN_EARLY_REFRESH_MS = 60_000;

export function createPaypalClient(config: PaypalClientConfig): PaypalClient {
  const settings: Settings = {
    baseUrl: (config.baseUrl ?? PAYPAL_LIVE_BASE_URL).replace(/\/+$/, ''),
    fetchImpl: config.fetchImpl ?? fetch,
    sleep: config.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    now: config.now ?? Date.now,
    random: config.random ?? Math.random,
    maxAttempts: config.maxAttempts ?? 4,
    retryBaseMs: config.retryBaseMs ?? 500,
    retryMaxMs: config.retryMaxMs ?? 8_000,
    timeoutMs: config.timeoutMs ?? 30_000,
  };
  if (!Number.isSafeInteger(settings.maxAttempts) || settings.maxAttempts < 1 || settings.maxAttempts > 10) {
    throw new RangeError('maxAttempts must be 1..10');
  }
  if (!config.clientId || !config.clientSecret) {
    throw new AppError('unavailable', 'PayPal payouts are not configured (client id and secret)');
  }
  const basic = Buffer.from(`${config.clientId}:${config.clientSecret}`).toString('base64');

  let token: { value: string; refreshAtMs: number } | null = null;
  let pending: Promise<string> | null = null;

  async function fetchToken(): Promise<string> {
    const answer = await exchange(settings, 'POST /v1/oauth2/token', `${settings.baseUrl}/v1/oauth2/token`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${basic}`,
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body: 'grant_type=client_credentials',
    });
    const body = answer.body as { access_token?: unknown; expires_in?: unknown } | null;
    if (answer.status !== 200 || typeof body?.access_token !== 'string') {
      throw refusal('POST /v1/oauth2/token', answer, 'PayPal refused our client credentials');
    }
    const lifetimeMs =
      typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in * 1000 : 0;
    const early = Math.min(TOKEN_EARLY_REFRESH_MS, lifetimeMs / 2);
    token = { value: body.access_token, refreshAtMs: settings.now() + lifetimeMs - early };
    return body.access_token;
  }

  function accessToken(): Promise<string> {
    if (token && settings.now() < token.refreshAtMs) return Promise.resolve(token.value);
    // One token request at a time: concurrent calls wait for the same answer.
    pending ??= fetchToken().finally(() => {
      pending = null;
    });
    return pending;
  }

  async function request({ method, path, body, requestId }: PaypalRequest): Promise<PaypalResponse> {
    const label = `${method} ${path.split('?')[0]}`;
    for (let authTry = 1; ; authTry++) {
      const bearer = await accessToken();
      const headers: Record<string, string> = {
        Authorization: `Bearer ${bearer}`,
        Accept: 'application/json',
      };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (requestId) headers['PayPal-Request-Id'] = requestId;
      const answer = await exchange(settings, label, `${settings.baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (answer.status >= 200 && answer.status < 300) return { status: answer.status, body: answer.body };
      if (answer.status === 401 && authTry === 1) {
        // Expired or revoked before we expected: forget it, and try once more with a new one.
        if (token?.value === bearer) token = null;
        continue;
      }
      throw refusal(label, answer, 'PayPal refused the request');
    }
  }

  return { baseUrl: settings.baseUrl, request };
}

const RETRYABLE = (status: number) => status === 429 || status >= 500;

/** One request, tried again on 429, 5xx and network failures; any other answer is returned as is. */
async function exchange(settings: Settings, label: string, url: string, init: RequestInit): Promise<Answer> {
  for (let attempt = 1; ; attempt++) {
    let answer: Answer | null = null;
    let failure: unknown = null;
    try {
      const response = await settings.fetchImpl(url, {
        ...init,
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
      answer = {
        status: response.status,
        body: await readBody(response),
        retryAfter: response.headers.get('retry-after'),
      };
    } catch (error) {
      failure = error;
    }
    if (answer && !RETRYABLE(answer.status)) return answer;
    if (attempt >= settings.maxAttempts) {
      if (answer) throw refusal(label, answer, `PayPal still failing after ${attempt} tries`);
      throw new AppError(
        'unavailable',
        `${label}: PayPal unreachable after ${attempt} tries (${describeFailure(failure)})`,
        {
          cause: failure,
        },
      );
    }
    const retryAfterMs = answer ? parseRetryAfterMs(answer.retryAfter, settings.now()) : null;
    await settings.sleep(
      backoffDelayMs(
        attempt,
        { baseMs: settings.retryBaseMs, maxMs: settings.retryMaxMs, random: settings.random },
        retryAfterMs,
      ),
    );
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function codeFor(status: number): ErrorCode {
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 401 || status === 403 || status === 429 || status >= 500) return 'unavailable';
  return 'unprocessable';
}

function refusal(label: string, answer: Answer, what: string): AppError {
  const body = (typeof answer.body === 'object' && answer.body !== null ? answer.body : {}) as Record<
    string,
    unknown
  >;
  const name = typeof body.name === 'string' ? body.name : typeof body.error === 'string' ? body.error : null;
  const message =
    typeof body.message === 'string'
      ? body.message
      : typeof body.error_description === 'string'
        ? body.error_description
        : null;
  const debugId = typeof body.debug_id === 'string' ? body.debug_id : null;
  const cause: PaypalFailure = { kind: 'paypal', status: answer.status, name, debugId, body: answer.body };
  const detail = [name, message].filter(Boolean).join(': ');
  const debug = debugId ? `, debug id ${debugId}` : '';
  return new AppError(
    codeFor(answer.status),
    `${label}: ${what} (HTTP ${answer.status}${detail ? ` ${detail}` : ''}${debug})`,
    { cause },
  );
}

function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    const code = (error.cause as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' ? `${error.message}: ${code}` : error.message;
  }
  return String(error);
}
