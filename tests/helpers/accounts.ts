import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { emailOutbox, type UserRole, users } from '@/db/schema';
import type { AccountsConfig } from '@/lib/accounts/config';
import { hashPassword } from '@/lib/accounts/password-hash';

// Shared set-up for the accounts integration tests.

export const testConfig: AccountsConfig = {
  appUrl: 'https://ristourne.test',
  secret: 'test-secret-for-ip-hashes-0123456789',
  delivery: 'mailbox',
};

export const GOOD_PASSWORD = 'violon-tartine-orage-47';

let cachedHash: Promise<string> | undefined;
let counter = 0;

/** A user inserted directly (faster than signUp); the password is GOOD_PASSWORD unless `password: null`. */
export async function makeUser(
  db: DbOrTx,
  overrides: {
    email?: string;
    name?: string;
    role?: UserRole;
    verified?: boolean;
    password?: string | null;
  } = {},
) {
  counter += 1;
  cachedHash ??= hashPassword(GOOD_PASSWORD);
  const passwordHash =
    overrides.password === null
      ? null
      : overrides.password === undefined
        ? await cachedHash
        : await hashPassword(overrides.password);
  const [user] = await db
    .insert(users)
    .values({
      email: overrides.email ?? `user${counter}-${Date.now()}@example.com`,
      name: overrides.name ?? `User ${counter}`,
      role: overrides.role ?? 'member',
      locale: 'fr',
      passwordHash,
      emailVerifiedAt: overrides.verified === false ? null : new Date(),
      termsAcceptedAt: new Date(),
      privacyAcceptedAt: new Date(),
    })
    .returning();
  return user!;
}

/** The outbox rows for one address, newest first. */
export function mailTo(db: DbOrTx, address: string) {
  return db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, address))
    .orderBy(desc(emailOutbox.id));
}

/** The `?token=` of the first link in an e-mail's text, as the member would click it. */
export function tokenFrom(text: string): string {
  const match = text.match(/https?:\/\/\S+[?&]token=([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no token link in:\n${text}`);
  return match[1]!;
}

/** The reason (i18n key) and fields of a rejected promise, for table assertions. */
export async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    const e = error as {
      code?: string;
      message: string;
      fields?: Record<string, string[]>;
      retryAfterS?: number;
    };
    return { code: e.code, message: e.message, fields: e.fields, retryAfterS: e.retryAfterS };
  }
  throw new Error('expected a rejection');
}
