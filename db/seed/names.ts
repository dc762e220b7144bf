import type { Rng } from './random';

// Invented merchant names: an evocative word combined with a category-flavoured
// head ("Atelier Brume") or tail ("Brume Voyages"). Words were chosen to avoid
// real French retail brands (no "Printemps", "Orange", "Boulanger", …) and the
// distinctive words of the anchor merchants, so searching "lavande" or "pixel"
// finds the anchor alone.

export const WORDS: readonly string[] = [
  'Verveine',
  'Griotte',
  'Lilas',
  'Ébène',
  'Iris',
  'Myosotis',
  'Bergamote',
  'Amande',
  'Sésame',
  'Écume',
  'Zéphyr',
  'Opale',
  'Ambre',
  'Sauge',
  'Comète',
  'Lueur',
  'Glycine',
  'Pivoine',
  'Camélia',
  'Mimosa',
  'Myrtille',
  'Cerise',
  'Corail',
  'Cobalt',
  'Topaze',
  'Galet',
  'Rivage',
  'Falaise',
  'Sillage',
  'Lagune',
  'Marée',
  'Ondine',
  'Sorbet',
  'Praline',
  'Nougat',
  'Vanille',
  'Cannelle',
  'Safran',
  'Romarin',
  'Thym',
  'Menthe',
  'Figue',
  'Grenade',
  'Mirabelle',
  'Aube',
  'Crépuscule',
  'Éclipse',
  'Orbite',
  'Prisme',
  'Quartz',
  'Silex',
  'Granit',
  'Tilleul',
  'Cèdre',
  'Saule',
  'Érable',
  'Noisette',
  'Hermine',
  'Renard',
  'Colibri',
  'Mésange',
  'Hirondelle',
  'Libellule',
  'Luciole',
  'Bruyère',
  'Fougère',
  'Pastel',
  'Vermeil',
  'Carmin',
  'Émeraude',
  'Jade',
  'Perle',
  'Nacre',
  'Velours',
  'Satin',
  'Flanelle',
  'Pétale',
  'Cigale',
  'Tournesol',
  'Coquelicot',
  'Bleuet',
  'Églantine',
  'Capucine',
  'Galaxie',
  'Solstice',
  'Équinoxe',
  'Ardoise',
  'Basalte',
  'Lagon',
  'Atoll',
  'Archipel',
  'Boussole',
  'Lanterne',
  'Sextant',
  'Phare',
  'Origami',
  'Mosaïque',
  'Pompon',
  'Bouquet',
  'Brindille',
  'Clairière',
  'Bocage',
  'Vallon',
  'Sommet',
  'Cascade',
  'Ruisseau',
  'Estuaire',
  'Cyprès',
  'Olivine',
  'Agate',
  'Pebble',
  'Harbor',
  'Meadow',
  'Willow',
  'Maple',
  'Ember',
  'Drift',
  'Bloom',
  'Hollow',
  'Tide',
  'Juniper',
  'Fable',
  'Lumen',
  'Nimbus',
  'Quill',
  'Sparrow',
  'Thistle',
  'Wren',
  'Cove',
  'Ridge',
];

type Parts = { heads: readonly string[]; tails: readonly string[] };

/** Per top-level category slug. */
export const NAME_PARTS: Readonly<Record<string, Parts>> = {
  mode: {
    heads: ['Maison', 'Atelier', 'Boutique', 'Vestiaire', 'Dressing', 'Maille'],
    tails: ['Couture', 'Paris', 'Wear', 'Atelier', 'Studio'],
  },
  beaute: {
    heads: ['Baume', 'Rituel', 'Essence', 'Poudre', 'Sève', 'Elixir'],
    tails: ['Beauté', 'Cosmétiques', 'Skin', 'Parfums', 'Soins'],
  },
  'high-tech': {
    heads: ['Vecteur', 'Octet', 'Circuit', 'Nova', 'Signal', 'Quantum'],
    tails: ['Tech', 'Numérique', 'Labs', 'Digital', 'Connect'],
  },
  electromenager: {
    heads: ['Foyer', 'Logis', 'Cuisine', 'Watt', 'Turbine'],
    tails: ['Électroménager', 'Équipement', 'Confort', 'Appliances', 'Ménager'],
  },
  'maison-jardin': {
    heads: ['Maison', 'Jardin', 'Demeure', 'Villa', 'Comptoir', 'Logis'],
    tails: ['Intérieur', 'Déco', 'Home', 'Jardin', 'Maison'],
  },
  voyage: {
    heads: ['Voyages', 'Escale', 'Cap', 'Évasion', 'Séjours', 'Odyssée'],
    tails: ['Voyages', 'Travel', 'Escapades', 'Hôtels', 'Trips'],
  },
  'sport-loisirs': {
    heads: ['Club', 'Cime', 'Piste', 'Trace', 'Foulée', 'Relais'],
    tails: ['Sport', 'Outdoor', 'Running', 'Bike', 'Fit'],
  },
  'alimentation-drive': {
    heads: ['Ferme', 'Épicerie', 'Panier', 'Cave', 'Marché', 'Table'],
    tails: ['Gourmand', 'Drive', 'Primeur', 'Saveurs', 'Terroir'],
  },
  'banque-assurance': {
    heads: ['Banque', 'Assurance', 'Mutuelle', 'Épargne', 'Crédit'],
    tails: ['Banque', 'Assurances', 'Finance', 'Capital', 'Patrimoine'],
  },
  'enfants-jouets': {
    heads: ['Petit', 'Mini', 'Bambin', 'Doudou', 'Ourson'],
    tails: ['Kids', 'Jouets', 'Junior', 'Marmots', 'Bébé'],
  },
  'culture-divertissement': {
    heads: ['Librairie', 'Scène', 'Page', 'Disque', 'Studio', 'Cinéma'],
    tails: ['Éditions', 'Culture', 'Records', 'Live', 'Ciné'],
  },
  'sante-bien-etre': {
    heads: ['Officine', 'Vital', 'Herboristerie', 'Sérénité', 'Souffle'],
    tails: ['Santé', 'Vital', 'Optique', 'Bien-être', 'Zen'],
  },
  animaux: {
    heads: ['Croc', 'Patte', 'Museau', 'Truffe', 'Pelage'],
    tails: ['Animalerie', 'Pets', 'Compagnons', 'Croquettes', 'Animaux'],
  },
  'auto-moto': {
    heads: ['Garage', 'Turbo', 'Piston', 'Route', 'Bielle'],
    tails: ['Auto', 'Moto', 'Pneus', 'Mécanique', 'Racing'],
  },
  'energie-telecom': {
    heads: ['Énergie', 'Onde', 'Fibre', 'Réseau', 'Courant'],
    tails: ['Énergie', 'Mobile', 'Télécom', 'Connect', 'Power'],
  },
};

const CITY_SUFFIXES = [
  'Lyon',
  'Nantes',
  'Bordeaux',
  'Lille',
  'Rennes',
  'Toulouse',
  'Marseille',
  'Nice',
  'Dijon',
  'Annecy',
];

/** Lower-case, accent-free, hyphen-separated: "Pixel Étoile" → "pixel-etoile". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A name whose slug is not yet taken (the set is updated). Tries random
 * combinations first, then adds a city to stay unique at 10 000 merchants.
 */
export function inventName(rng: Rng, topSlug: string, takenSlugs: Set<string>): string {
  const parts = NAME_PARTS[topSlug];
  if (!parts) throw new Error(`No name parts for category "${topSlug}"`);
  for (let attempt = 0; attempt < 40; attempt++) {
    const word = rng.pick(WORDS);
    const useHead = rng.chance(55);
    const name = useHead ? `${rng.pick(parts.heads)} ${word}` : `${word} ${rng.pick(parts.tails)}`;
    const withCity = attempt >= 20 ? `${name} ${rng.pick(CITY_SUFFIXES)}` : name;
    const slug = slugify(withCity);
    if (!takenSlugs.has(slug) && !endsWithReservedSuffix(slug)) {
      takenSlugs.add(slug);
      return withCity;
    }
  }
  throw new Error(`Could not invent a unique name in ${topSlug}`);
}

// Second shop domains are "<slug>-outlet.example" and the like; a slug ending
// that way could collide with another merchant's second domain.
function endsWithReservedSuffix(slug: string): boolean {
  return /-(outlet|boutique|store)$/.test(slug);
}
