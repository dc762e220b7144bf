import { inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { auditLog, type UserRole, userSessions, users } from '@/db/schema';
import { hashPassword } from '@/lib/accounts/password-hash';
import { seedDemoClicks } from './demo-clicks';
import { seedDemoConversions } from './demo-conversions';
import { seedDemoPayouts } from './demo-payouts';

// The demo logins: one member with a history, one ops user, one admin. Their
// passwords are public (README, and the sign-in page in demo mode), so they
// are only ever created together with the demo catalog, never on their own
// into a database that holds real members. Idempotent: an address that
// already exists is left alone (and so is its history: the member's clicks,
// db/seed/demo-clicks.ts, are written only when the member is created).

export type DemoAccount = {
  role: UserRole;
  email: string;
  password: string;
  name: string;
  locale: 'fr' | 'en';
  /** How long ago the account was created, in days (the member has a past). */
  ageDays: number;
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    role: 'member',
    email: 'membre@demo.ristourne.fr',
    password: 'demo-membre-2026',
    name: 'Camille Dupont',
    locale: 'fr',
    ageDays: 240,
  },
  {
    role: 'ops',
    email: 'ops@demo.ristourne.fr',
    password: 'demo-ops-2026',
    name: 'Olivier Petit',
    locale: 'fr',
    ageDays: 400,
  },
  {
    role: 'admin',
    email: 'admin@demo.ristourne.fr',
    password: 'demo-admin-2026',
    name: 'Aline Moreau',
    locale: 'fr',
    ageDays: 500,
  },
];

const DAY_MS = 24 * 60 * 60 * 1000;
const CHROME_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

/**
 * Creates the demo accounts that do not exist yet; returns how many were created.
 * `appUrl` is the origin the sandbox network's tracking links live on (default: APP_URL, else localhost:PORT).
 */
export async function seedDemoAccounts(
  db: DbOrTx,
  options: { now?: Date; appUrl?: string } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const existing = await db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        DEMO_ACCOUNTS.map((account) => account.email),
      ),
    );
  const missing = DEMO_ACCOUNTS.filter((account) => !existing.some((row) => row.email === account.email));
  if (missing.length === 0) return 0;

  const hashes = await Promise.all(missing.map((account) => hashPassword(account.password)));
  const rows = await db
    .insert(users)
    .values(
      missing.map((account, index) => {
        const createdAt = new Date(now.getTime() - account.ageDays * DAY_MS);
        return {
          email: account.email,
          name: account.name,
          role: account.role,
          locale: account.locale,
          passwordHash: hashes[index]!,
          emailVerifiedAt: new Date(createdAt.getTime() + 7 * 60 * 1000),
          termsAcceptedAt: createdAt,
          privacyAcceptedAt: createdAt,
          notificationPrefs:
            account.role === 'member'
              ? { cashbackUpdates: true, newsletter: true, withdrawals: true }
              : { cashbackUpdates: false, newsletter: false, withdrawals: false },
          createdAt,
        };
      }),
    )
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id, email: users.email, role: users.role, createdAt: users.createdAt });

  for (const user of rows) {
    const created = user.createdAt.getTime();
    await db.insert(auditLog).values([
      { action: 'account.created', actorUserId: user.id, targetUserId: user.id, createdAt: user.createdAt },
      {
        action: 'email.verified',
        actorUserId: user.id,
        targetUserId: user.id,
        createdAt: new Date(created + 7 * 60 * 1000),
      },
    ]);
    if (user.role === 'member') {
      // A past: a phone session signed out long ago, and a laptop session still open.
      await db.insert(userSessions).values([
        {
          userId: user.id,
          rememberMe: true,
          userAgent: SAFARI_IPHONE,
          createdAt: new Date(created + DAY_MS),
          lastSeenAt: new Date(created + 20 * DAY_MS),
          expiresAt: new Date(created + 50 * DAY_MS),
          revokedAt: new Date(created + 20 * DAY_MS),
        },
        {
          userId: user.id,
          rememberMe: true,
          userAgent: CHROME_MAC,
          createdAt: new Date(now.getTime() - 3 * DAY_MS),
          lastSeenAt: new Date(now.getTime() - 2 * DAY_MS),
          expiresAt: new Date(now.getTime() + 28 * DAY_MS),
        },
      ]);
      await seedDemoClicks(db, { userId: user.id, now, appUrl: options.appUrl });
      await seedDemoConversions(db, { userId: user.id, now });
      // What the member can withdraw to besides PayPal and bank transfer.
      await seedDemoPayouts(db);
    }
    if (user.role !== 'member') {
      // Staff were made staff by the system (the first admin) at set-up.
      await db.insert(auditLog).values({
        action: 'role.granted',
        actorUserId: null,
        targetUserId: user.id,
        details: { from: 'member', to: user.role },
        createdAt: new Date(created + DAY_MS),
      });
    }
  }
  return rows.length;
}

/** Whether this database holds the demo logins (the sign-in page shows them only then, in demo mode). */
export async function hasDemoAccounts(db: DbOrTx): Promise<boolean> {
  const result = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from ${users} where ${inArray(
      users.email,
      DEMO_ACCOUNTS.map((account) => account.email),
    )} and ${users.deletedAt} is null`,
  );
  return Number(result.rows[0]?.n ?? 0) > 0;
}
