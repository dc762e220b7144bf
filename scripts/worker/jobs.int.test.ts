import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAttempts } from '@/db/schema';
import { parseEnv } from '@/lib/env';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { LOGIN_ATTEMPTS_RETENTION_MS, workerJobs } from './jobs';

// The worker's job list follows the configuration, and the purge job keeps
// the sign-in attempts the lock-out and a security review need.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

const baseEnv = { DATABASE_URL: 'postgres://x@127.0.0.1/x', AUTH_SECRET: 'a'.repeat(40) };
const quiet = () => {};

describe('worker jobs', () => {
  it('sends e-mail only when SMTP is configured', () => {
    const production = { ...baseEnv, NODE_ENV: 'production', APP_URL: 'https://ristourne.example' };
    const without = workerJobs(t.db, parseEnv(production), quiet);
    expect(without.map((job) => job.name)).toEqual(['purge-login-attempts', 'dormant-balances']);
    const withSmtp = workerJobs(t.db, parseEnv({ ...production, SMTP_URL: 'smtp://127.0.0.1:2525' }), quiet);
    expect(withSmtp.map((job) => job.name)).toEqual([
      'purge-login-attempts',
      'dormant-balances',
      'send-email',
    ]);
    // Outside production (and in the demo) the sandbox network posts its sales.
    const demo = workerJobs(t.db, parseEnv({ ...production, DEMO_MODE: 'true' }), quiet);
    expect(demo.map((job) => job.name)).toEqual([
      'purge-login-attempts',
      'dormant-balances',
      'sandbox-postbacks',
    ]);
    for (const job of withSmtp) job.close?.();
    // With a PayPal app configured, the batches sent to it are polled.
    const paypalEnv = { PAYPAL_CLIENT_ID: 'id', PAYPAL_CLIENT_SECRET: 'secret' };
    expect(workerJobs(t.db, parseEnv(production), quiet, paypalEnv).map((job) => job.name)).toEqual([
      'purge-login-attempts',
      'dormant-balances',
      'paypal-payouts',
    ]);
    expect(workerJobs(t.db, parseEnv(production), quiet, {}).map((job) => job.name)).toEqual([
      'purge-login-attempts',
      'dormant-balances',
    ]);
  });

  it('purges sign-in attempts past the retention, and only those', async () => {
    const days = LOGIN_ATTEMPTS_RETENTION_MS / 86_400_000;
    await t.db.insert(loginAttempts).values([
      {
        email: 'old@example.com',
        outcome: 'failure',
        createdAt: sql`now() - ${days + 1} * interval '1 day'`,
      },
      {
        email: 'recent@example.com',
        outcome: 'failure',
        createdAt: sql`now() - ${days - 1} * interval '1 day'`,
      },
      { email: 'now@example.com', outcome: 'success' },
    ]);
    const [purge] = workerJobs(t.db, parseEnv(baseEnv), quiet);
    expect(await purge!.tick()).toBe(false);
    const left = await t.db.select({ email: loginAttempts.email }).from(loginAttempts);
    expect(left.map((row) => row.email).sort()).toEqual(['now@example.com', 'recent@example.com']);
  });
});
