// French messages of withdrawals (issue 7): the member's page, its forms and
// the e-mailed-link pages. Domain errors are keys set in lib/withdrawals/.

export const withdrawalsFr = {
  nav: 'Retraits',
  page: {
    metaTitle: 'Mes retraits',
    title: 'Mes retraits',
    intro:
      'Retirez votre cashback disponible par PayPal, virement bancaire, don à une association ou carte cadeau.',
    notices: {
      verified: 'Moyen de paiement confirmé : vous pouvez y retirer votre cashback.',
      confirmed: 'Retrait confirmé : il rejoint la file de traitement de notre équipe.',
    },
  },
  balance: {
    title: 'Votre solde',
    available: 'Disponible au retrait',
    withdrawing: 'Retraits en cours',
  },
  kinds: {
    paypal: 'PayPal',
    sepa: 'Virement bancaire (SEPA)',
    charity: 'Don à une association',
    gift_card: 'Carte cadeau',
  },
  minimums: {
    title: 'Montants minimums',
    paypal: 'PayPal : {amount} minimum',
    sepa: 'Virement : {amount} minimum',
    charity: 'Don : {amount} minimum',
    giftCard: 'Carte cadeau {brand} : {values}',
    giftCardEmpty: 'Carte cadeau {brand} : plus de carte en stock pour le moment',
    maximum: 'Au plus {amount} par retrait.',
  },
  request: {
    title: 'Demander un retrait',
    intro: 'Le montant passe aussitôt de votre solde disponible à « retraits en cours ».',
    method: 'Moyen de paiement',
    amount: 'Montant (€)',
    amountHint: 'Minimum : {minimums}. Les cartes cadeaux se retirent à la valeur d’une carte.',
    all: 'Tout mon solde disponible ({amount})',
    submit: 'Demander le retrait',
    noMethod: 'Ajoutez puis confirmez un moyen de paiement ci-dessous pour pouvoir retirer.',
    nothing: 'Vous n’avez pas de cashback disponible au retrait pour le moment.',
    created: 'Retrait demandé : {amount}. Il apparaît dans la liste ci-dessous.',
    createdHold:
      'Retrait demandé : {amount}. Confirmez-le avec le lien que nous venons d’envoyer à votre adresse e-mail.',
    replayed: 'Ce formulaire a déjà été envoyé : votre retrait est bien enregistré, une seule fois.',
    errors: {
      invalid: 'Vérifiez les champs signalés : aucun retrait n’a été enregistré.',
      formKey:
        'Ce formulaire n’est plus valable (modifié ou trop ancien). Rechargez la page puis recommencez.',
      method: 'Choisissez l’un de vos moyens de paiement.',
      methodUnverified:
        'Ce moyen de paiement n’est pas encore confirmé : ouvrez le lien reçu par e-mail, puis recommencez.',
      charityInactive: 'Cette association ne reçoit plus de dons : choisissez-en une autre.',
      brandInactive: 'Cette carte cadeau n’est plus proposée : choisissez un autre moyen de paiement.',
      amountRequired: 'Indiquez un montant, ou cochez « tout mon solde ».',
      amountInvalid: 'Ce montant n’est pas un nombre : écrivez par exemple 25 ou 25,50.',
      amountNegative: 'Le montant doit être positif.',
      amountZero: 'Le montant doit être supérieur à zéro.',
      amountDecimals: 'Au plus deux décimales : les centimes, pas moins.',
      belowMinimum: 'Ce montant est inférieur au minimum de ce moyen de paiement (voir les minimums).',
      aboveMaximum: 'Ce montant dépasse le maximum par retrait.',
      aboveBalance: 'Ce montant dépasse votre solde disponible.',
      nothingAvailable: 'Vous n’avez pas de cashback disponible au retrait.',
      notACardValue: 'Pour une carte cadeau, choisissez la valeur exacte d’une carte en stock.',
    },
  },
  list: {
    title: 'Historique des retraits',
    empty: 'Aucun retrait pour le moment.',
    caption: 'Vos retraits, du plus récent au plus ancien',
    date: 'Demandé le',
    amount: 'Montant',
    destination: 'Vers',
    status: 'Statut',
    timeline: 'Étapes',
    holds: {
      awaiting_confirmation:
        'C’est votre premier retrait : confirmez-le avec le lien envoyé à votre adresse e-mail (valable jusqu’au {date}). Tant qu’il n’est pas confirmé, il n’est pas traité.',
      security_hold:
        'Mesure de sécurité : ce moyen de paiement a été ajouté ou modifié il y a moins de 72 heures. Confirmez ce retrait avec le lien envoyé à votre adresse e-mail (valable jusqu’au {date}).',
      ops_review: 'En cours de vérification par notre équipe : {note}',
    },
    linkExpired:
      'Le lien de confirmation a expiré : annulez ce retrait puis demandez-en un nouveau pour recevoir un nouveau lien.',
    rejectReason: 'Motif du refus : {reason}',
    returnReason: 'Motif du retour : {reason}',
    cancel: 'Annuler ce retrait',
    cancelled: 'Retrait annulé : le montant est de retour dans votre solde disponible.',
  },
  status: {
    requested: 'Demandé',
    on_hold: 'En attente',
    approved: 'Approuvé',
    in_batch: 'En cours de paiement',
    paid: 'Versé',
    returned: 'Retourné',
    rejected: 'Refusé',
    cancelled: 'Annulé',
  },
  methods: {
    title: 'Mes moyens de paiement',
    intro:
      'Vos coordonnées sont chiffrées et n’apparaissent que masquées. Chaque moyen de paiement se confirme par un lien envoyé à votre adresse e-mail avant son premier usage.',
    empty: 'Aucun moyen de paiement enregistré.',
    verified: 'Confirmé',
    pending: 'À confirmer',
    unverified: 'En attente de confirmation : ouvrez le lien envoyé à votre adresse e-mail.',
    linkExpired: 'Le lien de confirmation a expiré : enregistrez à nouveau ce moyen de paiement.',
    recent: 'Ajouté il y a moins de 72 heures : chaque retrait vers lui devra être confirmé par e-mail.',
    archive: 'Supprimer',
    archived: 'Moyen de paiement supprimé.',
    saved:
      'Moyen de paiement enregistré. Ouvrez le lien que nous venons d’envoyer à votre adresse e-mail pour le confirmer.',
    replaces: 'Un nouvel enregistrement remplace votre moyen de paiement actuel de ce type.',
    emailFirst: 'Confirmez d’abord votre adresse e-mail pour pouvoir ajouter un moyen de paiement.',
    add: {
      title: 'Ajouter un moyen de paiement',
      paypal: {
        title: 'PayPal',
        email: 'Adresse e-mail de votre compte PayPal',
        submit: 'Enregistrer ce compte PayPal',
      },
      sepa: {
        title: 'Virement bancaire (SEPA)',
        holderName: 'Titulaire du compte',
        iban: 'IBAN',
        ibanHint: 'Tel qu’il figure sur votre RIB, par exemple FR76 3000 6000 0112 3456 7890 189.',
        bic: 'BIC (facultatif dans l’EEE)',
        bicHint:
          'Nécessaire seulement pour un compte hors de l’Espace économique européen (Suisse, Royaume-Uni…).',
        submit: 'Enregistrer ce compte bancaire',
      },
      charity: {
        title: 'Don à une association',
        charity: 'Association',
        submit: 'Choisir cette association',
        none: 'Aucune association n’est proposée pour le moment.',
      },
      giftCard: {
        title: 'Carte cadeau',
        brand: 'Enseigne',
        submit: 'Choisir cette carte cadeau',
        none: 'Aucune carte cadeau n’est proposée pour le moment.',
        values: '{brand} ({values})',
        outOfStock: '{brand} (épuisée pour le moment)',
      },
    },
    errors: {
      charity: 'Choisissez l’une des associations proposées.',
      giftCardBrand: 'Choisissez l’une des enseignes proposées.',
      notFound: 'Ce moyen de paiement n’existe pas ou a déjà été supprimé.',
      noKey:
        'L’enregistrement des coordonnées de paiement est indisponible pour le moment. Réessayez plus tard.',
    },
  },
  cancel: {
    notAllowed: 'Ce retrait ne peut plus être annulé : notre équipe l’a déjà pris en charge.',
  },
  verify: {
    metaTitle: 'Confirmer un moyen de paiement',
    title: 'Confirmer votre moyen de paiement',
    intro: 'Confirmez ce moyen de paiement pour pouvoir y retirer votre cashback.',
    submit: 'Confirmer ce moyen de paiement',
  },
  confirm: {
    metaTitle: 'Confirmer un retrait',
    title: 'Confirmer votre retrait',
    intro: 'Confirmez ce retrait pour qu’il rejoigne la file de traitement de notre équipe.',
    submit: 'Confirmer mon retrait',
  },
  links: {
    invalid: 'Ce lien n’est pas valable : il a déjà servi, ou a été remplacé par un plus récent.',
    expired: 'Ce lien a expiré.',
  },
  errors: {
    notFound: 'Ce retrait est introuvable.',
    notAllowed: 'Cette étape n’est pas possible dans l’état actuel du retrait.',
    needsConfirmation: 'Ce retrait attend encore la confirmation du membre par e-mail.',
    holdReasonRequired: 'Une mise en attente par l’équipe a besoin d’un motif.',
    reasonRequired: 'Indiquez un motif : il est montré au membre.',
    batchRequired: 'Un lot de paiement est nécessaire pour cette étape.',
    approverRequired: 'Une approbation est faite par un membre de l’équipe.',
    reasonTooLong: 'Le motif fait au plus 500 caractères.',
    selfApproval: 'Personne n’approuve son propre retrait.',
    secondApprover: 'La seconde approbation doit venir d’un autre membre de l’équipe.',
    emailUnverified: 'Confirmez d’abord votre adresse e-mail (lien reçu à l’inscription).',
    rateLimited: 'Trop de moyens de paiement enregistrés en une heure. Réessayez plus tard.',
  },
};
