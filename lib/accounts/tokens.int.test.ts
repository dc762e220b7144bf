import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '@/db/client';
import { authTokens } from '@/db/schema';
import { makeUser, rejection } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import {
  consumeToken,
  hashToken,
  issueToken,
  mayIssueToken,
  revokeTokens,
  TOKEN_FORMAT,
  TOKENS_PER_HOUR_MAX,
} from './tokens';

let t: TestDb;
let other: DbHandle; // a second pool: another server process on the same database
beforeAll(async () => {
  t = await createTestDb();
  other = createDb(t.url, { max: 2 });
});
afterAll(async () => {
  await other.close();
  await t.close();
});

async function fresh(purpose: 'password_reset' | 'verify_email' = 'password_reset') {
  const user = await makeUser(t.db);
  const issued = await issueToken(t.db, { purpose, userId: user.id, email: user.email });
  return { user, issued };
}

describe('issueToken', () => {
  it('returns a raw token and stores only its sha-256, with the purpose’s lifetime', async () => {
    const { user, issued } = await fresh();
    expect(issued.token).toMatch(TOKEN_FORMAT);
    const [row] = await t.db.select().from(authTokens).where(eq(authTokens.id, issued.id));
    expect(row).toMatchObject({
      userId: user.id,
      email: user.email,
      purpose: 'password_reset',
      usedAt: null,
    });
    expect(row!.tokenHash).toBe(hashToken(issued.token));
    expect(JSON.stringify(row)).not.toContain(issued.token);
    const lifetimeMs = row!.expiresAt.getTime() - row!.createdAt.getTime();
    expect(lifetimeMs).toBe(60 * 60 * 1000);
  });
});

describe('consumeToken', () => {
  it('works once, then says the link was used', async () => {
    const { user, issued } = await fresh();
    const row = await consumeToken(t.db, { purpose: 'password_reset', token: issued.token });
    expect(row).toMatchObject({ id: issued.id, userId: user.id });
    expect(row.usedAt).toBeInstanceOf(Date);
    expect(
      await rejection(consumeToken(t.db, { purpose: 'password_reset', token: issued.token })),
    ).toMatchObject({
      code: 'conflict',
      message: 'auth.token.used',
    });
  });

  it('refuses an expired token', async () => {
    const { issued } = await fresh();
    await t.db
      .update(authTokens)
      .set({ createdAt: sql`now() - interval '2 hours'`, expiresAt: sql`now() - interval '1 second'` })
      .where(eq(authTokens.id, issued.id));
    expect(
      await rejection(consumeToken(t.db, { purpose: 'password_reset', token: issued.token })),
    ).toMatchObject({
      code: 'unprocessable',
      message: 'auth.token.expired',
    });
    const [row] = await t.db.select().from(authTokens).where(eq(authTokens.id, issued.id));
    expect(row!.usedAt).toBeNull();
  });

  it.each([
    ['one character changed', (token: string) => `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`],
    ['truncated', (token: string) => token.slice(0, 20)],
    ['made up', () => 'x'.repeat(43)],
    ['with SQL in it', () => "' or 1=1 --"],
    ['empty', () => ''],
  ])('refuses a tampered token: %s', async (_label, tamper) => {
    const { issued } = await fresh();
    expect(
      await rejection(consumeToken(t.db, { purpose: 'password_reset', token: tamper(issued.token) })),
    ).toMatchObject({ code: 'not_found', message: 'auth.token.invalid' });
  });

  it('refuses a token of another purpose, and leaves it usable for its own', async () => {
    const { issued } = await fresh('verify_email');
    expect(
      await rejection(consumeToken(t.db, { purpose: 'password_reset', token: issued.token })),
    ).toMatchObject({
      message: 'auth.token.invalid',
    });
    await expect(consumeToken(t.db, { purpose: 'verify_email', token: issued.token })).resolves.toBeDefined();
  });

  it('is unused again when the transaction it ran in fails', async () => {
    const { issued } = await fresh();
    await expect(
      t.db.transaction(async (tx) => {
        await consumeToken(tx, { purpose: 'password_reset', token: issued.token });
        throw new Error('the new password was refused');
      }),
    ).rejects.toThrow('refused');
    await expect(
      consumeToken(t.db, { purpose: 'password_reset', token: issued.token }),
    ).resolves.toBeDefined();
  });

  it('lets exactly one of two concurrent uses through, from two server processes', async () => {
    for (let round = 0; round < 5; round++) {
      const { issued } = await fresh();
      const use = (db: typeof t.db) =>
        db.transaction(async (tx) => {
          const row = await consumeToken(tx, { purpose: 'password_reset', token: issued.token });
          await new Promise((resolve) => setTimeout(resolve, 30)); // hold the row while the other tries
          return row;
        });
      const results = await Promise.allSettled([use(t.db), use(other.db)]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toMatchObject({ code: 'conflict', message: 'auth.token.used' });
    }
  });
});

describe('revokeTokens and mayIssueToken', () => {
  it('voids unused links of the given purposes only', async () => {
    const { user, issued } = await fresh();
    const verify = await issueToken(t.db, { purpose: 'verify_email', userId: user.id, email: user.email });
    expect(await revokeTokens(t.db, { userId: user.id, purposes: ['password_reset'] })).toBe(1);
    expect(
      await rejection(consumeToken(t.db, { purpose: 'password_reset', token: issued.token })),
    ).toMatchObject({
      message: 'auth.token.invalid',
    });
    await expect(consumeToken(t.db, { purpose: 'verify_email', token: verify.token })).resolves.toBeDefined();
  });

  it(`allows ${TOKENS_PER_HOUR_MAX} links an hour per user and purpose`, async () => {
    const user = await makeUser(t.db);
    const input = { userId: user.id, purpose: 'magic_link' as const };
    for (let i = 0; i < TOKENS_PER_HOUR_MAX; i++) {
      expect(await mayIssueToken(t.db, input)).toBe(true);
      await issueToken(t.db, { ...input, email: user.email });
    }
    expect(await mayIssueToken(t.db, input)).toBe(false);
    expect(await mayIssueToken(t.db, { userId: user.id, purpose: 'password_reset' })).toBe(true);
    await t.db
      .update(authTokens)
      .set({
        createdAt: sql`created_at - interval '61 minutes'`,
        expiresAt: sql`expires_at - interval '61 minutes'`,
      })
      .where(eq(authTokens.userId, user.id));
    expect(await mayIssueToken(t.db, input)).toBe(true);
  });
});
