import type { Rng } from './random';

// Merchant descriptions in French and English. Each list holds [fr, en] pairs
// picked by the same index, so both languages say the same thing.

type Pair = readonly [string, string];

const WHAT: Readonly<Record<string, readonly Pair[]>> = {
  mode: [
    ['des collections femme et homme dessinées à Paris', "women's and men's collections designed in Paris"],
    ['des basiques intemporels et des pièces de saison', 'timeless basics and seasonal pieces'],
    ['une mode éco-responsable en matières naturelles', 'sustainable fashion in natural fabrics'],
    ['des chaussures et accessoires fabriqués en Europe', 'shoes and accessories made in Europe'],
  ],
  beaute: [
    ['des soins visage formulés en France', 'skincare formulated in France'],
    ['des parfums de niche et des coffrets cadeaux', 'niche fragrances and gift sets'],
    ['un maquillage vegan aux teintes lumineuses', 'vegan make-up in luminous shades'],
    [
      'des cosmétiques bio certifiés pour toute la famille',
      'certified organic cosmetics for the whole family',
    ],
  ],
  'high-tech': [
    [
      'des smartphones neufs et reconditionnés garantis deux ans',
      'new and refurbished smartphones with a two-year warranty',
    ],
    ['des ordinateurs, composants et accessoires gaming', 'computers, components and gaming accessories'],
    ['des téléviseurs, barres de son et casques audio', 'TVs, soundbars and headphones'],
    ['les dernières nouveautés photo et objets connectés', 'the latest cameras and smart devices'],
  ],
  electromenager: [
    [
      'du gros électroménager livré et installé chez vous',
      'large appliances delivered and installed at home',
    ],
    ['des robots cuiseurs, cafetières et blenders', 'food processors, coffee makers and blenders'],
    ['des aspirateurs sans fil et robots ménagers', 'cordless vacuums and robot cleaners'],
  ],
  'maison-jardin': [
    ['du mobilier design à prix doux', 'affordable design furniture'],
    ['du linge de maison en lin lavé et en coton bio', 'washed-linen and organic-cotton home textiles'],
    ['des plantes, graines et outils pour le jardin', 'plants, seeds and garden tools'],
    ['des luminaires et objets de décoration chinés', 'lighting and vintage-style decor'],
  ],
  voyage: [
    ['des hôtels de charme en France et en Europe', 'boutique hotels in France and across Europe'],
    ['des séjours tout compris au soleil', 'all-inclusive holidays in the sun'],
    [
      'des locations de vacances à la mer et à la montagne',
      'holiday rentals by the sea and in the mountains',
    ],
    ['des vols et circuits sur mesure', 'flights and tailor-made tours'],
  ],
  'sport-loisirs': [
    ['du matériel de randonnée et de camping', 'hiking and camping gear'],
    ['des vélos, pièces et accessoires cyclistes', 'bikes, parts and cycling accessories'],
    ['des chaussures de running testées par des coureurs', 'running shoes tested by runners'],
    ['du matériel de fitness pour s’entraîner à la maison', 'fitness equipment for training at home'],
  ],
  'alimentation-drive': [
    ['des courses livrées en moins de 24 heures', 'groceries delivered within 24 hours'],
    ['des produits frais de producteurs locaux', 'fresh produce from local farmers'],
    ['une cave de vins de vignerons indépendants', 'a cellar of independent winemakers'],
    ['des paniers repas avec recettes faciles', 'meal kits with easy recipes'],
  ],
  'banque-assurance': [
    [
      'un compte bancaire en ligne sans frais de tenue de compte',
      'an online bank account with no monthly fee',
    ],
    [
      'des assurances auto et habitation souscrites en quelques minutes',
      'car and home insurance taken out in minutes',
    ],
    ['des solutions d’épargne et d’assurance-vie en ligne', 'online savings and life insurance products'],
  ],
  'enfants-jouets': [
    ['des jouets en bois et jeux d’éveil', 'wooden toys and early-learning games'],
    ['de la puériculture sélectionnée par des parents', 'baby gear chosen by parents'],
    ['des vêtements enfant résistants et colorés', 'hard-wearing, colourful kids’ clothes'],
  ],
  'culture-divertissement': [
    ['des livres, BD et mangas livrés en 48 heures', 'books, comics and manga delivered in 48 hours'],
    ['des vinyles, instruments et partitions', 'vinyl records, instruments and sheet music'],
    ['des billets pour concerts, spectacles et festivals', 'tickets for concerts, shows and festivals'],
    ['des abonnements films, séries et podcasts', 'film, series and podcast subscriptions'],
  ],
  'sante-bien-etre': [
    ['une parapharmacie en ligne à petits prix', 'an online pharmacy at low prices'],
    ['des compléments alimentaires et protéines', 'food supplements and protein'],
    ['des lunettes de vue et solaires avec essayage virtuel', 'glasses and sunglasses with virtual try-on'],
    ['des programmes de yoga et de méditation', 'yoga and meditation programmes'],
  ],
  animaux: [
    ['des croquettes premium livrées sur abonnement', 'premium pet food delivered on subscription'],
    ['des accessoires et jouets pour chiens et chats', 'accessories and toys for dogs and cats'],
    ['tout pour les rongeurs, oiseaux et aquariums', 'everything for rodents, birds and aquariums'],
  ],
  'auto-moto': [
    ['des pièces auto d’origine et adaptables', 'original and compatible car parts'],
    [
      'des pneus toutes saisons avec montage en centre partenaire',
      'all-season tyres fitted at partner garages',
    ],
    ['des casques, blousons et gants pour motards', 'helmets, jackets and gloves for riders'],
  ],
  'energie-telecom': [
    ['une électricité 100 % d’origine renouvelable', '100% renewable electricity'],
    ['des forfaits mobiles sans engagement', 'SIM-only mobile plans with no commitment'],
    ['une box fibre avec TV et appels illimités', 'a fibre box with TV and unlimited calls'],
  ],
};

const PLUS: readonly Pair[] = [
  [
    'Livraison offerte dès 50 € d’achat et retours gratuits sous 30 jours.',
    'Free delivery from €50 and free returns within 30 days.',
  ],
  ['Le service client répond 7 jours sur 7.', 'Customer service answers 7 days a week.'],
  ['Paiement en trois fois sans frais disponible.', 'Pay in three instalments at no extra cost.'],
  [
    'Une marque française indépendante depuis plus de dix ans.',
    'An independent French brand for over ten years.',
  ],
  ['Les nouveautés arrivent chaque semaine.', 'New arrivals every week.'],
  [
    'Plus de 20 000 avis clients avec une note moyenne de 4,6/5.',
    'Over 20,000 customer reviews averaging 4.6/5.',
  ],
  ['Retrait possible en magasin dans toute la France.', 'Click & collect in stores across France.'],
];

const CLOSER: readonly Pair[] = [
  [
    'Activez le cashback avant chaque commande pour cumuler vos gains.',
    'Activate cashback before each order to build up your earnings.',
  ],
  [
    'Avec Ristourne, une partie de chaque achat vous revient.',
    'With Ristourne, part of every purchase comes back to you.',
  ],
  [
    'Le cashback est crédité sur votre compte Ristourne après validation.',
    'Cashback is credited to your Ristourne account once confirmed.',
  ],
];

export function describeMerchant(rng: Rng, name: string, topSlug: string): { fr: string; en: string } {
  const what = rng.pick(WHAT[topSlug] ?? WHAT.mode!);
  const plus = rng.pick(PLUS);
  const withCloser = rng.chance(60);
  const closer = rng.pick(CLOSER);
  const intro = rng.pick([
    [`${name} propose ${what[0]}.`, `${name} offers ${what[1]}.`],
    [`Chez ${name}, vous trouverez ${what[0]}.`, `At ${name} you will find ${what[1]}.`],
    [`${name} : ${what[0]}.`, `${name}: ${what[1]}.`],
  ] as const);
  const fr = [intro[0], plus[0], withCloser ? closer[0] : ''].filter(Boolean).join(' ');
  const en = [intro[1], plus[1], withCloser ? closer[1] : ''].filter(Boolean).join(' ');
  return { fr, en };
}
