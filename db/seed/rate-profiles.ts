// Per top-level category: the typical percent range (bps, multiples of 50) and
// the product categories a category-scoped rate may name; for lead categories,
// the fixed amount range in minor units.

export type Product = readonly [string, string];
export type Profile = { bps: readonly [number, number]; products: readonly Product[] };

export const PERCENT: Readonly<Record<string, Profile>> = {
  mode: {
    bps: [300, 800],
    products: [
      ['Nouvelle collection', 'New collection'],
      ['Articles soldés', 'Sale items'],
      ['Chaussures', 'Shoes'],
      ['Accessoires', 'Accessories'],
    ],
  },
  beaute: {
    bps: [400, 900],
    products: [
      ['Parfums', 'Fragrances'],
      ['Soins', 'Skincare'],
      ['Maquillage', 'Make-up'],
      ['Coffrets', 'Gift sets'],
    ],
  },
  'high-tech': {
    bps: [100, 400],
    products: [
      ['Smartphones', 'Smartphones'],
      ['Accessoires', 'Accessories'],
      ['Informatique', 'Computers'],
      ['TV & son', 'TV & audio'],
      ['Jeux vidéo', 'Video games'],
    ],
  },
  electromenager: {
    bps: [150, 500],
    products: [
      ['Petit électroménager', 'Small appliances'],
      ['Gros électroménager', 'Large appliances'],
      ['Accessoires', 'Accessories'],
    ],
  },
  'maison-jardin': {
    bps: [300, 800],
    products: [
      ['Meubles', 'Furniture'],
      ['Décoration', 'Decor'],
      ['Linge de maison', 'Bed & bath'],
    ],
  },
  voyage: {
    bps: [200, 600],
    products: [
      ['Hôtels', 'Hotels'],
      ['Vols', 'Flights'],
      ['Locations', 'Rentals'],
    ],
  },
  'sport-loisirs': {
    bps: [300, 700],
    products: [
      ['Vélos', 'Bikes'],
      ['Textile', 'Apparel'],
      ['Accessoires', 'Accessories'],
    ],
  },
  'alimentation-drive': {
    bps: [100, 400],
    products: [
      ['Épicerie', 'Groceries'],
      ['Vins', 'Wine'],
    ],
  },
  'enfants-jouets': {
    bps: [300, 800],
    products: [
      ['Jouets', 'Toys'],
      ['Puériculture', 'Baby gear'],
    ],
  },
  'culture-divertissement': {
    bps: [200, 600],
    products: [
      ['Livres', 'Books'],
      ['Billetterie', 'Tickets'],
      ['Vinyles', 'Vinyl'],
    ],
  },
  'sante-bien-etre': {
    bps: [300, 900],
    products: [
      ['Parapharmacie', 'Pharmacy'],
      ['Compléments', 'Supplements'],
      ['Lunettes', 'Glasses'],
    ],
  },
  animaux: {
    bps: [300, 800],
    products: [
      ['Alimentation', 'Pet food'],
      ['Accessoires', 'Accessories'],
    ],
  },
  'auto-moto': {
    bps: [200, 600],
    products: [
      ['Pneus', 'Tyres'],
      ['Pièces', 'Parts'],
    ],
  },
};

export const FIXED: Readonly<
  Record<string, { minor: readonly [number, number]; products: readonly Product[]; newLabel: Product }>
> = {
  'banque-assurance': {
    minor: [2000, 15000],
    products: [
      ['Assurance auto', 'Car insurance'],
      ['Assurance habitation', 'Home insurance'],
      ['Compte bancaire', 'Bank account'],
    ],
    newLabel: ['Première souscription', 'First sign-up'],
  },
  'energie-telecom': {
    minor: [2000, 8000],
    products: [
      ['Électricité', 'Electricity'],
      ['Box internet', 'Broadband'],
      ['Forfait mobile', 'Mobile plan'],
    ],
    newLabel: ['Nouvel abonnement', 'New subscription'],
  },
};
