import { buildAnchors } from './anchors';
import { generateBoosts } from './boosts';
import { createClock } from './calendar';
import { buildCategories } from './categories';
import { generateCoupons } from './coupons';
import { buildEvents } from './events';
import { generateMerchants } from './merchants';
import { buildNetworkAccounts } from './networks';
import { createRng, SEED } from './random';
import type { CatalogPlan } from './types';

// The whole catalog as plain data, from a fixed seed and "now". Pure: the same
// seed and the same Paris day give a deep-equal plan.

export type Scale = 'demo' | 'large';

export const MERCHANT_COUNTS: Readonly<Record<Scale, number>> = { demo: 350, large: 10_000 };
export const FEATURED_TOTAL = 12;

export type GenerateOptions = {
  now: Date;
  scale?: Scale;
  /** Total merchants, anchors included; overrides the scale's count (tests use small ones). */
  merchantCount?: number;
  seed?: number;
};

export function generateCatalog(options: GenerateOptions): CatalogPlan {
  const clock = createClock(options.now);
  const root = createRng(options.seed ?? SEED);
  const total = options.merchantCount ?? MERCHANT_COUNTS[options.scale ?? 'demo'];

  const categories = buildCategories(clock);
  const networkAccounts = buildNetworkAccounts(clock);
  const events = buildEvents(clock);
  const programIds = new Map<string, Set<string>>();
  const anchors = buildAnchors(root.fork('anchors'), clock, events[0]!, programIds);

  const count = total - anchors.merchants.length;
  const perNonLiveStatus = Math.max(3, Math.floor(total / 100));
  if (count < perNonLiveStatus * 5 + 1) throw new Error(`merchantCount ${total} is too small`);
  const featured = FEATURED_TOTAL - anchors.merchants.filter((m) => m.isFeatured).length;
  const taken = {
    slugs: new Set(anchors.merchants.map((m) => m.slug)),
    domains: new Set(anchors.merchants.flatMap((m) => m.domains.map((d) => d.domain))),
    programIds,
  };
  const generated = generateMerchants(
    root.fork('merchants'),
    clock,
    { count, perNonLiveStatus, featured },
    taken,
  );

  return {
    categories,
    networkAccounts,
    events,
    merchants: [...anchors.merchants, ...generated],
    boosts: [...anchors.boosts, ...generateBoosts(root.fork('boosts'), clock, generated, events)],
    coupons: [...anchors.coupons, ...generateCoupons(root.fork('coupons'), clock, generated)],
  };
}
