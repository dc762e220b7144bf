import type { Rng } from './random';

// Cashback conditions and exclusions, one rule per line, [fr, en] pairs.

type Pair = readonly [string, string];

const CONDITIONS: readonly Pair[] = [
  [
    'Le panier doit être validé dans la même session que le clic.',
    'The basket must be paid for in the same session as the click.',
  ],
  ['Désactivez votre bloqueur de publicités avant de cliquer.', 'Turn off your ad blocker before clicking.'],
  ['Acceptez les cookies du site marchand.', "Accept the merchant site's cookies."],
  [
    'Le cashback est calculé sur le montant hors frais de port et taxes.',
    'Cashback is calculated on the amount excluding shipping and taxes.',
  ],
  [
    'N’utilisez pas d’autre code promo que ceux affichés sur Ristourne.',
    'Do not use promo codes other than those shown on Ristourne.',
  ],
  [
    'Une commande annulée ou retournée n’ouvre pas droit au cashback.',
    'Cancelled or returned orders do not earn cashback.',
  ],
];

const CATEGORY_CONDITIONS: Readonly<Record<string, readonly Pair[]>> = {
  voyage: [
    ['Le cashback est validé après la fin du séjour.', 'Cashback is confirmed after the end of the stay.'],
  ],
  'banque-assurance': [
    [
      'Réservé à une première souscription, le compte doit être ouvert et activé.',
      'First sign-up only; the account must be opened and activated.',
    ],
    [
      'Le premier paiement doit être effectué dans les 30 jours.',
      'The first payment must be made within 30 days.',
    ],
  ],
  'energie-telecom': [
    [
      'Réservé aux nouveaux abonnés, le contrat doit être activé.',
      'New subscribers only; the contract must be activated.',
    ],
    [
      'Le contrat doit rester actif au moins deux mois.',
      'The contract must stay active for at least two months.',
    ],
  ],
  'alimentation-drive': [
    [
      'Le cashback est versé sur la première commande drive uniquement.',
      'Cashback is paid on the first drive order only.',
    ],
  ],
};

const EXCLUSIONS: readonly Pair[] = [
  ['Cashback non valable sur les cartes cadeaux.', 'No cashback on gift cards.'],
  ['Hors frais de port et taxes.', 'Excluding shipping and taxes.'],
  ['Hors commandes passées via l’application mobile.', 'Excluding orders placed in the mobile app.'],
  [
    'Hors achats sur la marketplace et chez les vendeurs partenaires.',
    'Excluding marketplace and partner-seller purchases.',
  ],
  ['Hors ventes privées et articles soldés.', 'Excluding private sales and sale items.'],
];

const CATEGORY_EXCLUSIONS: Readonly<Record<string, readonly Pair[]>> = {
  'high-tech': [['Hors consoles de jeux et cartes prépayées.', 'Excluding game consoles and prepaid cards.']],
  electromenager: [
    [
      'Hors extensions de garantie et frais d’installation.',
      'Excluding extended warranties and installation fees.',
    ],
  ],
  voyage: [['Hors taxes de séjour et frais de dossier.', 'Excluding tourist taxes and booking fees.']],
  'alimentation-drive': [
    ['Hors alcools, tabac et lait infantile.', 'Excluding alcohol, tobacco and infant formula.'],
  ],
  'culture-divertissement': [
    ['Hors livres scolaires et abonnements presse.', 'Excluding school books and press subscriptions.'],
  ],
  'sante-bien-etre': [['Hors médicaments sur ordonnance.', 'Excluding prescription medicines.']],
  'banque-assurance': [['Hors clients déjà titulaires d’un contrat.', 'Excluding existing customers.']],
};

function pickLines(
  rng: Rng,
  specific: readonly Pair[],
  generic: readonly Pair[],
  count: number,
): { fr: string; en: string } {
  const lines = [...specific, ...rng.shuffle(generic).slice(0, Math.max(0, count - specific.length))];
  return { fr: lines.map((l) => l[0]).join('\n'), en: lines.map((l) => l[1]).join('\n') };
}

export function merchantTerms(
  rng: Rng,
  topSlug: string,
): { conditionsFr: string; conditionsEn: string; exclusionsFr: string; exclusionsEn: string } {
  const conditions = pickLines(rng, CATEGORY_CONDITIONS[topSlug] ?? [], CONDITIONS, rng.int(2, 3));
  const exclusions = pickLines(rng, CATEGORY_EXCLUSIONS[topSlug] ?? [], EXCLUSIONS, rng.int(1, 3));
  return {
    conditionsFr: conditions.fr,
    conditionsEn: conditions.en,
    exclusionsFr: exclusions.fr,
    exclusionsEn: exclusions.en,
  };
}
