import { isIP } from 'node:net';
import { parseEnv } from '@/lib/env';
import { parseCredentialsKey } from '@/lib/networks/credentials';
import {
  addNetworkAccount,
  DEFAULT_TOKEN_GRACE_HOURS,
  rotatePostbackToken,
} from '@/lib/networks/network-accounts';
import type { Command, CommandContext } from './commands';
import { UsageError } from './usage-error';
import { withDb } from './with-db';

// Network accounts from the command line (issue 5). The postback URL, with
// its token, is printed once: only the token's hash is kept.

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

export const networkCommands: Record<string, Command> = {
  'network:add': {
    summary: 'add a network account; prints its postback URL (shown once)',
    usage:
      'network:add --network <code> --name <name> --publisher <id> [--currency EUR] [--allow-ip a,b] [--credentials <json>]',
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
      const { account, postbackToken } = await withDb(url, (db) =>
        addNetworkAccount(db, {
          networkCode: required(flags, 'network'),
          name: required(flags, 'name'),
          publisherId: required(flags, 'publisher'),
          defaultCurrency:
            typeof flags.get('currency') === 'string' ? String(flags.get('currency')) : undefined,
          allowedSourceIps: allowed.map((ip) => ip.trim()),
          credentials,
          credentialsKey: key ? parseCredentialsKey(key) : undefined,
        }),
      );
      log(`network account ${account.id} (${account.networkCode}, publisher ${account.publisherId}) added`);
      log(`postback URL (shown once): ${postbackUrl(url, account.networkCode, postbackToken)}`);
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
