import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local stand-in for a network's API (tests only): node:http on 127.0.0.1
// at a random port, answering through a handler written like the network's
// API (the per-network files beside this one). Every request is logged, so a
// test can say which pages a run asked for; faults are queued by the test
// (a 500 on the third page, a 429 with Retry-After) and taken by the first
// matching requests.

export type MockRequest = {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
  /** Milliseconds since the epoch, when it arrived. */
  at: number;
  /** The status it was answered with. */
  status?: number;
};

export type MockReply = { status: number; headers?: Record<string, string>; body: string | object };

export type MockHandler = (request: MockRequest) => MockReply;

export type MockFault = {
  when: (request: MockRequest) => boolean;
  /** How many matching requests get the fault. */
  times: number;
  reply: MockReply;
};

export type MockServer = {
  url: string;
  requests: MockRequest[];
  /** Queues a fault for the next `times` matching requests. */
  fault: (fault: MockFault) => void;
  /** Delays every answer (holds a run in flight for concurrency tests). */
  setDelay: (ms: number) => void;
  close: () => Promise<void>;
};

export async function startMockServer(handle: MockHandler): Promise<MockServer> {
  const requests: MockRequest[] = [];
  const faults: MockFault[] = [];
  let delayMs = 0;
  const server = createServer(async (incoming, response) => {
    const request = await readRequest(incoming);
    requests.push(request);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const fault = faults.find((f) => f.times > 0 && f.when(request));
    let reply: MockReply;
    if (fault) {
      fault.times--;
      reply = fault.reply;
    } else {
      try {
        reply = handle(request);
      } catch (error) {
        reply = { status: 500, body: { error: error instanceof Error ? error.message : String(error) } };
      }
    }
    request.status = reply.status;
    const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    response.writeHead(reply.status, {
      'content-type': typeof reply.body === 'string' ? 'text/plain' : 'application/json',
      ...reply.headers,
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fault: (fault) => {
      faults.push({ ...fault });
    },
    setDelay: (ms) => {
      delayMs = ms;
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function readRequest(incoming: IncomingMessage): Promise<MockRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === 'string') headers[name] = value;
  }
  return {
    method: incoming.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body: Buffer.concat(chunks).toString('utf8'),
    at: Date.now(),
  };
}

/** The answer a network gives to a request without the right credentials. */
export const unauthorized: MockReply = { status: 401, body: { error: 'invalid credentials' } };

export function bearerIs(request: MockRequest, token: string): boolean {
  return request.headers.authorization === `Bearer ${token}`;
}

export function basicIs(request: MockRequest, user: string, password: string): boolean {
  return request.headers.authorization === `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}
