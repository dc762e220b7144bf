import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { type MerchantStatus, merchants } from '@/db/schema';
import type { ClickTarget } from './click-target';
import { loadClickTarget } from './click-target';

// What the "unavailable" page may say about a merchant a click-out refused:
// only merchants that were once public are named (paused, archived, or live
// without a network route); drafts and those under review stay unknown.

export type UnavailableReason = 'paused' | 'archived' | 'no_program';
export type MerchantNotice = { slug: string; name: string; reason: UnavailableReason };

const NAMED: ReadonlySet<MerchantStatus> = new Set(['live', 'paused', 'archived']);

export async function merchantNotice(
  db: DbOrTx,
  slug: string,
  now = new Date(),
): Promise<MerchantNotice | null> {
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) return null;
  const [merchant] = await db
    .select({ slug: merchants.slug, name: merchants.name, status: merchants.status })
    .from(merchants)
    .where(eq(merchants.slug, slug))
    .limit(1);
  if (!merchant || !NAMED.has(merchant.status)) return null;
  if (merchant.status === 'paused' || merchant.status === 'archived') {
    return { slug: merchant.slug, name: merchant.name, reason: merchant.status };
  }
  const target: ClickTarget | null = await loadClickTarget(db, slug, now);
  return target?.program ? null : { slug: merchant.slug, name: merchant.name, reason: 'no_program' };
}
