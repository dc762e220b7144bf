// GET /sandbox/track/[advertiserId]: the sandbox network's tracking hop, 302 to its fake shop (never elsewhere).
import { notFound } from 'next/navigation';
import { unknownAdvertiserHtml } from '@/components/sandbox/unknown-advertiser-html';
import { getDb } from '@/db/client';
import { env } from '@/lib/env';
import { getTranslator } from '@/lib/i18n/server';
import { sandboxEnabled } from '@/lib/sandbox/sandbox-enabled';
import { sandboxTrackHop } from '@/lib/sandbox/track-hop';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ advertiserId: string }> }) {
  if (!sandboxEnabled(env())) notFound();
  const { advertiserId } = await params;
  const query = new URL(request.url).searchParams;
  const hop = await sandboxTrackHop(await getDb(), {
    advertiserId,
    clickRef: query.get('clickref'),
    ued: query.get('ued'),
  });
  if (!hop.found) {
    const { locale, t } = await getTranslator();
    return new Response(unknownAdvertiserHtml(t, locale), {
      status: 404,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  // A relative Location: always this app's own shop page, whatever Host the request claimed.
  return new Response(null, {
    status: 302,
    headers: { Location: hop.location, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' },
  });
}
