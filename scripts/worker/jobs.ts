import type { Db } from '@/db/client';
import { purgeLoginAttempts } from '@/lib/accounts/login-throttle';
import type { Env } from '@/lib/env';
import { parseCredentialsKey } from '@/lib/networks/credentials';
import { runDueSync } from '@/lib/networks/sync/run-due-sync';
import { syncSummaryLines } from '@/lib/networks/sync/sync-summary';
import { SEND_DEFAULTS, sendPendingEmails } from '@/lib/notifications/send-outbox';
import { createSmtpTransport } from '@/lib/notifications/smtp-transport';
import { payoutsConfig } from '@/lib/payouts/payouts-config';
import { createPaypalClient } from '@/lib/payouts/paypal/paypal-client';
import { sandboxPostbackTarget } from '@/lib/sandbox/postback-target';
import { sandboxEnabled } from '@/lib/sandbox/sandbox-enabled';
import { SANDBOX_SEND_DEFAULTS, sendSandboxPostbacks } from '@/lib/sandbox/send-postbacks';
import { DORMANT_CANDIDATES_PER_RUN, runDormantBalances } from '@/lib/withdrawals/dormant-balances';
import { PAYPAL_POLL_DEFAULTS, pollPaypalBatches } from '@/lib/withdrawals/poll-paypal-batches';
import { withdrawalsConfig } from '@/lib/withdrawals/withdrawals-config';

// The worker's jobs. Each runs in its own poll loop; `tick` resolves true when
// more work is waiting (run again at once). Every job is safe to run in
// several workers at once (SKIP LOCKED claims, idempotent deletes).

export type Job = {
  name: string;
  intervalMs: number;
  tick: () => Promise<boolean>;
  close?: () => void;
};

const HOUR_MS = 60 * 60 * 1000;
/** Sign-in attempts are kept this long for security reviews; the lock-out itself reads 30 minutes. */
export const LOGIN_ATTEMPTS_RETENTION_MS = 30 * 24 * HOUR_MS;

/** How often the worker looks for a due account: "sync now" starts within this. */
export const NETWORK_SYNC_POLL_MS = 15_000;

export function workerJobs(
  db: Db,
  config: Env,
  log: (message: string) => void,
  /** The PayPal and SEPA settings are read apart from Env (lib/payouts/payouts-config.ts). */
  rawEnv: Record<string, string | undefined> = process.env,
): Job[] {
  const jobs: Job[] = [
    {
      name: 'purge-login-attempts',
      intervalMs: HOUR_MS,
      tick: async () => {
        const purged = await purgeLoginAttempts(db, { olderThanMs: LOGIN_ATTEMPTS_RETENTION_MS });
        if (purged > 0) log(`[worker] purged ${purged} sign-in attempts older than 30 days`);
        return false;
      },
    },
    {
      // Dormant balances (lib/withdrawals/dormant-balances.ts): each step is recorded once, so a daily run is enough.
      name: 'dormant-balances',
      intervalMs: 24 * HOUR_MS,
      tick: async () => {
        const report = await runDormantBalances(db, new Date(), withdrawalsConfig(config));
        const total = report.warned + report.paidOut + report.donated + report.reminded;
        if (total > 0) {
          log(
            `[worker] dormant balances: warned ${report.warned}, paid out ${report.paidOut}, donated ${report.donated}, reminded ${report.reminded}`,
          );
        }
        return total >= DORMANT_CANDIDATES_PER_RUN;
      },
    },
  ];
  if (sandboxEnabled(config)) {
    const resolveTarget = sandboxPostbackTarget(db, config.APP_URL ?? `http://localhost:${config.PORT}`);
    jobs.push({
      name: 'sandbox-postbacks',
      intervalMs: 1_000,
      tick: async () => {
        const report = await sendSandboxPostbacks(db, { resolveTarget });
        if (report.sent > 0 || report.failed > 0) {
          log(
            `[worker] sandbox postbacks: sent ${report.sent}, retrying ${report.retrying}, failed ${report.failed}`,
          );
        }
        return report.claimed === SANDBOX_SEND_DEFAULTS.batchSize;
      },
    });
  }
  // Pull sync reads API credentials, sealed with CREDENTIALS_KEY: without the
  // key no account can have any, so there is nothing to sync.
  if (config.CREDENTIALS_KEY) {
    const credentialsKey = parseCredentialsKey(config.CREDENTIALS_KEY);
    jobs.push({
      name: 'network-sync',
      intervalMs: NETWORK_SYNC_POLL_MS,
      tick: async () => {
        const summary = await runDueSync(db, { credentialsKey });
        if (!summary) return false;
        for (const line of syncSummaryLines(summary)) log(`[worker] network sync: ${line.trim()}`);
        return true; // one account synced: another may be due
      },
    });
  }
  // Batches sent to PayPal's Payouts API are read until settled, then daily
  // for 31 days (an unclaimed payment comes back): only with a PayPal app configured.
  const paypal = payoutsConfig(rawEnv).paypal;
  if (paypal) {
    const client = createPaypalClient(paypal);
    const notify = withdrawalsConfig(config);
    jobs.push({
      name: 'paypal-payouts',
      intervalMs: 60_000,
      tick: async () => {
        const report = await pollPaypalBatches(db, client, notify);
        if (report.read > 0 || report.failed > 0) {
          log(
            `[worker] PayPal payouts: read ${report.read}, settled ${report.settled}, failed ${report.failed}`,
          );
          for (const error of report.errors) log(`[worker] PayPal payouts: ${error}`);
        }
        return report.read + report.failed === PAYPAL_POLL_DEFAULTS.limit;
      },
    });
  }
  if (config.SMTP_URL) {
    const transport = createSmtpTransport(config.SMTP_URL, config.MAIL_FROM);
    jobs.push({
      name: 'send-email',
      intervalMs: 5_000,
      tick: async () => {
        const report = await sendPendingEmails(db, { transport });
        if (report.claimed > 0 || report.failed > 0) {
          log(`[worker] e-mail: sent ${report.sent}, retrying ${report.retrying}, failed ${report.failed}`);
        }
        return report.claimed === SEND_DEFAULTS.batchSize; // a full batch: more may be due
      },
      close: () => transport.close(),
    });
  } else {
    log('[worker] SMTP_URL is not set: e-mails are held for /dev/mailbox, not sent');
  }
  return jobs;
}
