import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '@/db/client';
import { clientIp } from '@/lib/auth/client-ip';
import type { PostbackAdapters } from '@/lib/conversions/process-inbox';
import {
  POSTBACK_BODY_MAX_BYTES,
  type PostbackIntake,
  receivePostback,
} from '@/lib/conversions/receive-postback';
import { headerReader } from './node-request';

// GET|POST /api/postbacks/<network>/<token> answered by the Node server
// itself, before Next's request pipeline: networks push sales in bursts
// (issue 5 asks for 1 000/s) and the intake needs none of routing or
// rendering. Same function, same answers as the route handler
// (app/api/postbacks/[network]/[token]/route.ts), which stays for `next dev`.

const POSTBACK_PATH = /^\/api\/postbacks\/([^/?#]+)\/([^/?#]+)\/?$/;

export type PostbackRoute = { network: string; token: string; path: string; search: URLSearchParams };

/** The route when this request is a postback the fast path takes; null to leave it to Next. */
export function postbackRoute(method: string | undefined, url: string | undefined): PostbackRoute | null {
  if ((method !== 'GET' && method !== 'POST') || !url) return null;
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const match = POSTBACK_PATH.exec(path);
  if (!match) return null;
  let network: string;
  let token: string;
  try {
    network = decodeURIComponent(match[1]!);
    token = decodeURIComponent(match[2]!);
  } catch {
    return null;
  }
  return { network, token, path, search: new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1)) };
}

// What next.config.ts sets on every other response; the fast path skips Next.
const HEADERS = {
  'content-type': 'application/json',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

export async function fastPostback(
  db: Db,
  request: IncomingMessage,
  response: ServerResponse,
  route: PostbackRoute,
  deps: { adapters: PostbackAdapters; intake?: PostbackIntake },
): Promise<void> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > POSTBACK_BODY_MAX_BYTES) return answer(response, 413, { error: 'payload too large' });
  const body = request.method === 'POST' ? await readBody(request, POSTBACK_BODY_MAX_BYTES) : '';
  if (body === null) return answer(response, 413, { error: 'payload too large' });
  const headers = headerReader(request);
  const result = await receivePostback(
    db,
    {
      networkCode: route.network.slice(0, 32).toLowerCase(),
      token: route.token,
      method: request.method === 'POST' ? 'POST' : 'GET',
      path: route.path,
      query: Object.fromEntries(route.search),
      headers: headerRecord(request),
      body,
      sourceIp: clientIp(headers),
    },
    deps,
  );
  if (result.status !== 200) return answer(response, result.status, { error: result.reason });
  answer(response, 200, { ok: true });
}

function answer(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, HEADERS);
  response.end(JSON.stringify(body));
}

/** Node's headers as one string each (repeats joined like WHATWG Headers). */
function headerRecord(request: IncomingMessage): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) record[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return record;
}

/** The body as text, or null once it passes `maxBytes` (a sender lying about, or omitting, its length). */
function readBody(request: IncomingMessage, maxBytes: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > maxBytes) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
