import type { MerchantStatus } from '@/db/schema';
import {
  EXISTING_CUSTOMERS,
  fixedRate,
  NEW_CUSTOMERS,
  offer,
  percentRate,
  productRate,
  tier,
} from './offers';
import type { OfferPlan } from './types';

// The hand-written merchants tests and the demo rely on (see anchors.ts).

export type AnchorSpec = {
  slug: string;
  name: string;
  status: MerchantStatus;
  categories: string[];
  domains: string[];
  brandColor: string;
  validationDelayDays: number;
  clicks: number;
  favorites: number;
  featured?: boolean;
  publishedDay: number;
  realNetwork?: boolean;
  fr: string;
  en: string;
  terms?: { conditionsFr: string; conditionsEn: string; exclusionsFr: string; exclusionsEn: string };
  offers: (createdAt: Date) => OfferPlan[];
};

export const ANCHOR_SPECS: readonly AnchorSpec[] = [
  {
    slug: 'maison-lavande',
    name: 'Maison Lavande',
    status: 'live',
    categories: ['vetements-femme'],
    domains: ['maison-lavande.example', 'shop.maison-lavande.example'],
    brandColor: '#7c6bb0',
    validationDelayDays: 45,
    clicks: 18_500,
    favorites: 2_400,
    featured: true,
    publishedDay: -700,
    realNetwork: true,
    fr: 'Maison Lavande habille les femmes de pièces fluides et colorées, dessinées à Paris et fabriquées en petites séries. Robes, mailles et basiques en matières naturelles, avec retours gratuits sous 30 jours.',
    en: 'Maison Lavande dresses women in flowing, colourful pieces designed in Paris and made in small batches. Dresses, knitwear and basics in natural fabrics, with free returns within 30 days.',
    terms: {
      conditionsFr:
        'Le panier doit être validé dans la même session que le clic.\nLe taux nouveau client s’applique à la première commande uniquement.\nLe cashback est calculé hors frais de port et taxes.',
      conditionsEn:
        'The basket must be paid for in the same session as the click.\nThe new-customer rate applies to the first order only.\nCashback is calculated excluding shipping and taxes.',
      exclusionsFr: 'Cashback non valable sur les cartes cadeaux.\nHors articles de la collection Outlet.',
      exclusionsEn: 'No cashback on gift cards.\nExcluding Outlet collection items.',
    },
    offers: (at) => [offer([percentRate(800, NEW_CUSTOMERS), percentRate(500, EXISTING_CUSTOMERS)], at)],
  },
  {
    slug: 'creme-celeste',
    name: 'Crème Céleste',
    status: 'live',
    categories: ['parfums', 'soins-visage'],
    domains: ['creme-celeste.example'],
    brandColor: '#be123c',
    validationDelayDays: 40,
    clicks: 9_400,
    favorites: 1_300,
    featured: true,
    publishedDay: -540,
    fr: 'Crème Céleste compose des parfums et des soins aux notes florales, formulés à Grasse. Plus votre panier est grand, plus votre cashback grimpe.',
    en: 'Crème Céleste makes floral fragrances and skincare, formulated in Grasse. The bigger your basket, the higher your cashback.',
    offers: (at) => [offer([percentRate(500), tier(1000, 20_000), tier(1500, 30_000)], at)],
  },
  {
    slug: 'volt-electromenager',
    name: 'Volt Électroménager',
    status: 'live',
    categories: ['gros-electromenager', 'petit-electromenager'],
    domains: ['volt-electromenager.example'],
    brandColor: '#1d4ed8',
    validationDelayDays: 60,
    clicks: 5_200,
    favorites: 610,
    publishedDay: -400,
    fr: 'Volt Électroménager livre et installe lave-linge, réfrigérateurs et fours partout en France. Le petit électroménager profite d’un cashback renforcé.',
    en: 'Volt Électroménager delivers and installs washing machines, fridges and ovens across France. Small appliances earn extra cashback.',
    offers: (at) => [
      offer(
        [percentRate(300), productRate(percentRate(600), ['Petit électroménager', 'Small appliances'])],
        at,
      ),
    ],
  },
  {
    slug: 'pixel-etoile',
    name: 'Pixel Étoile',
    status: 'live',
    categories: ['smartphones'],
    domains: ['pixel-etoile.example', 'pixel-etoile-outlet.example'],
    brandColor: '#0e7490',
    validationDelayDays: 60,
    clicks: 12_700,
    favorites: 1_580,
    featured: true,
    publishedDay: -20,
    realNetwork: true,
    fr: 'Pixel Étoile vend des smartphones neufs et reconditionnés, garantis deux ans, et tous les accessoires qui vont avec. Livraison en 24 heures.',
    en: 'Pixel Étoile sells new and refurbished smartphones with a two-year warranty, plus every accessory to go with them. Delivery within 24 hours.',
    offers: (at) => [
      offer(
        [
          percentRate(200),
          productRate(percentRate(100), ['Smartphones', 'Smartphones']),
          productRate(percentRate(700), ['Accessoires', 'Accessories']),
        ],
        at,
      ),
    ],
  },
  {
    slug: 'banque-horizon',
    name: 'Banque Horizon',
    status: 'live',
    categories: ['banque-assurance', 'banque-en-ligne'],
    domains: ['banque-horizon.example'],
    brandColor: '#047857',
    validationDelayDays: 75,
    clicks: 3_100,
    favorites: 420,
    publishedDay: -300,
    fr: 'Banque Horizon est une banque en ligne sans frais de tenue de compte, avec carte gratuite et application mobile. Ouvrez votre compte via Ristourne pour recevoir votre prime.',
    en: 'Banque Horizon is an online bank with no monthly fee, a free card and a mobile app. Open your account through Ristourne to get your bonus.',
    offers: (at) => [
      offer(
        [
          fixedRate(8000, {
            scope: 'new_customers',
            labelFr: 'Ouverture de compte',
            labelEn: 'Account opening',
          }),
        ],
        at,
      ),
    ],
  },
  {
    slug: 'voyages-azur',
    name: 'Voyages Azur',
    status: 'live',
    categories: ['hotels'],
    domains: ['voyages-azur.example'],
    brandColor: '#0369a1',
    validationDelayDays: 120,
    clicks: 7_600,
    favorites: 980,
    publishedDay: -800,
    fr: 'Voyages Azur sélectionne des hôtels de charme sur la côte méditerranéenne. Le cashback est validé après la fin de votre séjour.',
    en: 'Voyages Azur picks boutique hotels along the Mediterranean coast. Cashback is confirmed after the end of your stay.',
    offers: (at) => [offer([percentRate(400)], at)],
  },
  ...(
    [
      [
        'atelier-brume',
        'Atelier Brume',
        'paused',
        'sacs-accessoires',
        '#57534e',
        600,
        -600,
        'Atelier Brume façonne des sacs en cuir tanné végétal.',
        'Atelier Brume crafts vegetable-tanned leather bags.',
      ],
      [
        'jardin-oublie',
        'Jardin Oublié',
        'archived',
        'jardin',
        '#4d7c0f',
        500,
        -900,
        'Jardin Oublié proposait des graines anciennes et des plants bio.',
        'Jardin Oublié sold heirloom seeds and organic plants.',
      ],
      [
        'studio-nuage',
        'Studio Nuage',
        'draft',
        'photo',
        '#6d28d9',
        300,
        0,
        'Studio Nuage vend du matériel photo et vidéo pour créateurs.',
        'Studio Nuage sells photo and video gear for creators.',
      ],
      [
        'ferme-aurore',
        'Ferme Aurore',
        'pending_review',
        'epicerie-fine',
        '#b45309',
        400,
        0,
        'Ferme Aurore livre des produits fermiers de saison.',
        'Ferme Aurore delivers seasonal farm produce.',
      ],
      [
        'cafe-minuit',
        'Café Minuit',
        'approved',
        'epicerie-fine',
        '#854d0e',
        700,
        0,
        'Café Minuit torréfie des cafés de spécialité à Lyon.',
        'Café Minuit roasts specialty coffee in Lyon.',
      ],
    ] as const
  ).map(
    ([slug, name, status, category, brandColor, bps, publishedDay, fr, en]): AnchorSpec => ({
      slug,
      name,
      status,
      categories: [category],
      domains: [`${slug}.example`],
      brandColor,
      validationDelayDays: 45,
      clicks: status === 'paused' ? 120 : 0,
      favorites: status === 'paused' ? 300 : status === 'archived' ? 85 : 0,
      publishedDay,
      fr,
      en,
      offers: (at) => [offer([percentRate(bps)], at)],
    }),
  ),
];
