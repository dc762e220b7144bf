import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// Postback URLs carry a 256-bit random token per network account
// (/api/postbacks/<network>/<token>). Only its sha-256 is stored; a candidate
// is compared against every live hash of the network in constant time, so a
// response's timing says nothing about how close a guess was.

export const POSTBACK_TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export function newPostbackToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashPostbackToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether `token` hashes to `expectedHash`, in time that does not depend on where they differ. */
export function tokenMatches(token: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashPostbackToken(token), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
