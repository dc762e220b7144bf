import type { Clock } from './calendar';
import type { CategoryPlan } from './types';

// The two-level category tree: slug | French name | English name | lucide icon
// | French description | English description. Indented lines are subcategories
// of the line above. Slugs are French without accents; positions follow the order.

const TREE = `
mode | Mode | Fashion | shirt | Vêtements, chaussures et accessoires pour toute la famille. | Clothing, shoes and accessories for the whole family.
  vetements-femme | Vêtements femme | Women's clothing | shirt | Robes, pulls, jeans et nouvelles collections. | Dresses, jumpers, jeans and new collections.
  vetements-homme | Vêtements homme | Men's clothing | shirt | Chemises, vestes et basiques bien coupés. | Shirts, jackets and well-cut basics.
  chaussures | Chaussures | Shoes | footprints | Baskets, bottines et escarpins. | Trainers, boots and heels.
  sacs-accessoires | Sacs & accessoires | Bags & accessories | shopping-bag | Sacs, ceintures, bijoux et lunettes. | Bags, belts, jewellery and eyewear.
  lingerie | Lingerie | Lingerie | gem | Lingerie, nuisettes et maillots de bain. | Lingerie, nightwear and swimwear.
beaute | Beauté | Beauty | sparkles | Parfums, maquillage et soins. | Fragrances, make-up and skincare.
  parfums | Parfums | Fragrances | spray-can | Eaux de parfum et coffrets. | Eaux de parfum and gift sets.
  maquillage | Maquillage | Make-up | palette | Teint, yeux, lèvres et ongles. | Complexion, eyes, lips and nails.
  soins-visage | Soins visage & corps | Face & body care | droplet | Crèmes, sérums et soins naturels. | Creams, serums and natural care.
  cheveux | Cheveux | Hair care | scissors | Shampoings, soins et appareils coiffants. | Shampoos, treatments and styling tools.
high-tech | High-tech | Tech | laptop | Smartphones, ordinateurs, TV et jeux vidéo. | Smartphones, computers, TVs and video games.
  smartphones | Smartphones | Smartphones | smartphone | Téléphones neufs et reconditionnés. | New and refurbished phones.
  informatique | Informatique | Computers | monitor | Portables, composants et périphériques. | Laptops, components and peripherals.
  tv-son | TV & son | TV & audio | tv | Téléviseurs, enceintes et casques. | Televisions, speakers and headphones.
  jeux-video | Jeux vidéo | Video games | gamepad-2 | Consoles, jeux et accessoires gaming. | Consoles, games and gaming gear.
  photo | Photo | Photography | camera | Appareils photo, objectifs et drones. | Cameras, lenses and drones.
electromenager | Électroménager | Home appliances | refrigerator | Gros et petit électroménager. | Large and small appliances.
  gros-electromenager | Gros électroménager | Large appliances | washing-machine | Lave-linge, réfrigérateurs et fours. | Washing machines, fridges and ovens.
  petit-electromenager | Petit électroménager | Small appliances | microwave | Cafetières, robots et blenders. | Coffee makers, food processors and blenders.
  entretien-maison | Aspirateurs & entretien | Vacuums & cleaning | brush | Aspirateurs, nettoyeurs vapeur et robots. | Vacuums, steam cleaners and robots.
maison-jardin | Maison & jardin | Home & garden | sofa | Meubles, déco, linge de maison et jardin. | Furniture, decor, linen and garden.
  meubles | Meubles | Furniture | sofa | Canapés, tables et rangements. | Sofas, tables and storage.
  decoration | Décoration | Home decor | lamp | Luminaires, miroirs et objets déco. | Lighting, mirrors and decorative objects.
  linge-de-maison | Linge de maison | Bed & bath | bed-double | Draps, couettes et serviettes. | Sheets, duvets and towels.
  jardin | Jardin | Garden | flower-2 | Plantes, mobilier et outillage de jardin. | Plants, garden furniture and tools.
  bricolage | Bricolage | DIY | hammer | Outillage, peinture et quincaillerie. | Tools, paint and hardware.
voyage | Voyage | Travel | plane | Hôtels, vols, locations et séjours. | Hotels, flights, rentals and holidays.
  hotels | Hôtels | Hotels | hotel | Hôtels en France et à l'étranger. | Hotels in France and abroad.
  vols | Vols | Flights | plane-takeoff | Billets d’avion et compagnies. | Plane tickets and airlines.
  locations-vacances | Locations de vacances | Holiday rentals | tent | Gîtes, campings et appartements. | Cottages, campsites and flats.
  location-voiture | Location de voiture | Car rental | car-front | Voitures et vans de location. | Rental cars and vans.
  sejours-circuits | Séjours & circuits | Packages & tours | mountain | Séjours tout compris et circuits. | All-inclusive stays and tours.
sport-loisirs | Sport & loisirs | Sports & leisure | dumbbell | Équipement sportif et loisirs de plein air. | Sports gear and outdoor leisure.
  running | Running | Running | footprints | Chaussures et textile de course. | Running shoes and apparel.
  velo | Vélo | Cycling | bike | Vélos, pièces et équipement cycliste. | Bikes, parts and cycling gear.
  outdoor-randonnee | Outdoor & randonnée | Outdoor & hiking | tent | Randonnée, camping et montagne. | Hiking, camping and mountain gear.
  fitness | Fitness | Fitness | dumbbell | Musculation, yoga et cardio à la maison. | Strength, yoga and home cardio.
alimentation-drive | Alimentation & drive | Groceries & drive | shopping-basket | Courses, drive et bons produits. | Groceries, click & collect and good food.
  courses-en-ligne | Courses en ligne | Online groceries | shopping-basket | Drive et livraison de courses. | Click & collect and grocery delivery.
  vins-spiritueux | Vins & spiritueux | Wine & spirits | wine | Caves en ligne et coffrets. | Online wine shops and gift boxes.
  epicerie-fine | Épicerie fine | Delicatessen | cookie | Produits du terroir et douceurs. | Regional produce and treats.
  paniers-repas | Paniers repas | Meal kits | salad | Recettes et ingrédients livrés. | Recipes and ingredients delivered.
banque-assurance | Banque & assurance | Banking & insurance | landmark | Banques en ligne, assurances et épargne. | Online banks, insurance and savings.
  banque-en-ligne | Banque en ligne | Online banking | credit-card | Comptes et cartes bancaires. | Current accounts and cards.
  assurance-auto | Assurance auto | Car insurance | shield-check | Assurances auto et moto. | Car and motorbike insurance.
  assurance-habitation | Assurance habitation | Home insurance | house | Assurances habitation et emprunteur. | Home and loan insurance.
  epargne-placements | Épargne & placements | Savings & investing | piggy-bank | Livrets, assurance-vie et bourse. | Savings accounts, life insurance and shares.
enfants-jouets | Enfants & jouets | Kids & toys | baby | Jouets, puériculture et mode enfant. | Toys, baby gear and kids' fashion.
  jouets | Jouets | Toys | blocks | Jeux de construction, poupées et jeux de société. | Building sets, dolls and board games.
  puericulture | Puériculture | Baby gear | baby | Poussettes, sièges auto et chambre bébé. | Pushchairs, car seats and nursery.
  mode-enfant | Mode enfant | Kids' fashion | shirt | Vêtements de 0 à 16 ans. | Clothes for ages 0 to 16.
  jeux-educatifs | Jeux éducatifs | Educational games | puzzle | Jeux pour apprendre en s’amusant. | Games to learn while having fun.
culture-divertissement | Culture & divertissement | Culture & entertainment | book-open | Livres, musique, billetterie et streaming. | Books, music, tickets and streaming.
  livres | Livres | Books | book-open | Romans, BD et livres numériques. | Novels, comics and e-books.
  musique | Musique | Music | music | Vinyles, instruments et partitions. | Vinyl, instruments and sheet music.
  billetterie | Billetterie | Tickets | ticket | Concerts, spectacles et festivals. | Concerts, shows and festivals.
  streaming | Streaming & abonnements | Streaming & subscriptions | clapperboard | Films, séries et abonnements. | Films, series and subscriptions.
sante-bien-etre | Santé & bien-être | Health & wellness | heart-pulse | Parapharmacie, nutrition, optique et relaxation. | Pharmacy, nutrition, eyewear and relaxation.
  parapharmacie | Parapharmacie | Pharmacy | pill | Soins, hygiène et santé au quotidien. | Everyday care, hygiene and health.
  nutrition | Nutrition & compléments | Nutrition & supplements | apple | Compléments, protéines et alimentation saine. | Supplements, protein and healthy food.
  optique | Optique | Eyewear | glasses | Lunettes, lentilles et solaires. | Glasses, contact lenses and sunglasses.
  relaxation | Relaxation & yoga | Relaxation & yoga | leaf | Méditation, yoga et sommeil. | Meditation, yoga and sleep.
animaux | Animaux | Pets | paw-print | Alimentation et accessoires pour animaux. | Food and accessories for pets.
  chiens | Chiens | Dogs | dog | Croquettes, paniers et jouets pour chiens. | Kibble, beds and toys for dogs.
  chats | Chats | Cats | cat | Litières, arbres à chat et friandises. | Litter, cat trees and treats.
  petits-animaux | Petits animaux | Small pets | rabbit | Rongeurs, oiseaux et aquariophilie. | Rodents, birds and aquariums.
auto-moto | Auto & moto | Cars & motorbikes | car | Pièces, pneus et équipement. | Parts, tyres and gear.
  pieces-auto | Pièces auto | Car parts | wrench | Pièces détachées et entretien. | Spare parts and servicing.
  pneus | Pneus | Tyres | disc-3 | Pneus été, hiver et toutes saisons. | Summer, winter and all-season tyres.
  equipement-moto | Équipement moto | Motorbike gear | bike | Casques, blousons et gants. | Helmets, jackets and gloves.
energie-telecom | Énergie & télécoms | Energy & telecoms | zap | Électricité, gaz, forfaits mobiles et box. | Electricity, gas, mobile plans and broadband.
  electricite-gaz | Électricité & gaz | Electricity & gas | flame | Fournisseurs d’énergie et offres vertes. | Energy suppliers and green tariffs.
  forfaits-mobiles | Forfaits mobiles | Mobile plans | smartphone-charging | Forfaits avec ou sans engagement. | Plans with or without commitment.
  box-internet | Box internet | Broadband | wifi | Fibre, ADSL et box 5G. | Fibre, ADSL and 5G boxes.
`;

type Node = { slug: string; fr: string; en: string; icon: string; descFr: string; descEn: string };
export type TopCategory = Node & { children: Node[] };

function parseTree(text: string): TopCategory[] {
  const tops: TopCategory[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const fields = line.split(' | ').map((f) => f.trim());
    if (fields.length !== 6) throw new Error(`category line needs 6 fields: ${line}`);
    const [slug, fr, en, icon, descFr, descEn] = fields as [string, string, string, string, string, string];
    const node: Node = { slug, fr, en, icon, descFr, descEn };
    if (line.startsWith(' ')) {
      const parent = tops[tops.length - 1];
      if (!parent) throw new Error(`subcategory before any category: ${line}`);
      parent.children.push(node);
    } else {
      tops.push({ ...node, children: [] });
    }
  }
  return tops;
}

export const CATEGORY_TREE: readonly TopCategory[] = parseTree(TREE);

export function buildCategories(clock: Clock): CategoryPlan[] {
  const createdAt = clock.at(-1100, 9);
  const plan = (n: Node, parentSlug: string | null, position: number): CategoryPlan => ({
    slug: n.slug,
    parentSlug,
    nameFr: n.fr,
    nameEn: n.en,
    descriptionFr: n.descFr,
    descriptionEn: n.descEn,
    icon: n.icon,
    position,
    createdAt,
  });
  return [
    ...CATEGORY_TREE.map((top, i) => plan(top, null, i + 1)),
    ...CATEGORY_TREE.flatMap((top) => top.children.map((child, j) => plan(child, top.slug, j + 1))),
  ];
}

export function topCategoryOf(slug: string): TopCategory {
  const top = CATEGORY_TREE.find((t) => t.slug === slug || t.children.some((c) => c.slug === slug));
  if (!top) throw new Error(`Unknown category slug "${slug}"`);
  return top;
}
