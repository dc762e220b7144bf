import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '@/db/client';
import { clientIp } from '@/lib/auth/client-ip';
import type { ClickWriter } from '@/lib/tracking/click-batcher';
import { type ClickOutConfig, clickOut } from '@/lib/tracking/click-out';
import { clickOutHeaders } from '@/lib/tracking/click-out-http';
import type { ClickTargetSource } from '@/lib/tracking/click-target-cache';
import { cookieReader, headerReader } from './node-request';

// /out/<slug> answered by the Node server itself, before Next's request
// pipeline (routing, proxy.ts, rendering) sees it: the click-out is the
// busiest URL of the site and needs none of that. The answer is the one the
// Next route handler (app/out/[slug]/route.ts) gives, from the same function.

const CLICK_OUT_PATH = /^\/out\/([^/?#]+)\/?$/;

/** The slug when this request is a click-out the fast path takes; null to leave it to Next. */
export function clickOutSlug(
  method: string | undefined,
  url: string | undefined,
): { slug: string; search: URLSearchParams } | null {
  if ((method !== 'GET' && method !== 'HEAD') || !url) return null;
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const match = CLICK_OUT_PATH.exec(path);
  if (!match) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
  return { slug, search: new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1)) };
}

export async function fastClickOut(
  db: Db,
  request: IncomingMessage,
  response: ServerResponse,
  route: { slug: string; search: URLSearchParams },
  deps: { target: ClickTargetSource; config: ClickOutConfig; write: ClickWriter },
): Promise<void> {
  const headers = headerReader(request);
  const result = await clickOut(
    db,
    {
      method: request.method ?? 'GET',
      slug: route.slug,
      offer: route.search.get('offer'),
      url: route.search.get('url'),
      headers,
      cookies: cookieReader(request),
      ip: clientIp(headers),
    },
    deps,
  );
  response.writeHead(result.status, clickOutHeaders(result));
  response.end();
}
