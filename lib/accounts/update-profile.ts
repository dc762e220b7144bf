import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { type NotificationPrefs, type UserLocale, users } from '@/db/schema';
import { validationError } from '@/lib/errors';
import { locales } from '@/lib/i18n/config';
import type { MessageKey } from '@/lib/i18n/types';
import { requireUser } from './account-user';
import { signUpSchema } from './sign-up';

// The member's own profile: display name, preferred language (which e-mails
// are written in) and notification preferences. Each field is optional, so a
// form can save one part without sending the others; preferences are merged
// key by key. Bad input changes nothing. Not in the audit log: none of this
// lets anyone into the account. The language cookie is the edge's business.

const key = (k: MessageKey) => ({ message: k });
const PREF_INVALID = key('accountSpace.notifications.invalid');

const updateProfileSchema = z.object({
  // The same rule as at sign-up: one idea of a valid name.
  name: signUpSchema.shape.name.optional(),
  locale: z.enum(locales, key('auth.locale.invalid')).optional(),
  notificationPrefs: z
    .strictObject(
      {
        cashbackUpdates: z.boolean(PREF_INVALID).optional(),
        newsletter: z.boolean(PREF_INVALID).optional(),
        withdrawals: z.boolean(PREF_INVALID).optional(),
      } satisfies Record<keyof NotificationPrefs, unknown>,
      PREF_INVALID,
    )
    .optional(),
});

export type UpdateProfileInput = {
  userId: string;
  name?: string;
  locale?: string;
  notificationPrefs?: Partial<Record<keyof NotificationPrefs, boolean>>;
};

export type Profile = { name: string; locale: UserLocale; notificationPrefs: NotificationPrefs };

export async function updateProfile(db: DbOrTx, input: UpdateProfileInput): Promise<Profile> {
  const { userId, ...fields } = input;
  const parsed = updateProfileSchema.safeParse(fields);
  if (!parsed.success) throw validationError(parsed.error.issues, 'auth.invalidInput');
  const { name, locale, notificationPrefs } = parsed.data;

  return db.transaction(async (tx) => {
    // Locked: two tabs saving different preferences must not undo each other's merge.
    const user = await requireUser(tx, userId, { lock: true });
    const profile: Profile = {
      name: name ?? user.name,
      locale: locale ?? user.locale,
      notificationPrefs: { ...user.notificationPrefs, ...definedOnly(notificationPrefs) },
    };
    await tx.update(users).set(profile).where(eq(users.id, user.id));
    return profile;
  });
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
