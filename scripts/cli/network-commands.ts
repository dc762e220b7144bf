import { isIP } from 'node:net';
import { parseEnv } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { parseCredentialsKey } from '@/lib/networks/credentials';
import {
  addNetworkAccount,
  DEFAULT_TOKEN_GRACE_HOURS,
  rotatePostbackToken,
} from '@/lib/networks/network-accounts';
import { parseApiBaseUrl, resolveApiBaseUrl } from '@/lib/networks/sync/api-base-url';
import { apiClientFor } from '@/lib/networks/sync/api-clients';
import { configureNetworkSync, SYNC_INTERVAL_MINUTES_DEFAULT } from '@/lib/networks/sync/configure-sync';
import { syncAccountNow, syncedAccountIds } from '@/lib/networks/sync/run-due-sync';
import { explicitRangeProblem } from '@/lib/networks/sync/sync-range';
import { syncSummaryLines } from '@/lib/networks/sync/sync-summary';
import type { Command, CommandContext } from './commands';
import { UsageError } from './usage-error';
import { withDb } from './with-db';

// Network accounts from the command line (issue 5). The postback URL, with
// its token, is printed once: only the token's hash is kept. An account of a
// network we pull from, added with API credentials, gets pull sync (run by the
// worker every --sync-interval minutes); network:sync runs one now.

function required(flags: CommandContext['flags'], name: string): string {
  const value = flags.get(name);
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value.trim();
}

function postbackUrl(url: string, networkCode: string, token: string): string {
  const config = parseEnv({ ...process.env, DATABASE_URL: url });
  const base = config.APP_URL ?? `http://localhost:${config.PORT}`;
  return new URL(`/api/postbacks/${networkCode}/${token}`, base).toString();
}

/** What network:add turns on for pull sync; null when the network has no API or no credentials were given. */
function pullSyncSettings(
  flags: CommandContext['flags'],
  networkCode: string,
  credentials: Record<string, string> | undefined,
): { apiBaseUrl: string | null; intervalMinutes: number } | null {
  const rawBase = flags.get('api-base-url');
  const rawInterval = flags.get('sync-interval');
  const client = apiClientFor(networkCode.trim().toLowerCase());
  const asked = rawBase !== undefined || rawInterval !== undefined;
  if (!client) {
    if (asked) throw new UsageError(`network "${networkCode}" has no API to pull from`);
    return null;
  }
  if (!credentials) {
    if (asked) throw new UsageError('pull sync needs --credentials');
    return null;
  }
  const missing = client.credentialFields.filter((field) => !credentials[field]);
  if (missing.length > 0) {
    throw new UsageError(`--credentials for ${client.network} need ${client.credentialFields.join(', ')}`);
  }
  let apiBaseUrl: string | null = null;
  if (rawBase !== undefined) {
    if (typeof rawBase !== 'string') throw new UsageError('--api-base-url needs a URL');
    try {
      apiBaseUrl = parseApiBaseUrl(rawBase);
    } catch (error) {
      throw new UsageError(`--api-base-url: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const intervalMinutes = rawInterval === undefined ? SYNC_INTERVAL_MINUTES_DEFAULT : Number(rawInterval);
  if (!Number.isInteger(intervalMinutes) || intervalMinutes < 5 || intervalMinutes > 10_080) {
    throw new UsageError('--sync-interval must be a whole number of minutes from 5 to 10080');
  }
  return { apiBaseUrl, intervalMinutes };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** --from/--to as whole UTC days, --to included (so never past now); null when neither is given. */
function syncRange(flags: CommandContext['flags']): { from: Date; to: Date } | null {
  const rawFrom = flags.get('from');
  const rawTo = flags.get('to');
  if (rawFrom === undefined && rawTo === undefined) return null;
  if (rawFrom === undefined) throw new UsageError('--to needs --from');
  const day = (raw: string | true, name: string) => {
    const at = typeof raw === 'string' && DAY.test(raw) ? Date.parse(`${raw}T00:00:00Z`) : Number.NaN;
    if (!Number.isFinite(at)) throw new UsageError(`--${name} must be a date as YYYY-MM-DD`);
    return at;
  };
  const now = new Date();
  const from = new Date(day(rawFrom, 'from'));
  const to = new Date(
    rawTo === undefined ? now.getTime() : Math.min(day(rawTo, 'to') + 86_400_000, now.getTime()),
  );
  const problem = explicitRangeProblem({ from, to }, now);
  if (problem) throw new UsageError(`--from/--to: ${problem}`);
  return { from, to };
}

export const networkCommands: Record<string, Command> = {
  'network:add': {
    summary: 'add a network account; prints its postback URL (shown once); API credentials turn on pull sync',
    usage:
      'network:add --network <code> --name <name> --publisher <id> [--currency EUR] [--allow-ip a,b] [--credentials <json>] [--api-base-url <url>] [--sync-interval 60]',
    run: async ({ url, flags, log }) => {
      const allowed =
        typeof flags.get('allow-ip') === 'string' ? String(flags.get('allow-ip')).split(',') : [];
      for (const ip of allowed)
        if (!isIP(ip.trim())) throw new UsageError(`--allow-ip: "${ip}" is not an IP address`);
      let credentials: Record<string, string> | undefined;
      const rawCredentials = flags.get('credentials');
      if (typeof rawCredentials === 'string') {
        try {
          credentials = JSON.parse(rawCredentials) as Record<string, string>;
        } catch {
          throw new UsageError('--credentials must be a JSON object, e.g. {"apiToken":"…"}');
        }
      }
      const key = parseEnv({ ...process.env, DATABASE_URL: url }).CREDENTIALS_KEY;
      if (credentials && !key)
        throw new UsageError('storing API credentials needs CREDENTIALS_KEY (32 bytes, base64)');
      const networkCode = required(flags, 'network');
      const sync = pullSyncSettings(flags, networkCode, credentials);
      const { account, postbackToken } = await withDb(url, (db) =>
        db.transaction(async (tx) => {
          const added = await addNetworkAccount(tx, {
            networkCode,
            name: required(flags, 'name'),
            publisherId: required(flags, 'publisher'),
            defaultCurrency:
              typeof flags.get('currency') === 'string' ? String(flags.get('currency')) : undefined,
            allowedSourceIps: allowed.map((ip) => ip.trim()),
            credentials,
            credentialsKey: key ? parseCredentialsKey(key) : undefined,
          });
          if (sync) await configureNetworkSync(tx, { networkAccountId: added.account.id, ...sync });
          return added;
        }),
      );
      log(`network account ${account.id} (${account.networkCode}, publisher ${account.publisherId}) added`);
      log(`postback URL (shown once): ${postbackUrl(url, account.networkCode, postbackToken)}`);
      const client = apiClientFor(account.networkCode);
      if (sync && client) {
        const base = resolveApiBaseUrl(client, sync.apiBaseUrl, process.env);
        log(
          `pull sync: every ${sync.intervalMinutes} min from ${base.href} (npm run cli -- network:sync ${account.id} runs one now)`,
        );
      } else if (client) {
        log('pull sync: off (no --credentials)');
      }
    },
  },
  'network:sync': {
    summary:
      'pull an account’s network API now (or every synced account); prints what it fetched and applied',
    usage: 'network:sync <accountId|--all> [--from YYYY-MM-DD] [--to YYYY-MM-DD]',
    run: async ({ url, args, flags, log }) => {
      const all = flags.get('all');
      if (all !== undefined && all !== true) throw new UsageError('--all takes no value');
      if ((all === true) === (args[0] !== undefined)) throw new UsageError('give one account id, or --all');
      const accountId = all ? null : Number(args[0]);
      if (accountId !== null && (!Number.isSafeInteger(accountId) || accountId < 1))
        throw new UsageError(`"${args[0]}" is not an account id`);
      const range = syncRange(flags);
      const key = parseEnv({ ...process.env, DATABASE_URL: url }).CREDENTIALS_KEY;
      const failed = await withDb(url, async (db) => {
        const ids = accountId === null ? await syncedAccountIds(db) : [accountId];
        if (ids.length === 0) log('no account has pull sync: add one with network:add --credentials');
        let failures = 0;
        for (const id of ids) {
          try {
            const summary = await syncAccountNow(
              db,
              id,
              { credentialsKey: key ? parseCredentialsKey(key) : null },
              range ? { range } : {},
            );
            for (const line of syncSummaryLines(summary)) log(line);
            if (summary.status === 'failed') failures++;
          } catch (error) {
            // Not there, push-only, or synced by someone else right now: said, and the others still run.
            const said = ['conflict', 'not_found', 'unprocessable'];
            if (!isAppError(error) || !said.includes(error.code)) throw error;
            log(`account ${id}: ${error.message}`);
            failures++;
          }
        }
        return failures;
      });
      if (failed > 0) throw new Error(`${failed} sync${failed === 1 ? '' : 's'} did not succeed`);
    },
  },
  'network:token:rotate': {
    summary: `new postback token for an account; the old one works ${DEFAULT_TOKEN_GRACE_HOURS} h more (or --grace-hours)`,
    usage: 'network:token:rotate --account <id> [--grace-hours 72]',
    run: async ({ url, flags, log }) => {
      const accountId = Number(required(flags, 'account'));
      if (!Number.isSafeInteger(accountId) || accountId < 1)
        throw new UsageError('--account must be an account id');
      const graceRaw = flags.get('grace-hours');
      const graceHours = typeof graceRaw === 'string' ? Number(graceRaw) : DEFAULT_TOKEN_GRACE_HOURS;
      if (!Number.isInteger(graceHours) || graceHours < 0 || graceHours > 720) {
        throw new UsageError('--grace-hours must be a whole number from 0 to 720');
      }
      const result = await withDb(url, async (db) => {
        const rotated = await rotatePostbackToken(db, { networkAccountId: accountId, graceHours });
        const { rows } = await db.$client.query('select network_code from network_accounts where id = $1', [
          accountId,
        ]);
        return { ...rotated, networkCode: rows[0].network_code as string };
      });
      log(`new postback URL (shown once): ${postbackUrl(url, result.networkCode, result.postbackToken)}`);
      log(
        result.previousValidUntil
          ? `the previous URL keeps working until ${result.previousValidUntil.toISOString()}`
          : 'this account had no postback URL before',
      );
    },
  },
};
