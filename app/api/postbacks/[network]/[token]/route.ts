// GET|POST /api/postbacks/<network>/<token>: store the raw request in the inbox, then process it, then 200.
import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { clientIp } from '@/lib/auth/client-ip';
import { POSTBACK_BODY_MAX_BYTES, receivePostback } from '@/lib/conversions/receive-postback';
import { POSTBACK_ADAPTERS } from '@/lib/networks/postback-adapters';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ network: string; token: string }> };

async function handle(request: NextRequest, { params }: Params) {
  const { network, token } = await params;
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > POSTBACK_BODY_MAX_BYTES) return json(413, { error: 'payload too large' });
  const body = request.method === 'POST' ? await request.text() : '';
  if (Buffer.byteLength(body) > POSTBACK_BODY_MAX_BYTES) return json(413, { error: 'payload too large' });
  const answer = await receivePostback(
    await getDb(),
    {
      networkCode: network.slice(0, 32).toLowerCase(),
      token,
      method: request.method === 'POST' ? 'POST' : 'GET',
      path: request.nextUrl.pathname,
      query: Object.fromEntries(request.nextUrl.searchParams),
      headers: Object.fromEntries(request.headers),
      body,
      sourceIp: clientIp(request.headers),
    },
    { adapters: POSTBACK_ADAPTERS },
  );
  if (answer.status !== 200) return json(answer.status, { error: answer.reason });
  return json(200, { ok: true });
}

function json(status: number, body: unknown) {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}

export { handle as GET, handle as POST };
