import { and, eq, gt, isNull, lte, or, type SQL } from 'drizzle-orm';
import { coupons, merchants, offers } from '@/db/schema';

// What the public may see. One place, so every catalog query agrees: only
// `live` merchants, only offers and coupons inside their validity window.

export const PUBLIC_STATUS = 'live' as const;

export function isPublicMerchant(): SQL {
  return eq(merchants.status, PUBLIC_STATUS);
}

export function isOfferInForce(now: Date): SQL {
  return and(
    eq(offers.isActive, true),
    or(isNull(offers.startsAt), lte(offers.startsAt, now)),
    or(isNull(offers.endsAt), gt(offers.endsAt, now)),
  )!;
}

export function isCouponInForce(now: Date): SQL {
  return and(
    or(isNull(coupons.startsAt), lte(coupons.startsAt, now)),
    or(isNull(coupons.expiresAt), gt(coupons.expiresAt, now)),
  )!;
}
