// GET /out/<merchant-slug>[?offer=&url=]: record the member's click, then 302 to the network's tracking link.
import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { clientIp } from '@/lib/auth/client-ip';
import { clickOut } from '@/lib/tracking/click-out';
import {
  clickOutConfig,
  clickOutHeaders,
  processClickTargets,
  processClickWriter,
} from '@/lib/tracking/click-out-http';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const db = await getDb();
  const response = await clickOut(
    db,
    {
      method: request.method,
      slug,
      offer: request.nextUrl.searchParams.get('offer'),
      url: request.nextUrl.searchParams.get('url'),
      headers: request.headers,
      cookies: request.cookies,
      ip: clientIp(request.headers),
    },
    { target: processClickTargets(), config: clickOutConfig(), write: processClickWriter(db) },
  );
  return new Response(null, { status: response.status, headers: clickOutHeaders(response) });
}

export const HEAD = GET;
