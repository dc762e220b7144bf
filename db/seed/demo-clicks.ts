import type { DbOrTx } from '@/db/client';
import { clicks, type NewClick } from '@/db/schema';
import { buildTrackingLink } from '@/lib/networks/tracking-links';
import { newClickId } from '@/lib/tracking/click-id';
import { loadClickTarget } from '@/lib/tracking/click-target';
import { checkDeepLink } from '@/lib/tracking/deep-link';
import { deviceType } from '@/lib/tracking/device-type';
import { termsSnapshot } from '@/lib/tracking/terms-snapshot';
import { addDays, isoWeekday, parisDay, parisTime } from './calendar';

// The demo member's past exit clicks, so "My clicks" (and later claims and
// cashback) has something to show: a dozen clicks over the last four months on
// live anchor merchants (anchor-specs.ts). Each one is what the click-out would
// have written at that instant: the terms snapshot of the catalog as of then
// (loadClickTarget + termsSnapshot, boosts included: one click falls in Maison
// Lavande's Wednesday happy hour), the network's tracking link with the click
// id, the device from a real user agent. No IP hash: the seed has no address.
//
// Times are Paris wall-clock times derived from the seed's `now`, so they are
// the same on every run; the click ids' random part is not (newClickId), on
// purpose: even demo click ids must not be guessable. Merchants that are
// missing, not live or without an active program are skipped.

const CHROME_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const SAFARI_IPAD =
  'Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1';
const FIREFOX_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

type DemoClickSpec = {
  slug: string;
  /** Days before the seed's day (Paris), and the wall-clock time of the click. */
  daysAgo: number;
  hour: number;
  minute: number;
  userAgent: string;
  /** A product page on the shop's own domains. */
  deepLink?: string;
  /** Click the merchant's first offer explicitly (`?offer=`). */
  chooseOffer?: boolean;
  /** Move back to the closest Wednesday (Maison Lavande's happy hour, 16:00–19:00 Paris). */
  onWednesday?: boolean;
};

export const DEMO_CLICK_SPECS: readonly DemoClickSpec[] = [
  { slug: 'maison-lavande', daysAgo: 118, hour: 21, minute: 14, userAgent: CHROME_MAC },
  {
    slug: 'volt-electromenager',
    daysAgo: 104,
    hour: 12,
    minute: 37,
    userAgent: FIREFOX_WINDOWS,
    deepLink: 'https://volt-electromenager.example/petit-electromenager/blender-turbo-900',
  },
  { slug: 'creme-celeste', daysAgo: 91, hour: 19, minute: 2, userAgent: SAFARI_IPHONE },
  { slug: 'voyages-azur', daysAgo: 76, hour: 22, minute: 48, userAgent: CHROME_MAC },
  {
    slug: 'maison-lavande',
    daysAgo: 63,
    hour: 8,
    minute: 55,
    userAgent: SAFARI_IPHONE,
    deepLink: 'https://shop.maison-lavande.example/robes/robe-iris?taille=38',
  },
  { slug: 'banque-horizon', daysAgo: 49, hour: 18, minute: 20, userAgent: CHROME_MAC, chooseOffer: true },
  { slug: 'creme-celeste', daysAgo: 35, hour: 13, minute: 11, userAgent: SAFARI_IPAD },
  { slug: 'volt-electromenager', daysAgo: 22, hour: 10, minute: 5, userAgent: SAFARI_IPHONE },
  {
    slug: 'maison-lavande',
    daysAgo: 12,
    hour: 17,
    minute: 42,
    userAgent: CHROME_MAC,
    onWednesday: true,
  },
  {
    slug: 'pixel-etoile',
    daysAgo: 15,
    hour: 20,
    minute: 30,
    userAgent: SAFARI_IPHONE,
    deepLink: 'https://pixel-etoile.example/accessoires/coque-magnetique',
  },
  { slug: 'creme-celeste', daysAgo: 6, hour: 11, minute: 26, userAgent: FIREFOX_WINDOWS },
  { slug: 'pixel-etoile', daysAgo: 1, hour: 20, minute: 14, userAgent: CHROME_MAC },
];

/** The instant of a demo click: a Paris wall-clock time, always before `now`. */
export function demoClickTime(spec: DemoClickSpec, now: Date): Date {
  let day = addDays(parisDay(now), -spec.daysAgo);
  if (spec.onWednesday) while (isoWeekday(day) !== 3) day = addDays(day, -1);
  return parisTime(day, spec.hour, spec.minute);
}

/** The app's own origin, which the sandbox network's tracking links live on (as lib/env.ts derives it). */
export function defaultAppUrl(): string {
  return process.env.APP_URL?.trim() || `http://localhost:${process.env.PORT?.trim() || '3000'}`;
}

/** Inserts the demo member's past clicks; returns how many were written. */
export async function seedDemoClicks(
  db: DbOrTx,
  input: { userId: string; now: Date; appUrl?: string },
): Promise<number> {
  const appUrl = input.appUrl ?? defaultAppUrl();
  const rows: NewClick[] = [];
  for (const spec of DEMO_CLICK_SPECS) {
    const at = demoClickTime(spec, input.now);
    if (at >= input.now) continue;
    const target = await loadClickTarget(db, spec.slug, at);
    if (target?.merchant.status !== 'live' || !target.program) continue;
    const program = target.program;
    const deepLink = spec.deepLink ? checkedDeepLink(spec.deepLink, target.domains) : null;
    const snapshot = termsSnapshot(target, spec.chooseOffer ? (target.offers[0]?.id ?? null) : null, at);
    const id = newClickId(at);
    rows.push({
      id,
      userId: input.userId,
      merchantId: target.merchant.id,
      offerId: snapshot.selectedOfferId,
      networkProgramId: program.id,
      networkCode: program.networkCode,
      termsSnapshot: snapshot,
      deepLink,
      trackingUrl: buildTrackingLink(program.networkCode, {
        trackingTemplate: program.trackingTemplate,
        publisherId: program.publisherId,
        advertiserId: program.advertiserId,
        clickId: id,
        deepLink: deepLink ?? undefined,
        appUrl,
      }),
      ipHash: null,
      userAgent: spec.userAgent,
      referrerPath: `/stores/${spec.slug}`,
      deviceType: deviceType(spec.userAgent),
      createdAt: at,
    });
  }
  if (rows.length > 0) await db.insert(clicks).values(rows);
  return rows.length;
}

/** The click-out's own check: a demo deep link off the shop's domains is a mistake in the list above. */
function checkedDeepLink(raw: string, domains: readonly string[]): string {
  const check = checkDeepLink(raw, domains);
  if (!check.ok) throw new Error(`demo click deep link refused (${check.reason}): ${raw}`);
  return check.url.href;
}
