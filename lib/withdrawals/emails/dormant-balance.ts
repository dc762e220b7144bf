import type { Locale } from '@/lib/i18n/config';
import { type RenderedEmail, renderEmail } from '@/lib/notifications/templates/layout';
import { greeting } from '@/lib/notifications/templates/phrases';

// A dormant balance's e-mails (lib/withdrawals/dormant-balances.ts): the
// warning at 11 months without activity, the reminder at 12 when we keep
// the money (no saved method, no consent to donate), and the notice when it
// was sent to the member's method or donated as they chose. Never a
// confiscation: each says the money is theirs and how to get it.

export type DormantParams = {
  name: string;
  amount: string;
  /** Where it went (settled) or the date it will go (warning). */
  detail: string;
  link: string;
};

const SIGN_IN_FR =
  'Une connexion, un clic vers un marchand ou un achat suffit pour que votre compte reste actif.';
const SIGN_IN_EN =
  'Signing in, clicking through to a shop or making a purchase is enough to keep your account active.';

export function dormantWarning(locale: Locale, { name, amount, detail, link }: DormantParams): RenderedEmail {
  if (locale === 'fr') {
    return renderEmail(locale, {
      subject: `Vos ${amount} de cashback vous attendent`,
      preheader: 'Votre compte est inactif depuis 11 mois.',
      heading: 'Votre cashback vous attend',
      blocks: [
        { kind: 'paragraph', text: greeting(locale, name) },
        {
          kind: 'paragraph',
          text: `Vous avez ${amount} disponibles et votre compte est inactif depuis 11 mois. ${SIGN_IN_FR}`,
        },
        {
          kind: 'paragraph',
          text: `Sans activité d’ici le ${detail}, nous vous verserons ce solde sur votre moyen de paiement enregistré, ou le donnerons à l’association de votre choix si vous l’avez demandé. Sinon, il reste à vous.`,
        },
        { kind: 'action', label: 'Retirer mon cashback', href: link },
      ],
    });
  }
  return renderEmail(locale, {
    subject: `Your ${amount} of cashback is waiting`,
    preheader: 'Your account has been inactive for 11 months.',
    heading: 'Your cashback is waiting',
    blocks: [
      { kind: 'paragraph', text: greeting(locale, name) },
      {
        kind: 'paragraph',
        text: `You have ${amount} available and your account has been inactive for 11 months. ${SIGN_IN_EN}`,
      },
      {
        kind: 'paragraph',
        text: `Without activity by ${detail}, we will pay this balance to your saved payout method, or donate it to the charity you chose if you asked us to. Otherwise it stays yours.`,
      },
      { kind: 'action', label: 'Withdraw my cashback', href: link },
    ],
  });
}

export function dormantReminder(locale: Locale, { name, amount, link }: DormantParams): RenderedEmail {
  if (locale === 'fr') {
    return renderEmail(locale, {
      subject: `Vos ${amount} de cashback sont toujours à vous`,
      preheader: 'Ajoutez un moyen de paiement pour les recevoir.',
      heading: 'Votre cashback est toujours là',
      blocks: [
        { kind: 'paragraph', text: greeting(locale, name) },
        {
          kind: 'paragraph',
          text: `Votre compte est inactif depuis un an. Vos ${amount} restent à vous : ajoutez un moyen de paiement pour les retirer quand vous voulez.`,
        },
        { kind: 'action', label: 'Retirer mon cashback', href: link },
      ],
    });
  }
  return renderEmail(locale, {
    subject: `Your ${amount} of cashback is still yours`,
    preheader: 'Add a payout method to receive it.',
    heading: 'Your cashback is still here',
    blocks: [
      { kind: 'paragraph', text: greeting(locale, name) },
      {
        kind: 'paragraph',
        text: `Your account has been inactive for a year. Your ${amount} stays yours: add a payout method to withdraw it whenever you like.`,
      },
      { kind: 'action', label: 'Withdraw my cashback', href: link },
    ],
  });
}

export function dormantSettled(locale: Locale, { name, amount, detail, link }: DormantParams): RenderedEmail {
  if (locale === 'fr') {
    return renderEmail(locale, {
      subject: `Votre solde de ${amount} est en route`,
      preheader: 'Votre compte est inactif depuis un an.',
      heading: 'Votre solde est en route',
      blocks: [
        { kind: 'paragraph', text: greeting(locale, name) },
        {
          kind: 'paragraph',
          text: `Votre compte est inactif depuis un an : comme prévu, nous avons demandé le versement de vos ${amount} vers ${detail}.`,
        },
        { kind: 'action', label: 'Voir mes retraits', href: link },
      ],
    });
  }
  return renderEmail(locale, {
    subject: `Your balance of ${amount} is on its way`,
    preheader: 'Your account has been inactive for a year.',
    heading: 'Your balance is on its way',
    blocks: [
      { kind: 'paragraph', text: greeting(locale, name) },
      {
        kind: 'paragraph',
        text: `Your account has been inactive for a year: as planned, we have requested the payment of your ${amount} to ${detail}.`,
      },
      { kind: 'action', label: 'See my withdrawals', href: link },
    ],
  });
}
