import { defaultDataDir, reachableDataDir, stopLeftover } from '@/db/embedded';
import { runMigrations } from '@/db/migrate';
import { isCatalogEmpty, resetCatalog, seedDatabase } from '@/db/seed';
import { parseEnv } from '@/lib/env';
import { sendPendingEmails } from '@/lib/notifications/send-outbox';
import { createSmtpTransport } from '@/lib/notifications/smtp-transport';
import { ledgerCommands } from './ledger-commands';
import { networkCommands } from './network-commands';
import { payoutCommands } from './payout-commands';
import { UsageError } from './usage-error';
import { withDb } from './with-db';

// Each command gets the database URL and its parsed arguments. New issues add
// commands here; `help` lists them.

export type CommandContext = {
  url: string;
  args: string[];
  flags: Map<string, string | true>;
  log: (m: string) => void;
};
export type Command = {
  summary: string;
  usage: string;
  /** False for commands that manage the embedded server itself rather than use a database. */
  needsDatabase?: boolean;
  run: (ctx: CommandContext) => Promise<void>;
};

export { UsageError };

function positiveInt(flags: Map<string, string | true>, name: string, fallback: number, max: number): number {
  const raw = flags.get(name);
  if (raw === undefined) return fallback;
  const value = raw === true ? Number.NaN : Number(raw);
  if (!Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new UsageError(
      `--${name} must be a whole number from 1 to ${max} (got "${raw === true ? '' : raw}")`,
    );
  }
  return value;
}

export const commands: Record<string, Command> = {
  'db:stop': {
    summary: 'stop the embedded PostgreSQL running on .data/pg (e.g. one left by a crash)',
    usage: 'db:stop',
    needsDatabase: false,
    run: async ({ log }) => {
      const dataDir = reachableDataDir(defaultDataDir(), log);
      log((await stopLeftover(dataDir, log)) ? 'stopped' : `no embedded PostgreSQL is running on ${dataDir}`);
    },
  },
  migrate: {
    summary: 'apply pending database migrations',
    usage: 'migrate',
    run: async ({ url, log }) => {
      await withDb(url, (db) => runMigrations(db, url));
      log('migrations applied');
    },
  },
  seed: {
    summary: 'load the demo catalog (300+ merchants), or 10 000 merchants with --scale large',
    usage: 'seed [--scale demo|large] [--reset]',
    run: async ({ url, flags, log }) => {
      const scale = flags.get('scale') ?? 'demo';
      if (scale !== 'demo' && scale !== 'large')
        throw new UsageError(`--scale must be "demo" or "large" (got "${scale}")`);
      await withDb(url, async (db) => {
        await runMigrations(db, url);
        if (!(await isCatalogEmpty(db))) {
          if (!flags.has('reset')) {
            throw new UsageError(
              'the database already has a catalog; add --reset to delete it and seed again',
            );
          }
          log('deleting the existing catalog');
          await resetCatalog(db);
        }
        const started = Date.now();
        const summary = await seedDatabase(db, { scale, log });
        log(`seeded (${scale}) in ${Date.now() - started} ms: ${JSON.stringify(summary)}`);
      });
    },
  },
  'mail:send': {
    summary: 'send the due e-mails now: one pass of the worker’s sender (needs SMTP_URL)',
    usage: 'mail:send [--limit 100]',
    run: async ({ url, flags, log }) => {
      const limit = positiveInt(flags, 'limit', 100, 10_000);
      const config = parseEnv({ ...process.env, DATABASE_URL: url });
      if (!config.SMTP_URL) {
        log('SMTP_URL is not set: e-mails are held for /dev/mailbox, there is nothing to send');
        return;
      }
      const transport = createSmtpTransport(config.SMTP_URL, config.MAIL_FROM);
      try {
        const report = await withDb(url, (db) => sendPendingEmails(db, { transport, batchSize: limit }));
        log(`e-mail: sent ${report.sent}, retrying later ${report.retrying}, failed ${report.failed}`);
      } finally {
        transport.close();
      }
    },
  },
  ...networkCommands,
  ...ledgerCommands,
  ...payoutCommands,
};

export function parseArgs(argv: string[]): {
  name: string | undefined;
  args: string[];
  flags: Map<string, string | true>;
} {
  const [name, ...rest] = argv;
  const args: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const item = rest[i]!;
    if (!item.startsWith('--')) {
      args.push(item);
      continue;
    }
    const [key, inline] = item.slice(2).split('=', 2) as [string, string | undefined];
    const next = rest[i + 1];
    if (inline !== undefined) flags.set(key, inline);
    else if (next !== undefined && !next.startsWith('--')) {
      flags.set(key, next);
      i++;
    } else flags.set(key, true);
  }
  return { name, args, flags };
}

export function helpText(): string {
  const width = Math.max(...Object.values(commands).map((c) => c.usage.length), 4);
  const lines = Object.values(commands).map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: npm run cli -- <command> [options]',
    '',
    'Commands:',
    `  ${'help'.padEnd(width)}  show this help`,
    ...lines,
    '',
    'The CLI works on DATABASE_URL when set, otherwise on the embedded PostgreSQL under .data/',
    '(the same one `npm start` uses; started for the command if it is not running).',
  ].join('\n');
}
