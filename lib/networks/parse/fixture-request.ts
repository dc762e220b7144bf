import { readFileSync } from 'node:fs';
import type { RawPostback } from '../conversion-event';

// Test helpers: a stored fixture as text, and a RawPostback the way the
// postback route would hand it over (query decoded into name → value, the
// body as received). For adapter tests only; adapters themselves stay pure.

/** `readFixture(import.meta.url, 'f3-transactions-amended.json')` → the file beside the test, in fixtures/. */
export function readFixture(testUrl: string, name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, testUrl), 'utf8');
}

const RECEIVED_AT = '2025-03-14T18:22:30.000Z';

/** A GET whose query string is exactly `queryString` (without "?"). */
export function getRequest(queryString: string, receivedAt: string = RECEIVED_AT): RawPostback {
  return {
    method: 'GET',
    query: Object.fromEntries(new URLSearchParams(queryString.trim())),
    headers: {},
    body: '',
    contentType: null,
    receivedAt,
  };
}

/** A POST with `body` as sent; the default content type is a form's. */
export function postRequest(
  body: string,
  contentType: string | null = 'application/x-www-form-urlencoded',
  queryString = '',
  receivedAt: string = RECEIVED_AT,
): RawPostback {
  return {
    method: 'POST',
    query: Object.fromEntries(new URLSearchParams(queryString)),
    headers: contentType ? { 'content-type': contentType } : {},
    body,
    contentType,
    receivedAt,
  };
}
