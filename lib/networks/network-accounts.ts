import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { type NetworkAccount, networkAccountSecrets, networkAccounts } from '@/db/schema';
import { assertCurrency } from '@/lib/money';
import { encryptCredentials } from './credentials';
import { hashPostbackToken, newPostbackToken, POSTBACK_TOKEN_FORMAT, tokenMatches } from './postback-token';

// Our publisher accounts on the networks, as the CLI and intake see them. The
// postback token is shown once, when created or rotated; only its hash stays.
// A rotation keeps the previous token valid for a grace period, so a network
// that still calls the old URL loses nothing while its settings are updated.

export const DEFAULT_TOKEN_GRACE_HOURS = 72;

export type AddNetworkAccountInput = {
  networkCode: string;
  name: string;
  publisherId: string;
  defaultCurrency?: string;
  credentials?: Record<string, string>;
  credentialsKey?: Buffer;
  allowedSourceIps?: string[];
  fieldMap?: Record<string, string>;
};

export async function addNetworkAccount(
  db: DbOrTx,
  input: AddNetworkAccountInput,
): Promise<{ account: NetworkAccount; postbackToken: string }> {
  const networkCode = input.networkCode.trim().toLowerCase();
  if (!/^[a-z][a-z0-9_-]{1,31}$/.test(networkCode))
    throw new Error(`bad network code "${input.networkCode}"`);
  if (input.credentials && !input.credentialsKey) throw new Error('credentials need CREDENTIALS_KEY');
  const postbackToken = newPostbackToken();
  return db.transaction(async (tx) => {
    const [account] = await tx
      .insert(networkAccounts)
      .values({
        networkCode,
        name: input.name.trim(),
        publisherId: input.publisherId.trim(),
        defaultCurrency: assertCurrency(input.defaultCurrency ?? 'EUR'),
      })
      .returning();
    await tx.insert(networkAccountSecrets).values({
      networkAccountId: account!.id,
      postbackTokenHash: hashPostbackToken(postbackToken),
      credentialsEncrypted:
        input.credentials && input.credentialsKey
          ? encryptCredentials(input.credentials, input.credentialsKey)
          : null,
      allowedSourceIps: input.allowedSourceIps?.length ? input.allowedSourceIps : null,
      fieldMap: input.fieldMap ?? null,
    });
    return { account: account!, postbackToken };
  });
}

/** A new token for the account; the old one keeps working for `graceHours`. Returns the new token (shown once). */
export async function rotatePostbackToken(
  db: DbOrTx,
  input: { networkAccountId: number; graceHours?: number },
): Promise<{ postbackToken: string; previousValidUntil: Date | null }> {
  const graceHours = input.graceHours ?? DEFAULT_TOKEN_GRACE_HOURS;
  if (!Number.isInteger(graceHours) || graceHours < 0 || graceHours > 24 * 30) {
    throw new Error('the grace period must be 0 to 720 hours');
  }
  const postbackToken = newPostbackToken();
  const [account] = await db
    .select({ id: networkAccounts.id })
    .from(networkAccounts)
    .where(eq(networkAccounts.id, input.networkAccountId));
  if (!account) throw new Error(`no network account ${input.networkAccountId}`);
  // An account made without a token (the seed's) gets its first one here.
  const [row] = await db
    .insert(networkAccountSecrets)
    .values({ networkAccountId: account.id, postbackTokenHash: hashPostbackToken(postbackToken) })
    .onConflictDoUpdate({
      target: networkAccountSecrets.networkAccountId,
      set: {
        previousTokenHash: sql`${networkAccountSecrets.postbackTokenHash}`,
        previousTokenValidUntil: sql`now() + ${graceHours} * interval '1 hour'`,
        postbackTokenHash: hashPostbackToken(postbackToken),
        rotatedAt: sql`now()`,
      },
    })
    .returning({ until: networkAccountSecrets.previousTokenValidUntil });
  if (!row) throw new Error(`no network account ${input.networkAccountId}`);
  return { postbackToken, previousValidUntil: row.until };
}

export type PostbackAccount = Pick<
  NetworkAccount,
  'id' | 'networkCode' | 'publisherId' | 'defaultCurrency'
> & {
  allowedSourceIps: string[] | null;
  fieldMap: Record<string, string> | null;
};

/** The active account of `networkCode` whose current (or still-valid previous) token this is; null otherwise. */
export async function resolvePostbackAccount(
  db: DbOrTx,
  networkCode: string,
  token: string,
): Promise<PostbackAccount | null> {
  if (!POSTBACK_TOKEN_FORMAT.test(token)) return null;
  const candidates = await db
    .select({
      id: networkAccounts.id,
      networkCode: networkAccounts.networkCode,
      publisherId: networkAccounts.publisherId,
      defaultCurrency: networkAccounts.defaultCurrency,
      allowedSourceIps: networkAccountSecrets.allowedSourceIps,
      fieldMap: networkAccountSecrets.fieldMap,
      current: networkAccountSecrets.postbackTokenHash,
      previous: sql<string | null>`case when ${networkAccountSecrets.previousTokenValidUntil} > now()
        then ${networkAccountSecrets.previousTokenHash} end`,
    })
    .from(networkAccounts)
    .innerJoin(networkAccountSecrets, eq(networkAccountSecrets.networkAccountId, networkAccounts.id))
    .where(and(eq(networkAccounts.networkCode, networkCode), eq(networkAccounts.isActive, true)));
  // Every candidate is compared, match or not: the time taken does not depend on which one matched.
  let found: (typeof candidates)[number] | null = null;
  for (const candidate of candidates) {
    const current = tokenMatches(token, candidate.current);
    const previous = candidate.previous !== null && tokenMatches(token, candidate.previous);
    if ((current || previous) && !found) found = candidate;
  }
  if (!found) return null;
  const { current: _current, previous: _previous, ...account } = found;
  return account;
}
