import type { MerchantStatus } from '@/db/schema';
import type { Clock } from './calendar';
import { CATEGORY_TREE } from './categories';
import { statusHistory } from './history';
import { inventName, slugify } from './names';
import { merchantPrograms, type ProgramIds } from './networks';
import { merchantOffers } from './offers';
import type { Rng } from './random';
import { merchantTerms } from './terms';
import { describeMerchant } from './texts';
import type { MerchantPlan } from './types';

// Generated merchants: invented names, fictional .example domains, a long tail
// of popularity, statuses with their history, offers and programs.

export const NON_LIVE_STATUSES: readonly MerchantStatus[] = [
  'draft',
  'pending_review',
  'approved',
  'paused',
  'archived',
];

const CATEGORY_WEIGHTS: Readonly<Record<string, number>> = {
  mode: 12,
  beaute: 9,
  'high-tech': 9,
  electromenager: 5,
  'maison-jardin': 9,
  voyage: 7,
  'sport-loisirs': 6,
  'alimentation-drive': 6,
  'banque-assurance': 4,
  'enfants-jouets': 6,
  'culture-divertissement': 6,
  'sante-bien-etre': 6,
  animaux: 4,
  'auto-moto': 4,
  'energie-telecom': 4,
};

/** Days a network typically takes to confirm a sale, per top category. */
const VALIDATION_DAYS: Readonly<Record<string, readonly [number, number]>> = {
  mode: [30, 60],
  beaute: [30, 60],
  'high-tech': [45, 75],
  electromenager: [45, 75],
  'maison-jardin': [45, 90],
  voyage: [90, 150],
  'sport-loisirs': [30, 60],
  'alimentation-drive': [30, 45],
  'banque-assurance': [60, 90],
  'enfants-jouets': [30, 60],
  'culture-divertissement': [30, 60],
  'sante-bien-etre': [30, 60],
  animaux: [30, 45],
  'auto-moto': [45, 90],
  'energie-telecom': [60, 120],
};

export const BRAND_PALETTE: readonly string[] = [
  '#0f766e',
  '#7c6bb0',
  '#b45309',
  '#be123c',
  '#1d4ed8',
  '#15803d',
  '#9333ea',
  '#c2410c',
  '#0369a1',
  '#a16207',
  '#4d7c0f',
  '#db2777',
  '#0e7490',
  '#6d28d9',
  '#b91c1c',
  '#047857',
  '#334155',
  '#854d0e',
  '#9f1239',
  '#1e40af',
  '#3f6212',
  '#7e22ce',
  '#c026d3',
  '#0891b2',
  '#ea580c',
  '#65a30d',
  '#e11d48',
  '#2563eb',
  '#059669',
  '#d97706',
  '#4338ca',
  '#57534e',
];

const SECOND_DOMAINS = [
  (s: string) => `shop.${s}.example`,
  (s: string) => `${s}-outlet.example`,
  (s: string) => `${s}-boutique.example`,
];

export type Taken = { slugs: Set<string>; domains: Set<string>; programIds: ProgramIds };

/** Statuses for `count` generated merchants: `perStatus` of each non-live one, the rest live, shuffled. */
export function statusMix(rng: Rng, count: number, perStatus: number): MerchantStatus[] {
  const statuses: MerchantStatus[] = [];
  for (const s of NON_LIVE_STATUSES) for (let i = 0; i < perStatus; i++) statuses.push(s);
  while (statuses.length < count) statuses.push('live');
  return rng.shuffle(statuses);
}

function pickCategories(rng: Rng): { top: string; categories: { slug: string; isPrimary: boolean }[] } {
  const topSlug = rng.weighted(CATEGORY_TREE.map((t) => [t.slug, CATEGORY_WEIGHTS[t.slug] ?? 1] as const));
  const top = CATEGORY_TREE.find((t) => t.slug === topSlug)!;
  const children = rng.shuffle(top.children);
  const primary = rng.chance(85) ? children[0]!.slug : top.slug;
  const categories = [{ slug: primary, isPrimary: true }];
  if (rng.chance(25)) {
    const second = children.find((c) => c.slug !== primary);
    if (second) categories.push({ slug: second.slug, isPrimary: false });
  }
  return { top: top.slug, categories };
}

/** A long tail: most merchants get tens of clicks a month, a handful thousands. */
function popularity(rng: Rng, status: MerchantStatus): { clicks: number; favorites: number } {
  const clicks = Math.floor(40_000 / rng.int(1, 1000)) + rng.int(0, 30);
  const favorites = Math.floor(clicks / rng.int(8, 25)) + rng.int(0, 12);
  if (status === 'live') return { clicks, favorites };
  if (status === 'paused') return { clicks: Math.floor(clicks / 10), favorites };
  if (status === 'archived') return { clicks: 0, favorites: Math.floor(favorites / 2) };
  return { clicks: 0, favorites: 0 };
}

function publishedDayFor(rng: Rng, status: MerchantStatus): number {
  if (status === 'paused' || status === 'archived') return -rng.int(30, 1095);
  // About one in ten went live in the last month, for the "newest" shelf.
  return rng.chance(10) ? -rng.int(1, 29) : -rng.int(30, 1095);
}

export function generateMerchant(rng: Rng, clock: Clock, status: MerchantStatus, taken: Taken): MerchantPlan {
  const { top, categories } = pickCategories(rng);
  const name = inventName(rng, top, taken.slugs);
  const slug = slugify(name);
  const primaryDomain = `${slug}.example`;
  const domains = [{ domain: primaryDomain, isPrimary: true }];
  if (rng.chance(35)) {
    const second = rng.pick(SECOND_DOMAINS)(slug);
    if (!taken.domains.has(second)) domains.push({ domain: second, isPrimary: false });
  }
  for (const d of domains) taken.domains.add(d.domain);
  const history = statusHistory(rng, clock, status, publishedDayFor(rng, status));
  const description = describeMerchant(rng, name, top);
  const terms = merchantTerms(rng, top);
  const [minDays, maxDays] = VALIDATION_DAYS[top] ?? [30, 60];
  const { clicks, favorites } = popularity(rng, status);
  const approvedAt =
    history.statusChanges.find((c) => c.toStatus === 'approved')?.changedAt ?? history.createdAt;
  return {
    slug,
    name,
    logoUrl: null,
    brandColor: rng.pick(BRAND_PALETTE),
    websiteUrl: `https://www.${primaryDomain}/`,
    descriptionFr: description.fr,
    descriptionEn: description.en,
    ...terms,
    status,
    validationDelayDays: rng.step(minDays, maxDays, 5),
    clickCount30d: clicks,
    favoriteCount: favorites,
    isFeatured: false,
    publishedAt: history.publishedAt,
    createdAt: history.createdAt,
    updatedAt: history.updatedAt,
    topCategorySlug: top,
    categories,
    domains,
    statusChanges: history.statusChanges,
    programs: merchantPrograms(
      rng,
      { slug, createdAt: approvedAt, withRealNetwork: status === 'live' && rng.chance(30) },
      taken.programIds,
    ),
    offers: merchantOffers(rng, clock, {
      topSlug: top,
      createdAt: history.createdAt,
      live: status === 'live',
    }),
  };
}

export function generateMerchants(
  rng: Rng,
  clock: Clock,
  options: { count: number; perNonLiveStatus: number; featured: number },
  taken: Taken,
): MerchantPlan[] {
  const statuses = statusMix(rng.fork('statuses'), options.count, options.perNonLiveStatus);
  const merchants = statuses.map((status) => generateMerchant(rng, clock, status, taken));
  const live = merchants.filter((m) => m.status === 'live');
  for (const m of rng.fork('featured').shuffle(live).slice(0, options.featured)) m.isFeatured = true;
  return merchants;
}
