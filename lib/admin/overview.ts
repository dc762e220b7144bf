import { inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { emailOutbox, users } from '@/db/schema';

// The back office's front page: a handful of counts that answer "is the
// platform alive and is anything stuck?" today. Later areas (merchants,
// conversions, withdrawals) add their own figures next to these.

export const SIGN_UP_WINDOW_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export type AdminOverview = {
  /** Live accounts with the member role (staff and deleted accounts excluded). */
  members: number;
  verifiedMembers: number;
  staff: { ops: number; admin: number };
  /** Accounts created in the last SIGN_UP_WINDOW_DAYS days, including any deleted since: a sign-up happened. */
  signUpsRecent: number;
  deletedAccounts: number;
  /** `pending` counts e-mails waiting or being sent (retries included). */
  emails: { pending: number; failed: number };
};

const countWhere = (condition: SQL) =>
  sql<number>`(count(*) filter (where ${condition}))::int`.mapWith(Number);

export async function adminOverview(db: DbOrTx, options: { now?: Date } = {}): Promise<AdminOverview> {
  const since = new Date((options.now ?? new Date()).getTime() - SIGN_UP_WINDOW_DAYS * DAY_MS);
  const live = sql`${users.deletedAt} is null`;
  const [accountCounts, emailCounts] = await Promise.all([
    db
      .select({
        members: countWhere(sql`${users.role} = 'member' and ${live}`),
        verifiedMembers: countWhere(
          sql`${users.role} = 'member' and ${live} and ${users.emailVerifiedAt} is not null`,
        ),
        ops: countWhere(sql`${users.role} = 'ops' and ${live}`),
        admin: countWhere(sql`${users.role} = 'admin' and ${live}`),
        signUpsRecent: countWhere(sql`${users.createdAt} >= ${since.toISOString()}::timestamptz`),
        deletedAccounts: countWhere(sql`${users.deletedAt} is not null`),
      })
      .from(users),
    db
      .select({
        pending: countWhere(sql`${emailOutbox.status} in ('pending', 'sending')`),
        failed: countWhere(sql`${emailOutbox.status} = 'failed'`),
      })
      .from(emailOutbox)
      // Served by the (status, next_attempt_at) index: sent and held mail is never read.
      .where(inArray(emailOutbox.status, ['pending', 'sending', 'failed'])),
  ]);
  const a = accountCounts[0]!;
  return {
    members: a.members,
    verifiedMembers: a.verifiedMembers,
    staff: { ops: a.ops, admin: a.admin },
    signUpsRecent: a.signUpsRecent,
    deletedAccounts: a.deletedAccounts,
    emails: { pending: emailCounts[0]!.pending, failed: emailCounts[0]!.failed },
  };
}
