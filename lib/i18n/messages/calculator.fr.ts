// French: the cashback calculator on each store page.

export const calculatorFr = {
  title: 'Calculez votre cashback',
  basket: 'Montant de votre panier',
  basketHint: 'Par exemple 84,50',
  customer: 'Vous êtes',
  newCustomer: 'Nouveau client',
  existingCustomer: 'Déjà client',
  category: 'Catégorie de produit',
  otherCategory: 'Autre catégorie',
  result: 'Sur un panier de {basket}, vous gagneriez {cashback} de cashback.',
  nothing: 'Sur un panier de {basket}, aucun taux de cashback ne s’applique.',
  invalid: 'Saisissez un montant positif, par exemple 84,50.',
  details: 'Détail : {explanation}.',
  disclaimer:
    'Estimation selon les offres en vigueur. Le montant final dépend de la commande validée par {store} et de la commission qu’il nous verse.',
};
