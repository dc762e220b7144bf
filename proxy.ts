import { type NextRequest, NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { activeSessionRole } from '@/lib/accounts/sessions';
import { gateDecision, gatedArea } from '@/lib/auth/gate';
import { sessionIdFromCookies } from '@/lib/auth/session-cookie';
import { env } from '@/lib/env';
import { contentSecurityPolicy, newNonce } from '@/lib/security/csp';

// Runs before every page: (1) a per-request CSP nonce, (2) the first line of
// defence for /account and /admin: the session cookie is decrypted and its
// session looked up (one indexed read), so anonymous visitors and signed-out
// or revoked sessions are sent to sign-in, and non-staff get the 404 page for
// /admin. Every page and action checks again on the server
// (lib/auth/current-user.ts).
//
// Why not next-auth's `auth()` here: importing auth.ts (and with it argon2)
// into the proxy bundle made the proxy module load asynchronously, and Next
// 16.4 then refused it ("must export a function named `proxy`").

type Refusal = { kind: 'redirect'; url: URL } | { kind: 'not-found'; url: URL };

async function gate(request: NextRequest): Promise<Refusal | null> {
  const { pathname, search } = request.nextUrl;
  const area = gatedArea(pathname);
  if (!area) return null;
  const sessionId = await sessionIdFromCookies(request.cookies, env().AUTH_SECRET);
  const role = sessionId ? await activeSessionRole(await getDb(), sessionId) : null;
  const decision = gateDecision(area, role);
  if (decision === 'sign-in') {
    const url = new URL('/auth/sign-in', request.nextUrl);
    url.searchParams.set('next', `${pathname}${search}`);
    return { kind: 'redirect', url };
  }
  // No route lives there: Next renders app/not-found.tsx, with a 404 status.
  if (decision === 'not-found')
    return { kind: 'not-found', url: new URL('/_gate/not-found', request.nextUrl) };
  return null;
}

export async function proxy(request: NextRequest) {
  const refused = await gate(request);
  if (refused?.kind === 'redirect') return NextResponse.redirect(refused.url);
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = refused
    ? NextResponse.rewrite(refused.url, { request: { headers }, status: 404 })
    : NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  if (request.nextUrl.protocol === 'https:') {
    response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  }
  return response;
}

export const config = {
  // Pages only: not static files, images, the favicon or route handlers under /api.
  matcher: [
    {
      source: '/((?!api|_next/static|_next/image|icon.svg|favicon.ico).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
};
