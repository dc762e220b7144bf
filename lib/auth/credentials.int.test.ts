import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userSessions } from '@/db/schema';
import { revokeSession } from '@/lib/accounts/sessions';
import { GOOD_PASSWORD, makeUser, rejection, testConfig } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { authorizeCredentials, refreshSession, toSessionUser } from './credentials';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const meta = { ip: '192.0.2.7', userAgent: 'vitest' };

describe('authorizeCredentials', () => {
  it.each([
    ['remember me (checkbox "on")', 'on', true],
    ['remember me (boolean)', true, true],
    ['this browser session only', undefined, false],
  ])('opens a DB session: %s', async (_label, rememberMe, expected) => {
    const user = await makeUser(t.db);
    const claims = await authorizeCredentials(
      t.db,
      { email: user.email.toUpperCase(), password: GOOD_PASSWORD, rememberMe },
      meta,
      testConfig,
    );
    expect(claims.uid).toBe(user.id);
    expect(claims.rememberMe).toBe(expected);
    const [row] = await t.db.select().from(userSessions).where(eq(userSessions.id, claims.sid));
    expect(row?.userId).toBe(user.id);
    expect(row?.rememberMe).toBe(expected);
  });

  it.each([
    ['wrong password', (email: string) => ({ email, password: 'not-the-password-00' })],
    ['unknown address', () => ({ email: 'nobody@example.test', password: GOOD_PASSWORD })],
    ['malformed input', () => ({ email: 42, password: null })],
  ])('%s: the same generic error, no session', async (_label, input) => {
    const user = await makeUser(t.db);
    const before = await t.db.select().from(userSessions);
    const error = await rejection(authorizeCredentials(t.db, input(user.email), meta, testConfig));
    expect(error).toMatchObject({ code: 'unauthorized', message: 'auth.signIn.invalid' });
    expect(await t.db.select().from(userSessions)).toHaveLength(before.length);
  });
});

describe('refreshSession', () => {
  it('returns the fresh user while the session lives, null once revoked', async () => {
    const user = await makeUser(t.db, { verified: false });
    const claims = await authorizeCredentials(
      t.db,
      { email: user.email, password: GOOD_PASSWORD },
      meta,
      testConfig,
    );
    const fresh = await refreshSession(t.db, { sid: claims.sid });
    expect(fresh && toSessionUser(fresh)).toMatchObject({
      id: user.id,
      emailVerified: false,
      role: 'member',
    });

    await revokeSession(t.db, user.id, claims.sid);
    expect(await refreshSession(t.db, { sid: claims.sid })).toBeNull();
  });

  it.each([
    ['no sid', {}],
    ['not a uuid', { sid: "' or 1=1 --" }],
    ['unknown uuid', { sid: '00000000-0000-4000-8000-000000000000' }],
  ])('%s: null', async (_label, token) => {
    expect(await refreshSession(t.db, token)).toBeNull();
  });
});
