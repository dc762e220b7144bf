import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { clicks } from '@/db/schema';
import { isClickId } from '@/lib/tracking/click-id';

// networks.md §5: the sub-id is looked up as our click id. No sub-id at all is
// an orphan; one that is not a click of ours is an unknown click. Both go to
// the ops queue, where a conversion can be assigned to a member by hand.

export type ClickMatch =
  | { matchStatus: 'matched'; clickId: string; userId: string; merchantId: number }
  | { matchStatus: 'orphan' | 'unknown_click'; clickId: null; userId: null; merchantId: null };

export async function matchClick(db: DbOrTx, clickRef: string | null): Promise<ClickMatch> {
  if (clickRef === null) return { matchStatus: 'orphan', clickId: null, userId: null, merchantId: null };
  const id = clickRef.trim().toLowerCase();
  if (isClickId(id)) {
    const [click] = await db
      .select({ id: clicks.id, userId: clicks.userId, merchantId: clicks.merchantId })
      .from(clicks)
      .where(eq(clicks.id, id))
      .limit(1);
    if (click)
      return {
        matchStatus: 'matched',
        clickId: click.id,
        userId: click.userId,
        merchantId: click.merchantId,
      };
  }
  return { matchStatus: 'unknown_click', clickId: null, userId: null, merchantId: null };
}
