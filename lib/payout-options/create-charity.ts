import type { DbOrTx } from '@/db/client';
import { charities } from '@/db/schema';
import { writeAudit } from '@/lib/accounts/audit';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import type { CharityInput } from './charity-form';
import type { StaffAction } from './staff-action';

// A new charity, active and not the default (ops choose that separately),
// with its audit entry in the same transaction. A slug already used is a
// field message, not a crash: the unique index decides, so two ops adding
// the same charity at once get one row and one message.

export async function createCharity(
  db: DbOrTx,
  input: CharityInput & StaffAction,
): Promise<{ id: number; slug: string }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(charities)
      .values({
        slug: input.slug,
        name: input.name,
        descriptionFr: input.descriptionFr,
        descriptionEn: input.descriptionEn,
        websiteUrl: input.websiteUrl,
      })
      .onConflictDoNothing()
      .returning({ id: charities.id, slug: charities.slug });
    if (!row) {
      throw new AppError('conflict', 'payoutOptions.charities.errors.invalid' satisfies MessageKey, {
        fields: { slug: ['payoutOptions.charities.errors.slugTaken' satisfies MessageKey] },
      });
    }
    await writeAudit(tx, {
      actorUserId: input.actor.id,
      action: 'charity.created',
      details: { charityId: row.id, slug: row.slug },
      ip: input.ip,
    });
    return row;
  });
}
