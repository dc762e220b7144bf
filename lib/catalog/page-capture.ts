import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import zlib from 'node:zlib';

// Capturing a page as Next sends it, and replaying it with a fresh CSP nonce:
// the mechanics behind lib/catalog/page-cache.ts.

const MAX_BODY_BYTES = 1024 * 1024;

/** Response headers that are per connection or recomputed on replay. */
const NOT_REPLAYED = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'x-catalog-cache',
]);

const NONCE_IN_POLICY = /'nonce-([A-Za-z0-9+/]{16,}={0,2})'/g;

/** A page that may be replayed to another visitor. */
export type PageEntry = {
  key: string;
  status: number;
  headers: [string, string | string[]][];
  /** The body split at each occurrence of the nonce. */
  segments: Buffer[];
  nonce: string;
  bytes: number;
  expiresAtMs: number;
};

export type Captured = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

/**
 * Copies what Next writes to `response`, as it goes to the client, without
 * changing it; `onEnd` gets the copy once the response has finished (null if
 * it was cut short or too large to keep).
 */
export function captureResponse(response: ServerResponse, onEnd: (captured: Captured | null) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const writeHeadHeaders: OutgoingHttpHeaders = {};
  const copy = (chunk: unknown, encoding?: unknown) => {
    if (overflow || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      overflow = true;
      chunks.length = 0;
    } else chunks.push(buffer);
  };
  const { write, end, writeHead } = response;
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    copy(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse['write'];
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    copy(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse['end'];
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    // writeHead(status, [message], [headers]): headers given here bypass getHeaders().
    const last = args[args.length - 1];
    if (Array.isArray(last)) {
      for (let i = 0; i + 1 < last.length; i += 2)
        writeHeadHeaders[String(last[i]).toLowerCase()] = last[i + 1];
    } else if (last && typeof last === 'object') {
      for (const [name, value] of Object.entries(last)) writeHeadHeaders[name.toLowerCase()] = value;
    }
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['writeHead'];
  let settled = false;
  const settle = (captured: Captured | null) => {
    if (settled) return;
    settled = true;
    try {
      onEnd(captured);
    } catch (error) {
      // A page that cannot be kept is only a missed replay, never a failed response.
      console.error('[page-cache] could not keep a page:', error instanceof Error ? error.message : error);
    }
  };
  response.once('finish', () =>
    settle(
      overflow
        ? null
        : {
            status: response.statusCode,
            headers: { ...response.getHeaders(), ...writeHeadHeaders },
            body: Buffer.concat(chunks),
          },
    ),
  );
  response.once('close', () => settle(null));
}

/** The entry for a captured response, or null when it must not be replayed to anyone else. */
export function replayable(key: string, captured: Captured, expiresAtMs: number): PageEntry | null {
  const { status, headers } = captured;
  if (status !== 200) return null;
  if (headers['set-cookie'] !== undefined) return null;
  if (!String(headers['content-type'] ?? '').startsWith('text/html')) return null;
  const policy = String(headers['content-security-policy'] ?? '');
  const nonces = [...policy.matchAll(NONCE_IN_POLICY)].map((m) => m[1]!);
  if (nonces.length !== 1) return null;
  const nonce = nonces[0]!;
  const body = decode(captured.body, headers['content-encoding']);
  if (!body || body.length > MAX_BODY_BYTES) return null;
  // The nonce must only appear verbatim, or a replay would keep an old one.
  const text = body.toString('latin1');
  for (const variant of escapedForms(nonce)) if (text.includes(variant)) return null;
  const segments: Buffer[] = [];
  const needle = Buffer.from(nonce);
  let from = 0;
  for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, from)) {
    segments.push(body.subarray(from, at));
    from = at + needle.length;
  }
  segments.push(body.subarray(from));
  if (segments.length < 2) return null;
  const replayed: [string, string | string[]][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_REPLAYED.has(name)) continue;
    replayed.push([name, Array.isArray(value) ? value.map(String) : String(value)]);
  }
  return { key, status, headers: replayed, segments, nonce, bytes: body.length, expiresAtMs };
}

/** The entry's headers and body with `nonce` in place of the captured one, compressed as accepted. */
export function replay(
  entry: PageEntry,
  nonce: string,
  acceptEncoding: string | undefined,
): { headers: OutgoingHttpHeaders; body: Buffer } {
  const nonceBytes = Buffer.from(nonce);
  const parts: Buffer[] = [];
  entry.segments.forEach((segment, i) => {
    if (i > 0) parts.push(nonceBytes);
    parts.push(segment);
  });
  const { body, encoding } = encode(Buffer.concat(parts), acceptEncoding);
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of entry.headers) {
    headers[name] = Array.isArray(value)
      ? value.map((v) => v.replaceAll(entry.nonce, nonce))
      : value.replaceAll(entry.nonce, nonce);
  }
  if (encoding) headers['content-encoding'] = encoding;
  headers['content-length'] = body.length;
  return { headers, body };
}

function escapedForms(nonce: string): string[] {
  const forms = new Set<string>();
  if (nonce.includes('/')) forms.add(nonce.replaceAll('/', '\\/')).add(nonce.replaceAll('/', '%2F'));
  if (nonce.includes('+')) {
    for (const plus of ['\\u002b', '\\u002B', '&#x2B;', '&#43;', '%2B'])
      forms.add(nonce.replaceAll('+', plus));
  }
  if (nonce.includes('=')) forms.add(nonce.replaceAll('=', '&#x3D;')).add(nonce.replaceAll('=', '%3D'));
  return [...forms];
}

function decode(body: Buffer, encoding: unknown): Buffer | null {
  try {
    switch (String(encoding ?? 'identity').toLowerCase()) {
      case 'identity':
        return body;
      case 'gzip':
        return zlib.gunzipSync(body, { maxOutputLength: MAX_BODY_BYTES + 1 });
      case 'br':
        return zlib.brotliDecompressSync(body, { maxOutputLength: MAX_BODY_BYTES + 1 });
      case 'deflate':
        return zlib.inflateSync(body, { maxOutputLength: MAX_BODY_BYTES + 1 });
      default:
        return null;
    }
  } catch {
    return null;
  }
}

/** Brotli or gzip at a fast level: a replay must stay far cheaper than a render. */
function encode(body: Buffer, accept: string | undefined): { body: Buffer; encoding: string | null } {
  const accepted = acceptedEncodings(accept ?? '');
  if (accepted.has('br')) {
    return {
      body: zlib.brotliCompressSync(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 2,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
      encoding: 'br',
    };
  }
  if (accepted.has('gzip')) return { body: zlib.gzipSync(body, { level: 3 }), encoding: 'gzip' };
  return { body, encoding: null };
}

function acceptedEncodings(header: string): Set<string> {
  const accepted = new Set<string>();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) continue;
    accepted.add(name.trim());
  }
  return accepted;
}
