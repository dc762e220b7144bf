import { type NextRequest, NextResponse } from 'next/server';
import { contentSecurityPolicy, newNonce } from '@/lib/security/csp';

// Runs before every page: (1) a per-request CSP nonce, (2) a first line of
// defence for /account and /admin. The session cookie is only looked for,
// not trusted: every page and action checks the session (DB row) and the role
// on the server (lib/auth/current-user.ts), which is where non-staff are kept
// out of /admin.
//
// Why not next-auth's `auth()` here: importing auth.ts (and with it pg and
// argon2) into the proxy bundle made the proxy module load asynchronously, and
// Next 16.4 then refused it ("must export a function named `proxy`").

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];
const GATED = /^\/(account|admin)(\/|$)/;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (GATED.test(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const url = new URL('/auth/sign-in', request.nextUrl);
    url.searchParams.set('next', `${pathname}${search}`);
    return NextResponse.redirect(url);
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
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
