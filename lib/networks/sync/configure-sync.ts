import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { networkAccounts, networkSyncStates, type UserRole } from '@/db/schema';
import { writeAudit } from '@/lib/accounts/audit';
import { requireRole } from '@/lib/accounts/roles';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { parseApiBaseUrl } from './api-base-url';

// Turning pull sync on for an account (network:add with API credentials) and
// "sync now" from the back office. Asking for a run only makes the account
// due (next_run_at = now()): the worker's claim runs it, so a click never
// runs a sync inside a web request, and two clicks still make one run.

export type SyncSettings = {
  networkAccountId: number;
  enabled?: boolean;
  intervalMinutes?: number;
  lookbackDays?: number | null;
  apiBaseUrl?: string | null;
};

export const SYNC_INTERVAL_MINUTES_DEFAULT = 60;

/** Creates or updates the account's sync settings; the first run is due at once. */
export async function configureNetworkSync(db: DbOrTx, settings: SyncSettings): Promise<void> {
  const interval = settings.intervalMinutes;
  if (interval !== undefined && (!Number.isInteger(interval) || interval < 5 || interval > 10_080)) {
    throw new AppError('bad_request', 'the sync interval must be 5 to 10080 minutes');
  }
  const lookback = settings.lookbackDays;
  if (lookback != null && (!Number.isInteger(lookback) || lookback < 0 || lookback > 365)) {
    throw new AppError('bad_request', 'the look-back must be 0 to 365 days');
  }
  const values = {
    ...(settings.enabled !== undefined && { enabled: settings.enabled }),
    ...(interval !== undefined && { intervalMinutes: interval }),
    ...(lookback !== undefined && { lookbackDays: lookback }),
    ...(settings.apiBaseUrl !== undefined && {
      apiBaseUrl: settings.apiBaseUrl === null ? null : parseApiBaseUrl(settings.apiBaseUrl),
    }),
  };
  await db
    .insert(networkSyncStates)
    .values({ networkAccountId: settings.networkAccountId, ...values })
    .onConflictDoUpdate({
      target: networkSyncStates.networkAccountId,
      set: { ...values, updatedAt: sql`now()` },
    });
}

const NOT_CONFIGURED = 'admin.ingestion.errors.syncNotConfigured' satisfies MessageKey;

/** "Sync now": the account is due at once; audited. `running`: a run holds it (the request waits for the next). */
export async function requestSyncNow(
  db: DbOrTx,
  input: { networkAccountId: number; actor: { id: string; role: UserRole }; ip?: string | null },
): Promise<{ running: boolean }> {
  const actor = requireRole(input.actor, 'ops', 'admin');
  if (!Number.isSafeInteger(input.networkAccountId) || input.networkAccountId < 1)
    throw new AppError('not_found', NOT_CONFIGURED);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(networkSyncStates)
      .set({ nextRunAt: sql`now()`, requestedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(networkSyncStates.networkAccountId, input.networkAccountId))
      .returning({
        enabled: networkSyncStates.enabled,
        running: sql<boolean>`${networkSyncStates.leaseUntil} is not null and ${networkSyncStates.leaseUntil} > now()`,
      });
    if (!row?.enabled) throw new AppError('not_found', NOT_CONFIGURED);
    const [account] = await tx
      .select({ networkCode: networkAccounts.networkCode })
      .from(networkAccounts)
      .where(eq(networkAccounts.id, input.networkAccountId));
    await writeAudit(tx, {
      actorUserId: actor.id,
      action: 'ingestion.sync_requested',
      details: { networkAccountId: input.networkAccountId, network: account?.networkCode ?? null },
      ip: input.ip,
    });
    return { running: row.running };
  });
}
