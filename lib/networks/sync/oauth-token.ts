import { AppError } from '@/lib/errors';
import type { ApiRequest, ApiSession } from './api-client';

// Networks whose API wants a short-lived OAuth2 access token first (Admitad
// client_credentials, Rakuten, Tradedoubler password grant): fetched once a
// run through the same paced caller, kept in the run's memo, never stored.
// A token that expires mid-run fails the run with a 401; the next run fetches
// a fresh one and resumes from the cursor.

export async function oauthAccessToken(session: ApiSession, request: ApiRequest): Promise<string> {
  const cached = session.memo.get('accessToken');
  if (cached) return cached;
  const response = await session.call(request);
  let token: unknown;
  try {
    token = (JSON.parse(response.body) as { access_token?: unknown }).access_token;
  } catch {
    token = undefined;
  }
  if (typeof token !== 'string' || token === '') {
    throw new AppError(
      'unauthorized',
      `${request.method} ${request.url.pathname}: no access_token in the answer`,
    );
  }
  session.memo.set('accessToken', token);
  return token;
}

export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

export const FORM_HEADERS = {
  'content-type': 'application/x-www-form-urlencoded',
  accept: 'application/json',
};
