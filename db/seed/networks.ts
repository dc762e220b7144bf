import type { Clock } from './calendar';
import type { Rng } from './random';
import type { NetworkAccountPlan, ProgramPlan } from './types';

// Our publisher accounts and each merchant's programs. Every merchant routes
// through the built-in sandbox network, so the demo runs offline; some also
// hold an inactive program on a real network, with a link template shaped like
// that network's (see shared/networks.md §1). Placeholders stay literal.

export const SANDBOX_TEMPLATE = '/sandbox/track/{advertiser_id}?clickref={click_id}&ued={url}';

type Network = {
  code: string;
  name: string;
  publisherId: string;
  template: (slug: string, rng: Rng) => string;
};

const REAL_NETWORKS: readonly Network[] = [
  {
    code: 'awin',
    name: 'Awin France',
    publisherId: '1248163',
    template: () =>
      'https://www.awin1.com/cread.php?awinmid={advertiser_id}&awinaffid={publisher_id}&clickref={click_id}&ued={url}',
  },
  {
    code: 'cj',
    name: 'CJ Affiliate',
    publisherId: '9183746',
    template: () => 'https://www.dpbolvw.net/click-{publisher_id}-{advertiser_id}?sid={click_id}&url={url}',
  },
  {
    code: 'rakuten',
    name: 'Rakuten Advertising',
    publisherId: 'Rst0uRn3xYz',
    template: () =>
      'https://click.linksynergy.com/deeplink?id={publisher_id}&mid={advertiser_id}&murl={url}&u1={click_id}',
  },
  {
    code: 'impact',
    name: 'impact.com',
    publisherId: '5127734',
    // Impact links live on the brand's own tracking host: /c/<partner>/<ad>/<campaign>.
    template: (slug, rng) =>
      `https://${slug.replace(/-/g, '').slice(0, 20)}.sjv.io/c/{publisher_id}/${rng.int(100000, 999999)}/{advertiser_id}?subId1={click_id}&u={url}`,
  },
  {
    code: 'tradedoubler',
    name: 'Tradedoubler',
    publisherId: '3520418',
    template: () =>
      'https://clk.tradedoubler.com/click?p={advertiser_id}&a={publisher_id}&epi={click_id}&url={url}',
  },
  {
    code: 'kwanko',
    name: 'Kwanko',
    publisherId: '482913',
    // The destination parameter name is a guess; mclic and argsite are documented.
    template: () =>
      'https://action.metaffiliation.com/trk.php?mclic={advertiser_id}&argsite={click_id}&redir={url}',
  },
  {
    code: 'effiliation',
    name: 'Effiliation',
    publisherId: '627104',
    template: () =>
      'https://track.effiliation.com/servlet/effi.redir?id_compteur={advertiser_id}&url={url}&effi_id={click_id}',
  },
  {
    code: 'admitad',
    name: 'Admitad',
    publisherId: '1938475',
    template: () => 'https://ad.admitad.com/g/{advertiser_id}/?subid={click_id}&ulp={url}',
  },
];

export function buildNetworkAccounts(clock: Clock): NetworkAccountPlan[] {
  const createdAt = clock.at(-1100, 10);
  return [
    { code: 'sandbox', name: 'Sandbox (réseau de démonstration)', publisherId: 'ristourne-demo' },
    ...REAL_NETWORKS,
  ].map((n) => ({
    networkCode: n.code,
    name: n.name,
    publisherId: n.publisherId,
    defaultCurrency: 'EUR',
    isActive: true,
    createdAt,
  }));
}

const HEX = '0123456789abcdef';
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function chars(rng: Rng, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[rng.int(0, alphabet.length - 1)];
  return out;
}

function advertiserIdFor(code: string, rng: Rng): string {
  switch (code) {
    case 'awin':
      return String(rng.int(1000, 99999));
    case 'cj':
      return String(rng.int(10000000, 13999999));
    case 'rakuten':
      return String(rng.int(10000, 59999));
    case 'impact':
      return String(rng.int(1000, 39999));
    case 'tradedoubler':
      return String(rng.int(100000, 499999));
    case 'kwanko':
      return `P${chars(rng, ALNUM, 13)}`;
    case 'effiliation':
      return String(rng.int(10000000, 99999999));
    default:
      return chars(rng, HEX, 30);
  }
}

/** Keeps advertiser ids unique per network across one seed run. */
export type ProgramIds = Map<string, Set<string>>;

export function merchantPrograms(
  rng: Rng,
  input: { slug: string; createdAt: Date; withRealNetwork: boolean },
  taken: ProgramIds,
): ProgramPlan[] {
  const programs: ProgramPlan[] = [
    {
      networkCode: 'sandbox',
      advertiserId: `sbx-${input.slug}`,
      trackingTemplate: SANDBOX_TEMPLATE,
      currency: 'EUR',
      isActiveRoute: true,
      createdAt: input.createdAt,
    },
  ];
  if (input.withRealNetwork) {
    const network = rng.pick(REAL_NETWORKS);
    const ids = taken.get(network.code) ?? new Set<string>();
    taken.set(network.code, ids);
    let advertiserId = advertiserIdFor(network.code, rng);
    while (ids.has(advertiserId)) advertiserId = advertiserIdFor(network.code, rng);
    ids.add(advertiserId);
    programs.push({
      networkCode: network.code,
      advertiserId,
      trackingTemplate: network.template(input.slug, rng),
      currency: 'EUR',
      isActiveRoute: false,
      createdAt: input.createdAt,
    });
  }
  return programs;
}
