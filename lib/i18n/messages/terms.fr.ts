// French: the terms of use (conditions générales d’utilisation), /terms.
// The source of truth; terms.en.ts must have exactly the same keys. A demo
// text: Ristourne SAS and the consumer mediator named here are fictitious.
// Each article is an object under its own key; app/terms/page.tsx lists the
// articles and the order of their paragraphs, lists and links.

export const termsFr = {
  metaTitle: 'Conditions générales d’utilisation',
  metaDescription:
    'Les règles du service Ristourne\u00a0: inscription, fonctionnement du cashback, statuts et délais de validation, réclamations, retraits, fraude, résiliation et règlement des litiges.',
  title: 'Conditions générales d’utilisation',
  updatedOn: '1er janvier 2026',
  intro:
    'Ces conditions fixent les règles entre Ristourne et ses membres. Nous les avons voulues claires\u00a0: si un point vous semble obscur, écrivez-nous avant de vous inscrire.',
  demoNotice:
    'Texte de démonstration\u00a0: Ristourne SAS, ses coordonnées et le médiateur cité plus bas sont fictifs. Ce document n’engage aucune société réelle.',
  tocLabel: 'Sommaire',
  articleTitle: '{number}. {title}',
  purpose: {
    title: 'Objet et acceptation',
    service:
      'Ristourne est un service gratuit de cashback édité par Ristourne SAS («\u00a0Ristourne\u00a0», «\u00a0nous\u00a0»), dont les coordonnées figurent dans les mentions légales. Lorsque vous achetez chez un marchand partenaire après avoir cliqué sur un lien Ristourne, ce marchand nous verse une commission, dont nous vous reversons la plus grande partie sous forme de cashback.',
    scope:
      'Les présentes conditions générales d’utilisation (les «\u00a0conditions\u00a0») s’appliquent à tout membre. Pour les achats faits chez un marchand, elles sont complétées par les conditions propres à ce marchand (taux, exclusions, délais), affichées sur la fiche de sa boutique.',
    acceptance:
      'Vous acceptez ces conditions en cochant la case prévue lors de la création de votre compte\u00a0; nous conservons la date de votre acceptation et la version acceptée. Elles restent consultables à tout moment sur cette page, et vous pouvez les enregistrer ou les imprimer.',
    free: 'L’inscription et l’utilisation du service sont gratuites. Vous payez au marchand le même prix qu’en vous rendant directement sur son site\u00a0: le cashback provient de la commission qu’il nous verse.',
    legalLink: 'Voir les mentions légales',
  },
  definitions: {
    title: 'Définitions',
    member: {
      term: 'Membre',
      meaning: 'Toute personne titulaire d’un compte Ristourne.',
    },
    merchant: {
      term: 'Marchand',
      meaning:
        'Un site marchand partenaire présenté sur Ristourne, qui vend ses produits ou services en son nom et sous sa seule responsabilité.',
    },
    network: {
      term: 'Plateforme d’affiliation',
      meaning:
        'L’intermédiaire (par exemple Awin, CJ ou Rakuten) qui suit les ventes pour le compte du marchand et nous verse sa commission.',
    },
    cashback: {
      term: 'Cashback',
      meaning: 'La part de la commission du marchand que Ristourne reverse au membre pour un achat suivi.',
    },
    balance: {
      term: 'Solde disponible',
      meaning:
        'Le cashback validé et pas encore retiré, que vous pouvez retirer, donner à une association ou convertir en carte cadeau.',
    },
  },
  membership: {
    title: 'Inscription et compte',
    eligibility:
      'Le service est réservé aux personnes physiques majeures (18\u00a0ans révolus) et juridiquement capables, qui achètent pour leurs besoins personnels. Les achats faits pour le compte d’une entreprise ou en vue de la revente n’ouvrent pas droit au cashback.',
    oneAccount:
      'Chaque personne ne peut détenir qu’un seul compte. Au sein d’un même foyer, chaque adulte peut avoir son propre compte, à condition qu’il soit réellement le sien (sa propre adresse e-mail, ses propres coordonnées de paiement)\u00a0; un même achat ne donne droit au cashback que sur un seul compte.',
    accuracy:
      'Vous vous engagez à fournir des informations exactes et à les tenir à jour. Votre adresse e-mail doit être confirmée\u00a0: c’est par elle que nous vous informons de la vie de votre compte et que vous confirmez vos retraits.',
    security:
      'Vos identifiants sont strictement personnels. Gardez votre mot de passe confidentiel, ne réutilisez pas celui d’un autre site et déconnectez-vous des appareils partagés. Ristourne ne vous demandera jamais votre mot de passe, ni par e-mail ni par téléphone.',
    compromise:
      'Si vous pensez qu’un tiers utilise votre compte, changez votre mot de passe, fermez les sessions inconnues depuis l’espace «\u00a0Sécurité\u00a0» de votre compte et prévenez-nous sans attendre\u00a0: nous pouvons bloquer les retraits le temps de vérifier.',
  },
  cashback: {
    title: 'Fonctionnement du cashback',
    click:
      'Pour obtenir du cashback, connectez-vous, cliquez sur «\u00a0Activer le cashback\u00a0» depuis la fiche de la boutique, puis finalisez votre achat chez le marchand dans la foulée, dans le même navigateur. Ce clic crée un identifiant aléatoire que le marchand et sa plateforme d’affiliation nous renvoient avec la vente\u00a0: c’est ainsi que nous savons qu’elle vous revient.',
    trackingIntro:
      'Le suivi repose sur les cookies du marchand et de sa plateforme d’affiliation. Il peut échouer, notamment si\u00a0:',
    tracking: {
      adblock: 'un bloqueur de publicité ou une extension anti-pistage bloque le lien de suivi\u00a0;',
      cookies:
        'vous refusez les cookies du marchand, ou changez de navigateur ou d’appareil entre le clic et l’achat\u00a0;',
      otherLink:
        'vous passez ensuite par le lien d’un autre site (comparateur, autre site de cashback, site de codes promo)\u00a0: le marchand attribue en général la vente au dernier lien cliqué\u00a0;',
      coupon: 'vous utilisez un code promo qui n’est pas proposé sur Ristourne.',
    },
    trackingClaim:
      'Si un achat n’est pas suivi malgré tout, vous pouvez déposer une réclamation (voir «\u00a0Réclamations pour cashback manquant\u00a0»).',
    conditions:
      'Chaque marchand fixe ses propres conditions\u00a0: produits ou catégories exclus (par exemple les cartes cadeaux ou les frais de livraison), codes promo autorisés, offres réservées aux nouveaux clients, délai de validation. Elles sont affichées sur la fiche de la boutique\u00a0: lisez-les avant d’acheter. Un achat qui ne les respecte pas n’ouvre pas droit au cashback.',
    rate: 'Le taux applicable est celui affiché sur la fiche de la boutique au moment de votre clic, boost éventuel compris. Nous l’enregistrons avec le clic\u00a0: une baisse ultérieure ne s’applique pas à votre achat. Les taux peuvent évoluer à tout moment pour les clics suivants.',
    base: 'Un cashback en pourcentage est calculé sur le montant retenu par le marchand pour sa commission, en général hors taxes, hors frais de livraison et après déduction des remises et bons d’achat. Si le marchand modifie ce montant (retour partiel, geste commercial), le cashback est ajusté dans la même proportion\u00a0: le montant affiché à l’enregistrement de l’achat reste indicatif jusqu’à sa validation.',
  },
  statuses: {
    title: 'Statuts et délais',
    intro:
      'Chaque achat suivi apparaît dans votre compte avec son historique. Il passe par les statuts suivants\u00a0:',
    pending: {
      term: 'En attente',
      meaning:
        'Le marchand a signalé votre achat (étapes «\u00a0Enregistré\u00a0», «\u00a0En attente\u00a0» puis «\u00a0Confirmé\u00a0» dans votre compte). Le montant n’est pas encore retirable\u00a0: le marchand doit s’assurer que la commande n’est ni annulée ni retournée, puis verser sa commission.',
    },
    validated: {
      term: 'Validé',
      meaning:
        'Le marchand a définitivement accepté la vente et sa commission nous a été versée\u00a0: le cashback rejoint votre solde disponible («\u00a0Disponible\u00a0» dans votre compte).',
    },
    declined: {
      term: 'Annulé',
      meaning:
        'Le marchand ou sa plateforme d’affiliation a refusé la vente\u00a0; le motif est indiqué dans votre compte.',
    },
    paid: {
      term: 'Versé',
      meaning: 'Vous avez retiré ce cashback, l’avez donné à une association ou converti en carte cadeau.',
    },
    delays:
      'La validation dépend du marchand et de sa plateforme d’affiliation, non de Ristourne\u00a0: comptez en général de 30 à 90\u00a0jours après l’achat. Pour les voyages, hôtels et locations, elle n’intervient qu’après la fin du séjour. Le délai moyen de chaque boutique est indiqué sur sa fiche, à titre indicatif\u00a0; nous relançons la plateforme lorsqu’un délai devient anormal.',
    declinedIntro: 'Un cashback peut être annulé, en tout ou en partie, notamment en cas de\u00a0:',
    declinedReasons: {
      returned: 'retour ou échange des produits, ou exercice de votre droit de rétractation\u00a0;',
      cancelled: 'annulation ou non-paiement de la commande\u00a0;',
      conditions:
        'achat ne respectant pas les conditions du marchand (produit exclu, code promo non autorisé, offre réservée aux nouveaux clients alors que vous étiez déjà client)\u00a0;',
      fraud: 'fraude ou abus (voir «\u00a0Fraude et abus\u00a0»).',
    },
    contest:
      'Si une annulation vous paraît injustifiée, écrivez-nous\u00a0: nous demandons des explications à la plateforme d’affiliation et vous transmettons sa réponse.',
    acquired:
      'Un cashback validé vous est acquis\u00a0: nous ne le reprenons pas si le marchand ou sa plateforme revient ensuite sur sa décision, sauf en cas de fraude ou d’erreur matérielle manifeste (par exemple un montant sans rapport avec votre commande), dont nous vous informons.',
  },
  claims: {
    title: 'Réclamations pour cashback manquant',
    when: 'Un achat apparaît en général dans votre compte sous 48\u00a0heures, parfois jusqu’à 7\u00a0jours. S’il n’apparaît toujours pas, ou si le montant enregistré est erroné, déposez une réclamation depuis votre compte, au plus tard 90\u00a0jours après la date de l’achat.',
    proofIntro:
      'La réclamation doit porter sur un achat fait juste après un clic depuis votre compte Ristourne, et indiquer\u00a0:',
    proof: {
      order: 'le numéro et la date de la commande\u00a0;',
      amount: 'le montant payé\u00a0;',
      document:
        'un justificatif\u00a0: l’e-mail de confirmation ou la facture du marchand (vous pouvez masquer ce qui ne concerne pas la commande).',
    },
    process:
      'Nous vérifions votre clic, puis transmettons la réclamation au marchand ou à sa plateforme d’affiliation\u00a0; nous pouvons vous demander un complément d’information. Vous suivez son avancement dans votre compte. La décision appartient au marchand et peut prendre plusieurs semaines, voire quelques mois.',
    outcome:
      'Une réclamation acceptée crée un cashback en attente, qui suit ensuite le parcours habituel. Si elle est refusée, nous vous indiquons le motif communiqué par le marchand.',
  },
  withdrawals: {
    title: 'Retraits, dons et cartes cadeaux',
    intro: 'Seul le solde disponible peut être utilisé. Depuis votre compte, vous pouvez\u00a0:',
    methods: {
      transfer: 'le recevoir par virement SEPA sur votre compte bancaire, dès 10\u00a0€\u00a0;',
      paypal: 'le recevoir sur votre compte PayPal, dès 10\u00a0€\u00a0;',
      donation: 'en faire don à l’une de nos associations partenaires, dès 1\u00a0€\u00a0;',
      giftCard:
        'le convertir en carte cadeau, lorsque cette option est proposée, aux valeurs et conditions affichées dans votre compte.',
    },
    fees: 'Ristourne ne prélève aucun frais sur les retraits, les dons ou les cartes cadeaux. Seuls peuvent s’appliquer les éventuels frais de votre banque ou de PayPal, selon votre propre contrat avec eux.',
    securityIntro: 'Pour protéger votre argent\u00a0:',
    security: {
      verifiedEmail: 'votre adresse e-mail doit être confirmée avant tout retrait\u00a0;',
      confirmation:
        'chaque demande doit être confirmée en cliquant sur le lien que nous vous envoyons par e-mail\u00a0; sans cette confirmation, elle n’est pas traitée\u00a0;',
      hold: 'après l’ajout ou la modification de votre IBAN ou de votre adresse PayPal, aucun retrait n’est payé vers ces coordonnées pendant 72\u00a0heures, et nous vous prévenons par e-mail\u00a0: si vous n’êtes pas à l’origine du changement, vous avez le temps de réagir\u00a0;',
      ownAccount: 'le compte bancaire ou PayPal doit être à votre nom\u00a0;',
      review:
        'chaque demande est vérifiée par notre équipe avant paiement. En cas de doute sérieux, nous pouvons vous demander un justificatif d’identité, que nous ne conservons que le temps de la vérification.',
    },
    timing:
      'Une fois la demande approuvée, le virement ou le paiement PayPal part en général sous quelques jours ouvrés. Vous pouvez annuler une demande tant qu’elle n’a pas été approuvée. Si le paiement nous est retourné (IBAN erroné, compte clôturé), le montant est recrédité sur votre solde disponible et nous vous invitons à corriger vos coordonnées.',
    donationsAndCards:
      'Les dons sont reversés par Ristourne à l’association choisie et ne peuvent plus être annulés une fois confirmés\u00a0; sauf mention contraire sur la fiche de l’association, ils n’ouvrent pas droit à un reçu fiscal à votre nom. Les cartes cadeaux sont émises par leur enseigne, qui en fixe la durée de validité et les conditions d’utilisation\u00a0; une fois émises, elles ne sont ni reprises ni échangées.',
  },
  dormant: {
    title: 'Comptes inactifs',
    definition:
      'Un compte est inactif lorsque, pendant 24\u00a0mois consécutifs, son titulaire ne s’y est pas connecté, n’a fait aucun clic vers un marchand et n’a demandé aucun retrait.',
    notice:
      'Avant toute mesure, nous vous prévenons par e-mail au moins 60\u00a0jours à l’avance, puis à nouveau 30\u00a0jours avant. Il suffit de vous connecter pour que le compte redevienne actif.',
    effect:
      'Sans réaction de votre part, le compte est désactivé\u00a0: il ne permet plus d’enregistrer de nouveaux achats. Aucun frais n’est jamais prélevé pour inactivité et votre argent ne vous est pas retiré\u00a0: le cashback disponible, comme le cashback en attente une fois validé, vous est versé sur simple demande écrite, pendant le délai de prescription légal de 5\u00a0ans.',
  },
  referral: {
    title: 'Parrainage',
    body: 'Ristourne pourra proposer un programme de parrainage. Ses conditions (montant des primes, conditions d’obtention, durée de l’offre) seront précisées sur la page du programme lors de son lancement et compléteront les présentes conditions.',
    fairUse:
      'Un filleul doit être une personne réelle, distincte de vous, qui s’inscrit pour son propre usage\u00a0: se parrainer soi-même ou parrainer des comptes fictifs est une fraude.',
  },
  fraud: {
    title: 'Fraude et abus',
    intro: 'Sont notamment interdits\u00a0:',
    list: {
      multipleAccounts: 'ouvrir ou utiliser plusieurs comptes, ou le compte d’une autre personne\u00a0;',
      selfReferral: 'se parrainer soi-même, directement ou au moyen d’un autre compte\u00a0;',
      fakeOrders:
        'passer des commandes fictives, ou destinées à être annulées ou retournées, pour générer du cashback\u00a0;',
      automation:
        'générer des clics de manière automatisée ou manipuler le suivi (scripts, modification des liens ou des cookies)\u00a0;',
      falseClaims: 'déposer une réclamation appuyée sur un justificatif faux ou modifié\u00a0;',
      links:
        'diffuser vos liens Ristourne (publicité, sites de codes promo, réseaux sociaux) pour percevoir du cashback sur les achats d’autres personnes\u00a0;',
      payment: 'utiliser des moyens de paiement ou des coordonnées bancaires qui ne sont pas les vôtres.',
    },
    procedure:
      'En cas de soupçon sérieux, nous pouvons suspendre à titre conservatoire les retraits du compte concerné, le temps de l’examen. Nous vous informons par e-mail des faits reprochés et vous disposez de 15\u00a0jours pour nous répondre et présenter vos explications.',
    sanctions:
      'Si la fraude ou l’abus est établi, le cashback qui en résulte est annulé, même s’il était disponible, et le compte peut être fermé\u00a0; nous vous en informons par e-mail, motifs à l’appui. Le cashback légitimement acquis et sans lien avec les faits reprochés vous reste dû. Ristourne peut signaler les faits aux autorités compétentes et demander réparation de son préjudice.',
  },
  liability: {
    title: 'Responsabilité',
    notSeller:
      'Ristourne n’est pas le vendeur. Le contrat de vente est conclu entre vous et le marchand, seul responsable de ses produits, de ses prix, de la livraison, du service après-vente et des garanties légales (conformité, vices cachés). Pour toute question sur une commande, adressez-vous au marchand.',
    tracking:
      'Le suivi des achats dépend du marchand, de sa plateforme d’affiliation et de votre navigateur\u00a0: Ristourne ne peut donc pas garantir qu’un achat sera suivi ni validé. Nous nous engageons en revanche à transmettre vos réclamations et à vous reverser, selon ces conditions, le cashback de tout achat validé.',
    offers:
      'Les offres, taux et codes promo proviennent des marchands. Nous les publions avec soin\u00a0; une erreur manifeste (par exemple un taux sans rapport avec l’offre réelle du marchand) est corrigée dès que nous en avons connaissance et ne peut pas nous être opposée.',
    availability:
      'Nous faisons notre possible pour que le site reste accessible, mais il peut être interrompu pour maintenance ou en cas d’incident. Une interruption ne remet pas en cause le cashback déjà suivi.',
    consumerRights:
      'Ristourne répond des dommages directs causés par un manquement à ses propres obligations. Rien dans ces conditions ne limite les droits que vous tenez du Code de la consommation, ni notre responsabilité lorsque la loi interdit de la limiter.',
  },
  personalData: {
    title: 'Données personnelles',
    body: 'Ristourne traite vos données personnelles pour faire fonctionner votre compte, suivre vos achats, vous verser votre cashback et prévenir la fraude, conformément au RGPD. Les marchands et les plateformes d’affiliation ne reçoivent qu’un identifiant de clic aléatoire, jamais votre nom ni votre adresse e-mail. Les données traitées, leur durée de conservation et vos droits sont détaillés dans notre politique de confidentialité.',
    privacyLink: 'Lire la politique de confidentialité',
  },
  changes: {
    title: 'Modification des conditions',
    notice:
      'Nous pouvons faire évoluer ces conditions, par exemple pour une nouvelle fonctionnalité ou une évolution de la loi. Toute modification vous est notifiée par e-mail au moins 30\u00a0jours avant son entrée en vigueur, avec un résumé des changements\u00a0; la date de la dernière mise à jour figure en haut de cette page.',
    refusal:
      'Si vous n’acceptez pas les nouvelles conditions, vous pouvez fermer votre compte sans frais avant leur entrée en vigueur (voir «\u00a0Résiliation\u00a0»). Si vous continuez à utiliser le service après cette date, elles s’appliquent à vous.',
    limits:
      'Une modification imposée par la loi ou par une autorité peut s’appliquer plus tôt si elle l’exige. Les nouvelles conditions ne sont jamais rétroactives\u00a0: un achat déjà suivi garde le taux et les règles en vigueur au moment du clic. Le changement d’un taux sur la fiche d’une boutique n’est pas une modification des conditions.',
  },
  termination: {
    title: 'Résiliation',
    member:
      'Vous pouvez supprimer votre compte à tout moment, sans frais ni justification, depuis l’espace «\u00a0Mes données\u00a0» de votre compte. La suppression est immédiate et définitive.',
    accountLink: 'Aller à «\u00a0Mes données\u00a0»',
    balance:
      'Avant de supprimer votre compte, retirez votre solde disponible s’il atteint le minimum de retrait, ou faites-en don dès 1\u00a0€. Le cashback qui n’est pas retiré au moment de la suppression, disponible ou en attente, ne peut plus vous être versé\u00a0: nous n’avons alors plus aucun moyen de vous identifier ni de vous payer. La page de suppression vous le rappelle avant toute confirmation.',
    pending:
      'Si du cashback est encore en attente, vous pouvez plutôt nous demander par écrit de fermer votre compte\u00a0: nous le fermons une fois ce cashback validé ou annulé, après vous avoir versé votre solde disponible, même inférieur au minimum de retrait.',
    byUs: 'En dehors du cas des comptes inactifs, Ristourne ne peut fermer un compte qu’en cas de manquement grave à ces conditions, après vous en avoir informé et vous avoir permis de présenter vos explications, comme prévu à l’article «\u00a0Fraude et abus\u00a0». Si Ristourne cesse son activité, nous vous prévenons par e-mail au moins 60\u00a0jours à l’avance et vous versons tout le cashback validé d’ici là, sans minimum de retrait.',
  },
  disputes: {
    title: 'Droit applicable et litiges',
    law: 'Ces conditions sont soumises au droit français. Si vous résidez dans un autre pays de l’Union européenne, vous gardez la protection des dispositions impératives de la loi de votre pays de résidence.',
    complaint:
      'En cas de désaccord, adressez d’abord une réclamation écrite à notre service membres (voir «\u00a0Contact\u00a0»)\u00a0: nous vous répondons sous 30\u00a0jours au plus.',
    mediation:
      'Si notre réponse ne vous satisfait pas, ou en l’absence de réponse dans ce délai, vous pouvez saisir gratuitement le médiateur de la consommation dont nous relevons, au plus tard un an après votre réclamation écrite\u00a0: Médiateur Exemple de la consommation (organisme fictif), 1 rue de la Médiation, 75009 Paris, mediateur.example. Le recours à la médiation est facultatif.',
    courts:
      'À défaut d’accord amiable, le litige relève des juridictions françaises compétentes. En tant que consommateur, vous pouvez saisir à votre choix l’une des juridictions territorialement compétentes selon le Code de procédure civile, ou celle du lieu où vous demeuriez au moment de la conclusion du contrat ou de la survenance du fait dommageable (article R631-3 du Code de la consommation).',
  },
  contact: {
    title: 'Contact',
    intro: 'Pour toute question sur ces conditions ou sur votre cashback, vous pouvez nous écrire.',
    email: 'Par e-mail\u00a0:',
    post: 'Par courrier\u00a0: Ristourne SAS, Service membres, 12 rue de la Ristourne, 75011 Paris, France.',
    claims:
      'Pour un achat manquant, passez de préférence par le formulaire de réclamation de votre compte\u00a0: il nous transmet directement les informations utiles.',
  },
};
