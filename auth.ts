import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { revokeSession } from '@/lib/accounts/sessions';
import { TokenError } from '@/lib/accounts/tokens';
import { clientIp } from '@/lib/auth/client-ip';
import {
  authorizeCredentials,
  authorizeMagicLink,
  refreshSession,
  type SessionUser,
  toSessionUser,
} from '@/lib/auth/credentials';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/errors';

// Auth.js wiring. JWT sessions whose token holds only the DB session id and
// the user id; the `jwt` callback checks that row on every request, so a
// sign-out elsewhere, a password reset or a role change applies at once.
//
// "Remember me": next-auth sets one cookie lifetime for everyone (30 days
// here). The DB session is the authority: 30 days sliding when remembered,
// 12 hours sliding otherwise (lib/accounts/sessions.ts); past that the cookie
// is still sent but `touchSession` refuses it and the browser is signed out.

declare module 'next-auth' {
  interface User {
    sid?: string;
  }
  interface Session {
    user: SessionUser;
  }
}

/** Carries the lock-out delay to the sign-in form: the code is `rate_limited:<minutes>`. */
class RateLimited extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = `rate_limited:${minutes}`;
  }
}

/** Carries why a magic link was refused: the code is the message key (expired, used, invalid). */
class LinkRefused extends CredentialsSignin {
  constructor(reason: TokenError['reason']) {
    super();
    this.code = reason;
  }
}

const SESSION_COOKIE_MAX_AGE_S = 30 * 24 * 60 * 60;

// The fresh user read by the `jwt` callback, handed to the `session` callback
// of the same request without going into the cookie.
const freshUsers = new WeakMap<object, SessionUser>();

export const { handlers, auth, signIn, signOut } = NextAuth((): NextAuthConfig => {
  const config = env();
  return {
    secret: config.AUTH_SECRET,
    trustHost: true,
    session: { strategy: 'jwt', maxAge: SESSION_COOKIE_MAX_AGE_S },
    // A wrong password is an expected outcome, already recorded in login_attempts: not an error to log.
    logger: {
      error(error) {
        if (error instanceof CredentialsSignin) return;
        console.error('[auth]', error);
      },
    },
    pages: { signIn: '/auth/sign-in', error: '/auth/sign-in' },
    providers: [
      Credentials({
        credentials: { email: {}, password: {}, rememberMe: {} },
        async authorize(credentials, request) {
          try {
            const claims = await authorizeCredentials(await getDb(), credentials, {
              ip: clientIp(request.headers),
              userAgent: request.headers.get('user-agent'),
            });
            return { id: claims.uid, sid: claims.sid };
          } catch (error) {
            if (isAppError(error) && error.code === 'rate_limited') {
              throw new RateLimited(Math.max(1, Math.ceil((error.retryAfterS ?? 60) / 60)));
            }
            if (isAppError(error) && error.code === 'unauthorized') return null;
            throw error;
          }
        },
      }),
      Credentials({
        id: 'magic-link',
        credentials: { token: {} },
        async authorize(credentials, request) {
          try {
            const claims = await authorizeMagicLink(await getDb(), credentials, {
              ip: clientIp(request.headers),
              userAgent: request.headers.get('user-agent'),
            });
            return { id: claims.uid, sid: claims.sid };
          } catch (error) {
            if (error instanceof TokenError) throw new LinkRefused(error.reason);
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user?.sid && user.id) return { sub: user.id, sid: user.sid };
        const fresh = await refreshSession(await getDb(), token);
        if (!fresh || fresh.id !== token.sub) return null;
        const claims = { sub: token.sub, sid: token.sid, iat: token.iat, exp: token.exp, jti: token.jti };
        freshUsers.set(claims, toSessionUser(fresh));
        return claims;
      },
      async session({ session, token }) {
        const user = freshUsers.get(token);
        // biome-ignore lint/suspicious/noExplicitAny: Auth.js types `session.user` as its AdapterUser
        if (user) (session as any).user = user;
        return session;
      },
    },
    events: {
      async signOut(message) {
        const token = 'token' in message ? message.token : null;
        if (typeof token?.sid !== 'string' || typeof token.sub !== 'string') return;
        try {
          await revokeSession(await getDb(), token.sub, token.sid);
        } catch (error) {
          if (!isAppError(error)) throw error;
        }
      },
    },
  };
});
