import { type NextRequest, NextResponse } from 'next/server';

// First line of defence: a visitor without a session cookie is sent to sign-in
// from /account and /admin. The cookie is only looked for, not trusted: every
// page and action checks the session (DB row) and the role on the server
// (lib/auth/current-user.ts), which is where non-staff are kept out of /admin.
//
// Why not next-auth's `auth()` here: importing auth.ts (and with it pg and
// argon2) into the proxy bundle made the proxy module load asynchronously, and
// Next 16.4 then refused it ("must export a function named `proxy`"), which
// broke every request.

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const url = new URL('/auth/sign-in', request.nextUrl);
  url.searchParams.set('next', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(url);
}

export const config = { matcher: ['/account', '/account/:path*', '/admin', '/admin/:path*'] };
