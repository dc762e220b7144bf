import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { networkAccounts } from '@/db/schema';
import { rotatePostbackToken } from '@/lib/networks/network-accounts';

// Where the sandbox network posts: our own /api/postbacks/sandbox/<token>,
// for the sandbox network account. Only a token's hash is stored, so the
// sending process takes a fresh token for itself the first time it needs one
// (the previous token stays valid for an hour, for a process that still
// holds it) and keeps it in memory.

const GRACE_HOURS = 1;

export function sandboxPostbackTarget(
  db: DbOrTx,
  appUrl: string,
): (networkCode: string) => Promise<URL | null> {
  let target: Promise<URL | null> | undefined;
  return (networkCode) => {
    if (networkCode !== 'sandbox') return Promise.resolve(null);
    target ??= resolve(db, appUrl).catch((error: unknown) => {
      target = undefined;
      throw error;
    });
    return target;
  };
}

async function resolve(db: DbOrTx, appUrl: string): Promise<URL | null> {
  const [account] = await db
    .select({ id: networkAccounts.id })
    .from(networkAccounts)
    .where(and(eq(networkAccounts.networkCode, 'sandbox'), eq(networkAccounts.isActive, true)))
    .orderBy(asc(networkAccounts.id))
    .limit(1);
  if (!account) return null;
  const { postbackToken } = await rotatePostbackToken(db, {
    networkAccountId: account.id,
    graceHours: GRACE_HOURS,
  });
  return new URL(`/api/postbacks/sandbox/${postbackToken}`, appUrl);
}
