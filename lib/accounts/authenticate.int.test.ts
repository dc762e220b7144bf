import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '@/db/client';
import { loginAttempts, users } from '@/db/schema';
import { GOOD_PASSWORD, makeUser, rejection, testConfig } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { authenticate } from './authenticate';
import { LOGIN_LIMITS } from './login-throttle';
import { PASSWORD_HASH_PARAMS } from './password-hash';

let t: TestDb;
let serverA: DbHandle;
let serverB: DbHandle; // two server processes, one database
beforeAll(async () => {
  t = await createTestDb();
  serverA = createDb(t.url, { max: 5 });
  serverB = createDb(t.url, { max: 5 });
});
afterAll(async () => {
  await serverA.close();
  await serverB.close();
  await t.close();
});
beforeEach(async () => {
  await t.db.delete(loginAttempts);
});

let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;
const signIn = (db: DbHandle, email: string, password: string, ip: string | null = freshIp()) =>
  authenticate(db.db, { email, password, ip }, testConfig);
const outcomes = async (email: string) =>
  (
    await t.db.select({ o: loginAttempts.outcome }).from(loginAttempts).where(eq(loginAttempts.email, email))
  ).map((r) => r.o);
/** Moves every recorded attempt `minutes` into the past. */
const age = (minutes: number) =>
  t.db.update(loginAttempts).set({ createdAt: sql`created_at - ${minutes} * interval '1 minute'` });

describe('authenticate', () => {
  it('returns the account, without its password hash, for the right password', async () => {
    const user = await makeUser(t.db, { email: 'ada@example.com' });
    const account = await signIn(serverA, '  Ada@Example.COM ', GOOD_PASSWORD);
    expect(account).toEqual({
      id: user.id,
      email: 'ada@example.com',
      name: user.name,
      role: 'member',
      locale: 'fr',
      emailVerifiedAt: user.emailVerifiedAt,
    });
    expect(await outcomes('ada@example.com')).toEqual(['success']);
  });

  it('gives one generic answer for a wrong password, an unknown address and a password-less account', async () => {
    await makeUser(t.db, { email: 'bea@example.com' });
    await makeUser(t.db, { email: 'magic@example.com', password: null });
    const answers = await Promise.all([
      rejection(signIn(serverA, 'bea@example.com', 'not-the-password-1')),
      rejection(signIn(serverA, 'nobody@example.com', GOOD_PASSWORD)),
      rejection(signIn(serverA, 'magic@example.com', GOOD_PASSWORD)),
      rejection(signIn(serverA, 'bea@example.com', '')),
      rejection(signIn(serverA, `${'x'.repeat(300)}@example.com`, GOOD_PASSWORD)),
    ]);
    for (const answer of answers) {
      expect(answer).toEqual({ code: 'unauthorized', message: 'auth.signIn.invalid' });
    }
  });

  it('refuses a deleted account', async () => {
    const user = await makeUser(t.db, { email: 'gone@example.com' });
    await t.db.update(users).set({ deletedAt: new Date(), passwordHash: null }).where(eq(users.id, user.id));
    expect((await rejection(signIn(serverA, 'gone@example.com', GOOD_PASSWORD))).code).toBe('unauthorized');
  });

  it('upgrades a hash made with weaker parameters at sign-in', async () => {
    const { hash } = await import('@node-rs/argon2');
    const weak = await hash(GOOD_PASSWORD, { ...PASSWORD_HASH_PARAMS, memoryCost: 4096, timeCost: 1 });
    const user = await makeUser(t.db, { email: 'old@example.com' });
    await t.db.update(users).set({ passwordHash: weak }).where(eq(users.id, user.id));
    await signIn(serverA, 'old@example.com', GOOD_PASSWORD);
    const [row] = await t.db.select({ h: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(row!.h).toContain('$m=19456,t=2,p=1$');
    await expect(signIn(serverB, 'old@example.com', GOOD_PASSWORD)).resolves.toMatchObject({ id: user.id });
  });
});

describe('lock-out per address (two server processes)', () => {
  it('locks the account for 15 minutes after 5 failures, even for the right password', async () => {
    const user = await makeUser(t.db, { email: 'carla@example.com' });
    // Failures alternate between the two servers: the count is shared.
    for (let i = 0; i < LOGIN_LIMITS.email.maxFailures; i++) {
      const server = i % 2 === 0 ? serverA : serverB;
      expect((await rejection(signIn(server, 'carla@example.com', `wrong-password-${i}`))).code).toBe(
        'unauthorized',
      );
    }
    const locked = await rejection(signIn(serverB, 'carla@example.com', GOOD_PASSWORD));
    expect(locked).toMatchObject({ code: 'rate_limited', message: 'auth.signIn.rateLimited' });
    expect(locked.retryAfterS).toBeGreaterThan(14 * 60);
    expect(locked.retryAfterS).toBeLessThanOrEqual(15 * 60);
    expect((await rejection(signIn(serverA, 'carla@example.com', GOOD_PASSWORD))).code).toBe('rate_limited');
    // Refused attempts are recorded but do not extend the lock.
    expect(await outcomes('carla@example.com')).toEqual([...Array(5).fill('failure'), 'refused', 'refused']);

    await age(14);
    expect((await rejection(signIn(serverA, 'carla@example.com', GOOD_PASSWORD))).code).toBe('rate_limited');
    await age(1.01);
    await expect(signIn(serverA, 'carla@example.com', GOOD_PASSWORD)).resolves.toMatchObject({ id: user.id });
  });

  it('allows 4 failures, then a success, without locking; the success clears nothing', async () => {
    await makeUser(t.db, { email: 'dan@example.com' });
    for (let i = 0; i < 4; i++) await rejection(signIn(serverA, 'dan@example.com', `wrong-password-${i}`));
    await expect(signIn(serverB, 'dan@example.com', GOOD_PASSWORD)).resolves.toBeDefined();
    await rejection(signIn(serverA, 'dan@example.com', 'wrong-password-5'));
    expect((await rejection(signIn(serverB, 'dan@example.com', GOOD_PASSWORD))).code).toBe('rate_limited');
  });

  it('counts failures in a sliding 15-minute window', async () => {
    await makeUser(t.db, { email: 'eve@example.com' });
    for (let i = 0; i < 4; i++) await rejection(signIn(serverA, 'eve@example.com', `wrong-password-${i}`));
    await age(16);
    await rejection(signIn(serverA, 'eve@example.com', 'wrong-password-4'));
    await expect(signIn(serverB, 'eve@example.com', GOOD_PASSWORD)).resolves.toBeDefined();
  });

  it('locks an unknown address the same way, so lock-out reveals nothing', async () => {
    for (let i = 0; i < 5; i++) await rejection(signIn(serverA, 'ghost@example.com', `wrong-password-${i}`));
    expect((await rejection(signIn(serverB, 'ghost@example.com', GOOD_PASSWORD))).code).toBe('rate_limited');
  });

  it('lets at most 5 of 30 simultaneous guesses reach the password check', async () => {
    await makeUser(t.db, { email: 'flo@example.com' });
    const guesses = Array.from({ length: 30 }, (_, i) =>
      rejection(signIn(i % 2 === 0 ? serverA : serverB, 'flo@example.com', `guess-number-${i}`)),
    );
    const answers = await Promise.all(guesses);
    // Pending attempts count, so a burst may even be refused whole: safe, and refusals are not failures.
    const checked = answers.filter((a) => a.code === 'unauthorized').length;
    expect(checked).toBeLessThanOrEqual(LOGIN_LIMITS.email.maxFailures);
    expect(answers.filter((a) => a.code === 'rate_limited')).toHaveLength(30 - checked);
    const recorded = await outcomes('flo@example.com');
    expect(recorded.filter((o) => o === 'failure')).toHaveLength(checked);
    expect(recorded).not.toContain('pending');
    // The owner is locked out only if the burst really spent all five tries.
    const owner = await signIn(serverA, 'flo@example.com', GOOD_PASSWORD).then(
      () => 'ok',
      (error: { code: string }) => error.code,
    );
    expect(owner).toBe(checked === LOGIN_LIMITS.email.maxFailures ? 'rate_limited' : 'ok');
  });
});

describe('lock-out per IP', () => {
  it('refuses an IP for 15 minutes after 20 failures within 15 minutes, whatever the address', async () => {
    await makeUser(t.db, { email: 'hana@example.com' });
    const ip = '203.0.113.50';
    for (let i = 0; i < LOGIN_LIMITS.ip.maxFailures; i++) {
      // A new address every 4 tries: no per-address lock is ever reached.
      const server = i % 2 === 0 ? serverA : serverB;
      expect(
        (await rejection(signIn(server, `victim${Math.floor(i / 4)}@example.com`, 'wrong-pass-1', ip))).code,
      ).toBe('unauthorized');
    }
    const refused = await rejection(signIn(serverA, 'hana@example.com', GOOD_PASSWORD, ip));
    expect(refused).toMatchObject({ code: 'rate_limited' });
    expect(refused.retryAfterS).toBeGreaterThan(14 * 60);
    // Another IP is not affected; after 15 minutes this one is let in again.
    await expect(signIn(serverB, 'hana@example.com', GOOD_PASSWORD, '203.0.113.51')).resolves.toBeDefined();
    await age(15.01);
    await expect(signIn(serverA, 'hana@example.com', GOOD_PASSWORD, ip)).resolves.toBeDefined();
  });

  it('counts an IPv6 /64 as one source', async () => {
    for (let i = 0; i < 20; i++) {
      await rejection(
        signIn(serverA, `v6-${Math.floor(i / 4)}@example.com`, 'wrong-pass-1', `2001:db8:7:7::${i + 1}`),
      );
    }
    expect((await rejection(signIn(serverB, 'v6-new@example.com', 'x', '2001:db8:7:7::ffff'))).code).toBe(
      'rate_limited',
    );
  });

  it('stores a keyed hash of the IP, never the IP', async () => {
    await rejection(signIn(serverA, 'ivy@example.com', 'wrong-pass-1', '192.0.2.77'));
    const [row] = await t.db.select().from(loginAttempts).where(eq(loginAttempts.email, 'ivy@example.com'));
    expect(row!.ipHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain('192.0.2.77');
  });
});
