// French: the pages around /out/<slug> (the interstitial, refusals).

export const clickOutFr = {
  welcome: {
    metaTitle: 'Activer le cashback chez {store}',
    title: 'Activez votre cashback chez {store}',
    intro:
      'Connectez-vous avant de partir chez {store} : votre achat sera suivi et le cashback crédité sur votre compte Ristourne.',
    signIn: 'Me connecter et activer le cashback',
    signUp: 'Créer un compte gratuit',
    without: 'Continuer vers {store} sans cashback',
    withoutHint:
      'Sans connexion, nous ne pouvons pas relier votre achat à votre compte : aucun cashback ne sera versé.',
  },
  unavailable: {
    metaTitle: 'Boutique indisponible',
    title: '{store} n’est pas disponible pour le moment',
    paused:
      'Le cashback chez {store} est suspendu pour le moment. Revenez bientôt : la boutique réapparaîtra dans le catalogue dès sa reprise.',
    archived: '{store} ne fait plus partie de nos boutiques partenaires : aucun cashback n’y est plus versé.',
    no_program:
      'Le lien de suivi de {store} est en cours de mise à jour. Réessayez dans quelques minutes : sans lui, votre achat ne pourrait pas être suivi.',
    browse: 'Voir les autres boutiques',
  },
  refused: {
    metaTitle: 'Lien refusé',
    title: 'Ce lien ne mène pas à {store}',
    body: 'Pour votre sécurité, nous n’envoyons vers une page produit que si elle appartient à la boutique. Ce lien ne remplit pas cette condition, il n’a donc pas été suivi.',
    store: 'Aller sur la page de {store}',
    activate: 'Activer le cashback sur la page d’accueil de {store}',
  },
};
