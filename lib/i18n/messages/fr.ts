// French: the default locale and the source of truth for every message key.
// A `{ one, other }` object (with `zero` optional) is a plural chosen by `count`.

import { accountSpaceFr } from './account-space.fr';
import { adminFr } from './admin.fr';
import { calculatorFr } from './calculator.fr';
import { clickOutFr } from './click-out.fr';
import { ledgerFr } from './ledger.fr';
import { payoutOptionsFr } from './payout-options.fr';
import { payoutsFr } from './payouts.fr';
import { payoutsAdminFr } from './payouts-admin.fr';
import { sandboxFr } from './sandbox.fr';
import { termsFr } from './terms.fr';
import { withdrawalsFr } from './withdrawals.fr';

export const fr = {
  meta: {
    siteName: 'Ristourne',
    title: 'Ristourne · Du cashback sur vos achats en ligne',
    description:
      'Ristourne vous reverse une partie de chaque achat fait chez des centaines de marchands partenaires. Gratuit, sans engagement, retrait par virement ou PayPal.',
  },
  common: {
    skipToContent: 'Aller au contenu',
    home: 'Accueil',
    backHome: 'Retour à l’accueil',
    browseStores: 'Parcourir les boutiques',
    learnMore: 'En savoir plus',
    loading: 'Chargement…',
    close: 'Fermer',
    seeAll: 'Tout voir',
    new: 'Nouveau',
    free: 'Gratuit',
    lastUpdated: 'Dernière mise à jour : {date}',
  },
  nav: {
    label: 'Navigation principale',
    homeLink: 'Ristourne, accueil',
    stores: 'Boutiques',
    categories: 'Catégories',
    howItWorks: 'Comment ça marche',
  },
  search: {
    label: 'Rechercher une boutique',
    placeholder: 'Rechercher une boutique…',
    submit: 'Rechercher',
  },
  language: {
    label: 'Langue',
    fr: 'Français',
    en: 'English',
    current: '{language} (langue actuelle)',
  },
  footer: {
    label: 'Pied de page',
    tagline:
      'Le cashback simple et transparent : les marchands nous rémunèrent, nous vous reversons l’essentiel.',
    explore: 'Explorer',
    about: 'Ristourne',
    legal: 'Mentions légales',
    terms: 'Conditions d’utilisation',
    privacy: 'Confidentialité',
    language: 'Langue',
    disclosure:
      'Ristourne perçoit une commission des marchands partenaires lorsque vous achetez via nos liens ; la majeure partie vous est reversée en cashback.',
    copyright: '© {year} Ristourne SAS. Tous droits réservés.',
  },
  notFound: {
    metaTitle: 'Page introuvable',
    code: 'Erreur 404',
    title: 'Cette page s’est fait la malle',
    body: 'La page que vous cherchez n’existe pas ou a été déplacée. Le cashback, lui, est toujours là.',
    home: 'Retour à l’accueil',
    stores: 'Voir les boutiques',
  },
  howItWorks: {
    metaTitle: 'Comment ça marche',
    metaDescription:
      'Cliquez, achetez, recevez : comment Ristourne vous reverse du cashback, les délais de validation, les retraits et les réclamations.',
    eyebrow: 'Le cashback, simplement',
    title: 'Comment ça marche',
    intro:
      'Les marchands rémunèrent Ristourne quand nous leur envoyons un client. Nous vous reversons la plus grande partie de cette commission : c’est votre cashback.',
    stepsTitle: 'Trois étapes, rien de plus',
    stepLabel: 'Étape {number}',
    steps: {
      click: {
        title: 'Cliquez via Ristourne',
        body: 'Choisissez une boutique et cliquez sur « Activer le cashback ». Nous vous redirigeons vers le marchand avec un lien de suivi.',
      },
      shop: {
        title: 'Achetez comme d’habitude',
        body: 'Faites vos achats normalement, dans le même onglet. Le prix est exactement le même : le cashback vient de notre commission.',
      },
      earn: {
        title: 'Recevez votre cashback',
        body: 'Votre achat apparaît dans votre compte, puis il est validé. Retirez vos gains par PayPal ou virement, ou faites-en don à une association.',
      },
    },
    statusesTitle: 'Le parcours de votre cashback',
    statusesIntro: 'Chaque achat passe par ces étapes, visibles à tout moment dans votre compte.',
    statuses: {
      tracked: { title: 'Enregistré', body: 'Le marchand a signalé votre achat.' },
      pending: {
        title: 'En attente',
        body: 'Le marchand attend la fin du délai de rétractation ou de retour.',
      },
      confirmed: { title: 'Confirmé', body: 'Le marchand a validé la commande.' },
      payable: {
        title: 'Disponible',
        body: 'Le marchand a payé : le montant rejoint votre solde retirable.',
      },
      paid: { title: 'Versé', body: 'Vous avez retiré ou donné ce cashback.' },
    },
    faqTitle: 'Questions fréquentes',
    faq: {
      what: {
        question: 'Comment fonctionne le cashback ?',
        answer:
          'Les marchands versent une commission aux sites qui leur apportent des clients. Quand vous passez par Ristourne avant d’acheter, cette commission nous revient et nous vous en reversons la plus grande partie. Le taux affiché sur la fiche de la boutique au moment du clic est celui qui s’applique à votre achat.',
      },
      tracking: {
        question: 'Pourquoi mon achat n’a-t-il pas été enregistré ?',
        answer:
          'Le suivi repose sur le lien sur lequel vous avez cliqué. Il peut échouer dans quelques cas :',
        adblock: 'un bloqueur de publicité ou une extension anti-pistage a bloqué le lien de suivi ;',
        cookies:
          'les cookies ont été refusés sur le site du marchand, ou vous avez changé de navigateur ou d’appareil entre le clic et l’achat ;',
        coupons:
          'vous avez utilisé un code promo qui ne figure pas sur Ristourne : le marchand peut alors attribuer la vente à un autre site ;',
        tip: 'Pour mettre toutes les chances de votre côté, désactivez votre bloqueur, acceptez les cookies du marchand et finalisez l’achat juste après le clic. Si un achat manque malgré tout, déposez une réclamation.',
      },
      delays: {
        question: 'Combien de temps faut-il pour recevoir mon cashback ?',
        answer:
          'Un achat passe par les étapes enregistré, en attente, confirmé, disponible puis versé. Le marchand doit d’abord s’assurer que la commande n’est ni annulée ni retournée : comptez en général de 30 à 90 jours selon le marchand.',
        travel:
          'Pour les voyages, hôtels et locations, la validation n’intervient qu’après la fin du séjour. Le délai moyen de chaque boutique est indiqué sur sa fiche.',
      },
      withdrawals: {
        question: 'Comment retirer mon cashback ?',
        answer:
          'Dès que votre solde disponible atteint 10\u00a0€, vous pouvez demander un virement bancaire SEPA ou un paiement PayPal depuis votre compte. Vous pouvez aussi en faire don à une association partenaire, dès 1\u00a0€.',
        note: 'Chaque demande est vérifiée avant paiement ; le virement arrive ensuite en quelques jours ouvrés.',
      },
      claims: {
        question: 'Un achat n’apparaît pas : que faire ?',
        answer:
          'Déposez une réclamation depuis votre compte dans les 90 jours suivant l’achat, en indiquant le numéro de commande et le montant. Nous la transmettons au marchand et vous suivez son avancement dans votre compte.',
      },
      fees: {
        question: 'Le service est-il payant ?',
        answer:
          'Non. L’inscription, le cashback et les retraits sont gratuits. Ristourne se rémunère en conservant une petite partie de la commission versée par le marchand ; vous payez le même prix qu’en allant directement sur son site.',
      },
    },
    ctaTitle: 'Prêt à récupérer une partie de vos achats ?',
    ctaBody: 'Trouvez votre boutique et activez le cashback avant votre prochain achat.',
    ctaButton: 'Parcourir les boutiques',
  },
  legal: {
    metaTitle: 'Mentions légales',
    metaDescription: 'Éditeur, directeur de la publication et hébergeur du site Ristourne.',
    title: 'Mentions légales',
    updatedOn: '1er janvier 2026',
    publisherTitle: 'Éditeur du site',
    publisherIntro: 'Le site Ristourne est édité par :',
    fields: {
      name: 'Dénomination',
      form: 'Forme',
      capital: 'Capital social',
      registration: 'Immatriculation',
      vat: 'TVA intracommunautaire',
      address: 'Siège social',
      email: 'E-mail',
      phone: 'Téléphone',
    },
    publisher: {
      name: 'Ristourne SAS',
      form: 'Société par actions simplifiée',
      capital: '10\u00a0000\u00a0€',
      registration: 'RCS Paris 000 000 000 (numéro fictif)',
      vat: 'FR00 000000000 (numéro fictif)',
      address: '12 rue de la Ristourne, 75011 Paris, France',
      email: 'contact@ristourne.example',
      phone: '+33 1 00 00 00 00',
    },
    directorTitle: 'Directeur de la publication',
    directorBody: 'Camille Martin, présidente de Ristourne SAS.',
    hostTitle: 'Hébergeur',
    hostBody:
      'Exemple Hébergement SAS, 1 avenue du Nuage, 69000 Lyon, France. Téléphone : +33 4 00 00 00 00.',
    affiliationTitle: 'Liens affiliés',
    affiliationBody:
      'Ristourne est rémunérée par les marchands partenaires, directement ou via des plateformes d’affiliation, lorsque vous achetez après avoir cliqué sur nos liens. La majeure partie de cette rémunération vous est reversée sous forme de cashback. Les taux affichés sont indicatifs et peuvent évoluer ; le taux qui s’applique est celui affiché au moment de votre clic.',
    ipTitle: 'Propriété intellectuelle',
    ipBody:
      'Les contenus du site (textes, logo, charte graphique) appartiennent à Ristourne SAS. Les marques et logos des marchands appartiennent à leurs titulaires respectifs et ne sont utilisés que pour identifier leurs offres.',
    contactTitle: 'Nous contacter',
    contactBody: 'Pour toute question sur le site, écrivez-nous à',
  },
  privacy: {
    metaTitle: 'Confidentialité',
    metaDescription:
      'Quelles données Ristourne traite, pourquoi, combien de temps, et comment exercer vos droits.',
    title: 'Politique de confidentialité',
    updatedOn: '1er janvier 2026',
    intro:
      'Ristourne SAS, 12 rue de la Ristourne, 75011 Paris, est responsable des traitements décrits ici. Nous ne collectons que ce qui est nécessaire pour suivre vos achats et vous verser votre cashback, et nous ne vendons pas vos données.',
    dataTitle: 'Les données que nous traitons',
    data: {
      account: 'Votre compte : adresse e-mail, nom, mot de passe (chiffré), langue préférée.',
      activity:
        'Votre activité cashback : clics vers les marchands (date, boutique, offre), achats signalés par les marchands (montant, statut), réclamations.',
      payout:
        'Vos informations de paiement lorsque vous retirez : IBAN ou adresse PayPal, et l’historique de vos retraits et dons.',
      technical:
        'Des données techniques : adresse IP et journaux de connexion, pour la sécurité et la lutte contre la fraude.',
    },
    purposesTitle: 'Pourquoi nous les utilisons',
    purposes: {
      service:
        'Suivre vos achats, calculer et verser votre cashback (exécution du contrat qui nous lie quand vous créez un compte).',
      fraud: 'Prévenir la fraude et sécuriser le service (intérêt légitime).',
      legal: 'Tenir notre comptabilité et répondre à nos obligations légales (obligation légale).',
      networks:
        'Les marchands et plateformes d’affiliation ne reçoivent qu’un identifiant de clic aléatoire, jamais votre nom ni votre e-mail.',
    },
    retentionTitle: 'Combien de temps nous les gardons',
    retention: {
      account:
        'Données du compte : tant que votre compte est actif, puis 3 ans après votre dernière activité.',
      accounting: 'Pièces comptables (cashback versés, retraits) : 10 ans, comme l’exige la loi.',
      logs: 'Journaux techniques : 12 mois.',
    },
    rightsTitle: 'Vos droits',
    rightsIntro: 'Conformément au RGPD, vous pouvez à tout moment :',
    rights: {
      access: 'accéder à vos données et en obtenir une copie ;',
      rectification: 'faire rectifier des données inexactes ;',
      erasure: 'demander l’effacement de vos données (sous réserve de nos obligations comptables) ;',
      portability: 'recevoir vos données dans un format structuré et lisible par machine ;',
      objection: 'vous opposer à un traitement ou en demander la limitation.',
    },
    rightsComplaint:
      'Vous pouvez aussi adresser une réclamation à la CNIL (cnil.fr) si vous estimez que vos droits ne sont pas respectés.',
    contactTitle: 'Nous contacter',
    contactBody:
      'Pour exercer vos droits ou poser une question, écrivez à notre délégué à la protection des données :',
    contactEmail: 'dpo@ristourne.example',
    cookiesTitle: 'Cookies',
    cookiesIntro:
      'Ristourne n’utilise ni cookie publicitaire ni cookie de mesure d’audience. Nous déposons uniquement des cookies fonctionnels, exemptés de consentement :',
    cookies: {
      locale: '« locale » : mémorise la langue choisie (français ou anglais), pendant 1 an.',
      session:
        'cookie de session : vous garde connecté à votre compte, et disparaît à la déconnexion ou à son expiration.',
    },
    cookiesMerchants:
      'Lorsque vous cliquez vers un marchand, celui-ci et sa plateforme d’affiliation déposent leurs propres cookies de suivi, indispensables pour vous attribuer le cashback ; ils relèvent de leur propre politique.',
  },
  catalog: {
    breadcrumbs: 'Fil d’Ariane',
    storeList: {
      title: 'Toutes les boutiques',
      metaTitle: 'Boutiques',
      metaDescription: 'Toutes les boutiques partenaires de Ristourne et leurs taux de cashback.',
      description: 'Activez le cashback avant vos achats chez nos marchands partenaires.',
    },
    storeCount: { zero: 'Aucune boutique', one: '{count} boutique', other: '{count} boutiques' },
    offerCount: { zero: 'Aucune offre', one: '{count} offre', other: '{count} offres' },
    couponCount: { zero: 'Aucun code promo', one: '{count} code promo', other: '{count} codes promo' },
    filters: {
      title: 'Filtres',
      category: 'Filtrer par catégorie',
      allCategories: 'Toutes les catégories',
      apply: 'Appliquer',
      reset: 'Réinitialiser les filtres',
    },
    sort: {
      label: 'Trier par',
      popular: 'Popularité',
      rate: 'Meilleur cashback',
      newest: 'Nouveautés',
      az: 'Ordre alphabétique (A-Z)',
      relevance: 'Pertinence',
    },
    search: {
      label: 'Rechercher une boutique',
      placeholder: 'Nom de la boutique, ex. Maison Lavande',
      submit: 'Rechercher',
      resultsFor: 'Résultats pour « {query} »',
      noResults: 'Aucune boutique ne correspond à « {query} ».',
      noResultsHint: 'Vérifiez l’orthographe ou parcourez les catégories.',
      empty: 'Aucune boutique pour le moment.',
      clear: 'Effacer la recherche',
      matchingCategories: 'Catégories correspondantes :',
    },
    pagination: {
      label: 'Pagination',
      previous: 'Précédente',
      next: 'Suivante',
      previousLabel: 'Page précédente',
      nextLabel: 'Page suivante',
      pageOf: 'Page {page} sur {total}',
      goTo: 'Aller à la page {page}',
    },
    rate: {
      cashback: 'Cashback',
      upTo: 'jusqu’à {value}',
      instead: 'au lieu de {value}',
      insteadLabel: 'Taux habituel',
      scopes: {
        all: 'sur tous les achats',
        newCustomers: 'pour les nouveaux clients',
        existingCustomers: 'pour les clients existants',
        category: 'sur la catégorie « {category} »',
      },
      minBasket: 'dès {amount} d’achat',
      validUntil: 'valable jusqu’au {date}',
    },
    boost: {
      badge: 'Boost',
      title: 'Boosts et temps forts',
      active: 'En cours',
      next: 'Prochaine fois : {date}',
      window: 'Du {start} au {end}',
      untilShort: 'jusqu’au {date}',
      happyHour: 'Happy hour chaque {weekday} de {start} à {end}',
      until: 'Boost jusqu’au {date}',
    },
    coupons: {
      title: 'Codes promo',
      code: 'Code',
      copy: 'Copier',
      copied: 'Copié !',
      copyLabel: 'Copier le code {code}',
      expires: 'Expire le {date}',
      noCode: 'Sans code',
      exclusive: 'Exclusif',
      empty: 'Aucun code promo pour le moment.',
    },
    terms: {
      title: 'Conditions',
      terms: 'Conditions générales',
      exclusions: 'Exclusions',
      conditions: 'Conditions particulières',
      show: 'Voir les conditions',
      exclusionsLine: 'Exclusions : {text}',
    },
    validation: {
      averageDelay: 'Délai moyen de validation',
      averageDelayLine: 'Délai moyen de validation : {days}',
      days: { one: '{count} jour', other: '{count} jours' },
    },
    activate: 'Activer le cashback',
    activateHint: 'Vous allez être redirigé vers {store}.',
    signInToEarn: 'Connectez-vous pour obtenir du cashback',
    store: {
      metaTitle: 'Cashback {store}',
      noRates: 'Pas de cashback en ce moment',
      categoriesLabel: 'Catégories :',
      freeAndSafe: 'Gratuit et sans engagement',
      about: 'À propos de {store}',
      offers: 'Offres de cashback',
      similar: 'Boutiques similaires',
      visit: 'Aller sur {store}',
      notFound: 'Cette boutique n’existe pas ou n’est plus partenaire.',
    },
    categories: {
      title: 'Catégories',
      subcategories: 'Sous-catégories',
      storesIn: 'Boutiques {category}',
      metaDescription: 'Cashback chez les boutiques de la catégorie {category}.',
      empty: 'Aucune boutique dans cette catégorie pour le moment.',
    },
    home: {
      metaTitle: 'Cashback sur vos achats en ligne',
      heroTitle: 'Faites-vous rembourser une partie de chaque achat',
      heroSubtitle:
        'Passez par Ristourne avant d’acheter chez plus de {count} marchands : nous vous reversons l’essentiel de notre commission en cashback.',
      heroCta: 'Trouver une boutique',
      heroSecondary: 'Comment ça marche',
      featuredTitle: 'Boutiques à la une',
      featuredDescription: 'Les marchands préférés de nos membres.',
      boostedTitle: 'Offres boostées',
      boostedDescription: 'Des taux augmentés, pour une durée limitée.',
      eventsTitle: 'Temps forts',
      eventsNow: 'En ce moment',
      eventsUpcoming: 'À venir',
      eventEndsOn: 'Jusqu’au {date}',
      eventStartsOn: 'À partir du {date}',
      categoriesTitle: 'Parcourir par catégorie',
      popularTitle: 'Les plus populaires',
      seeAllStores: 'Voir toutes les boutiques',
      stepsTitle: 'Comment ça marche',
      steps: {
        click: {
          title: '1. Cliquez via Ristourne',
          body: 'Activez le cashback sur la fiche de la boutique.',
        },
        shop: { title: '2. Achetez comme d’habitude', body: 'Même site, même prix, mêmes promotions.' },
        earn: {
          title: '3. Recevez votre cashback',
          body: 'Une fois l’achat validé, retirez-le par PayPal ou virement, ou donnez-le à une association.',
        },
      },
    },
  },
  auth: {
    invalidInput: 'Vérifiez les champs signalés.',
    email: {
      invalid: 'Saisissez une adresse e-mail valide.',
      tooLong: 'L’adresse e-mail est trop longue (254 caractères au plus).',
      taken: 'Cette adresse est déjà celle d’un autre compte.',
      unchanged: 'C’est déjà l’adresse de votre compte.',
    },
    password: {
      required: 'Saisissez votre mot de passe.',
      tooShort: 'Le mot de passe doit contenir au moins 10 caractères.',
      tooLong: 'Le mot de passe doit contenir au plus 200 caractères.',
      common: 'Ce mot de passe est trop courant ou trop simple : choisissez-en un plus difficile à deviner.',
      sameAsEmail: 'Le mot de passe ne doit pas reprendre votre adresse e-mail.',
      mismatch: 'Les deux mots de passe ne correspondent pas.',
      currentWrong: 'Le mot de passe actuel est incorrect.',
      noneSet: 'Votre compte n’a pas encore de mot de passe : choisissez-en un avec « Mot de passe oublié ».',
    },
    name: {
      required: 'Indiquez votre nom.',
      tooLong: 'Le nom doit contenir au plus 100 caractères.',
    },
    locale: { invalid: 'Choisissez le français ou l’anglais.' },
    consent: {
      termsRequired: 'Acceptez les conditions générales pour créer un compte.',
      privacyRequired: 'Acceptez la politique de confidentialité pour créer un compte.',
    },
    referralCode: {
      invalid: 'Ce code de parrainage n’est pas valide (lettres, chiffres et tirets, 32 caractères au plus).',
    },
    signIn: {
      required: 'Connectez-vous pour continuer.',
      invalid: 'Adresse e-mail ou mot de passe incorrect.',
      rateLimited: 'Trop de tentatives. Réessayez dans {minutes} min.',
    },
    token: {
      invalid: 'Ce lien n’est pas valide ou a été remplacé par un plus récent. Demandez-en un nouveau.',
      used: 'Ce lien a déjà servi. Demandez-en un nouveau si besoin.',
      expired: 'Ce lien a expiré. Demandez-en un nouveau.',
    },
    session: { notFound: 'Cette session n’existe pas ou est déjà fermée.' },
    role: {
      forbidden: 'Vous n’avez pas les droits nécessaires pour cette action.',
      lastAdmin: 'Impossible : il doit rester au moins un administrateur.',
    },
    account: { notFound: 'Ce compte n’existe pas.' },
  },
  authUi: {
    header: {
      signIn: 'Se connecter',
      signUp: 'S’inscrire',
      account: 'Mon compte',
      signOut: 'Se déconnecter',
      signedInAs: 'Connecté en tant que {name}',
    },
    fields: {
      email: 'Adresse e-mail',
      password: 'Mot de passe',
      newPassword: 'Nouveau mot de passe',
      passwordHint: '10 caractères au moins. Une phrase de plusieurs mots est plus facile à retenir.',
      passwordConfirmation: 'Confirmez le mot de passe',
      name: 'Votre nom',
      locale: 'Langue préférée',
      acceptTerms: 'J’accepte les conditions d’utilisation.',
      acceptPrivacy: 'J’ai lu la politique de confidentialité et j’accepte le traitement de mes données.',
      readTerms: 'Lire les conditions d’utilisation',
      readPrivacy: 'Lire la politique de confidentialité',
      referralCode: 'Code de parrainage (facultatif)',
      rememberMe: 'Rester connecté 30 jours sur cet appareil',
    },
    signIn: {
      metaTitle: 'Connexion',
      title: 'Connexion',
      intro: 'Retrouvez votre cashback et vos achats suivis.',
      submit: 'Se connecter',
      forgot: 'Mot de passe oublié ?',
      magicLink: 'Recevoir un lien de connexion par e-mail',
      noAccount: 'Pas encore de compte ?',
      signUp: 'Créer un compte',
      failed: 'La connexion a échoué. Réessayez.',
      signedOut: 'Vous êtes déconnecté.',
    },
    demo: {
      title: 'Comptes de démonstration',
      intro: 'Ce site est une démo : connectez-vous avec l’un de ces comptes.',
      role: 'Rôle',
      roles: { member: 'Membre', ops: 'Opérations', admin: 'Administrateur' },
    },
    signUp: {
      metaTitle: 'Inscription',
      title: 'Créer un compte',
      intro: 'Gratuit, sans engagement : votre cashback commence au premier achat.',
      submit: 'Créer mon compte',
      haveAccount: 'Déjà inscrit ?',
      signIn: 'Se connecter',
    },
    checkEmail: {
      metaTitle: 'Vérifiez vos e-mails',
      title: 'Vérifiez votre boîte de réception',
      body: 'Si cette adresse peut être utilisée, un e-mail vient de vous être envoyé. Ouvrez le lien qu’il contient pour continuer.',
      hint: 'Rien reçu après quelques minutes ? Regardez dans les courriers indésirables.',
    },
    verify: {
      metaTitle: 'Vérification de l’adresse e-mail',
      successTitle: 'Adresse e-mail vérifiée',
      successBody: 'Merci ! Votre adresse est confirmée.',
      failedTitle: 'Vérification impossible',
      continue: 'Continuer',
      resend: 'Renvoyer un lien de vérification',
      resent: 'Un nouveau lien vient d’être envoyé.',
      resendRefused:
        'Aucun lien envoyé : votre adresse est déjà vérifiée, ou trop de liens sont partis cette heure-ci.',
    },
    forgot: {
      metaTitle: 'Mot de passe oublié',
      title: 'Mot de passe oublié',
      intro: 'Indiquez votre adresse : nous vous enverrons un lien pour choisir un nouveau mot de passe.',
      submit: 'Envoyer le lien',
    },
    reset: {
      metaTitle: 'Nouveau mot de passe',
      title: 'Choisir un nouveau mot de passe',
      intro: 'Toutes vos autres sessions seront fermées.',
      submit: 'Enregistrer le mot de passe',
      done: 'Votre mot de passe a été changé. Vous pouvez vous connecter.',
    },
    confirmEmail: {
      metaTitle: 'Confirmer la nouvelle adresse',
      title: 'Confirmer votre nouvelle adresse e-mail',
      intro:
        'Votre compte utilisera désormais cette adresse pour la connexion et les e-mails. L’ancienne adresse recevra un avis.',
      submit: 'Confirmer la nouvelle adresse',
      doneTitle: 'Adresse e-mail modifiée',
      doneBody: 'C’est fait : votre compte utilise maintenant votre nouvelle adresse, déjà vérifiée.',
    },
    magic: {
      metaTitle: 'Lien de connexion',
      title: 'Connexion par lien e-mail',
      intro: 'Recevez un lien à usage unique pour vous connecter sans mot de passe.',
      submit: 'Recevoir le lien',
      consumeTitle: 'Connexion par lien',
      consumeSubmit: 'Me connecter',
      consumeIntro: 'Cliquez pour terminer la connexion sur cet appareil.',
    },
    account: {
      metaTitle: 'Mon compte',
      title: 'Mon compte',
      profile: 'Profil',
      name: 'Nom',
      email: 'Adresse e-mail',
      verified: 'Vérifiée',
      notVerified: 'Non vérifiée',
      notVerifiedHint: 'Vérifiez votre adresse pour pouvoir retirer votre cashback.',
      language: 'Langue',
      emailStatus: 'Vérification de l’adresse',
      role: 'Rôle',
    },
  },
  securityHelp: {
    metaTitle: 'Sécuriser votre compte',
    title: 'Un changement que vous n’avez pas fait ?',
    intro:
      'Vous avez reçu un avis de changement d’adresse e-mail ou de mot de passe sans en être à l’origine ? Voici quoi faire, dans l’ordre.',
    stepsTitle: 'Que faire maintenant',
    steps: {
      reset:
        'Si vous pouvez encore vous connecter, changez tout de suite votre mot de passe : toutes les autres sessions seront fermées.',
      contact:
        'Sinon, écrivez-nous à {email} depuis l’adresse qui a reçu l’avis : nous bloquons le compte le temps de vérifier votre identité et de vous le rendre.',
      payouts:
        'Aucun retrait ne part vers des coordonnées modifiées depuis moins de 72\u00a0heures sans confirmation : votre cashback est protégé pendant ce délai.',
      devices:
        'Vérifiez ensuite la liste des appareils connectés dans votre espace « Sécurité » et déconnectez ceux que vous ne reconnaissez pas.',
    },
    forgotLink: 'Choisir un nouveau mot de passe',
    contactLink: 'Écrire à {email}',
    contactEmail: 'securite@ristourne.example',
  },
  mailbox: {
    metaTitle: 'Boîte mail de développement',
    title: 'Boîte mail de développement',
    intro:
      'Aucun serveur SMTP n’est configuré : les e-mails sont conservés ici au lieu d’être envoyés. Cette page n’existe pas sur un site de production.',
    empty: 'Aucun e-mail pour le moment.',
    showing: { one: 'Le dernier e-mail', other: 'Les {count} derniers e-mails' },
    listLabel: 'E-mails conservés, du plus récent au plus ancien',
    back: 'Tous les e-mails',
    emailMetaTitle: 'E-mail n° {id}',
    fields: {
      to: 'À',
      subject: 'Objet',
      template: 'Modèle',
      locale: 'Langue',
      createdAt: 'Créé le',
      status: 'Statut',
    },
    status: {
      pending: 'En attente',
      sending: 'En cours d’envoi',
      sent: 'Envoyé',
      failed: 'Échec',
      held: 'Conservé',
    },
    links: 'Liens de l’e-mail',
    noLinks: 'Cet e-mail ne contient aucun lien.',
    html: 'Version HTML',
    htmlFrameTitle: 'Aperçu isolé de la version HTML',
    text: 'Version texte',
  },
  accountSpace: accountSpaceFr,
  admin: adminFr,
  terms: termsFr,
  clickOut: clickOutFr,
  calculator: calculatorFr,
  sandbox: sandboxFr,
  ledger: ledgerFr,
  payouts: payoutsFr,
  payoutsAdmin: payoutsAdminFr,
  payoutOptions: payoutOptionsFr,
  withdrawals: withdrawalsFr,
};
