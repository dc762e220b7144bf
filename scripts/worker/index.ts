// npm run worker: the background job process, on the same database as npm
// start. Today it sends the e-mail outbox; more jobs join the same loop later.
import { createDb } from '@/db/client';
import { EnvError, parseEnv } from '@/lib/env';
import { SEND_DEFAULTS, sendPendingEmails } from '@/lib/notifications/send-outbox';
import { createSmtpTransport } from '@/lib/notifications/smtp-transport';
import { openDatabase } from '../launcher/database';
import { runPollLoop } from './poll-loop';

const POLL_INTERVAL_MS = 5_000;
const log = (message: string) => console.log(message);

async function main(): Promise<number> {
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      console.error(`[worker] ${signal} again: exiting now`);
      process.exit(1);
    }
    log(`[worker] ${signal}: finishing the current pass, then stopping`);
    controller.abort();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  const database = await openDatabase(log);
  const handle = createDb(database.url, { max: 2 });
  try {
    const config = parseEnv({ ...process.env, DATABASE_URL: database.url });
    if (!config.SMTP_URL) {
      log('[worker] SMTP_URL is not set: e-mails are held for /dev/mailbox; nothing to send, idling');
      await new Promise<void>((resolve) => controller.signal.addEventListener('abort', () => resolve()));
      return 0;
    }
    const transport = createSmtpTransport(config.SMTP_URL, config.MAIL_FROM);
    log(`[worker] sending e-mail through SMTP every ${POLL_INTERVAL_MS / 1000} s`);
    try {
      await runPollLoop({
        intervalMs: POLL_INTERVAL_MS,
        signal: controller.signal,
        log,
        tick: async () => {
          const report = await sendPendingEmails(handle.db, { transport });
          if (report.claimed > 0 || report.failed > 0) {
            log(`[worker] e-mail: sent ${report.sent}, retrying ${report.retrying}, failed ${report.failed}`);
          }
          return report.claimed === SEND_DEFAULTS.batchSize; // a full batch: more may be due
        },
      });
    } finally {
      transport.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof EnvError) console.error(`[worker] ${error.message}`);
    else console.error(`[worker] ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await handle.close();
    await database.stop();
    log('[worker] stopped');
  }
}

main().then((code) => process.exit(code));
