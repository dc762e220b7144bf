import type { Locale } from '@/lib/i18n/config';
import { type RenderedEmail, renderEmail } from '@/lib/notifications/templates/layout';
import { greeting } from '@/lib/notifications/templates/phrases';

// Sent for a member's first withdrawal and for any withdrawal to payout
// details set in the last 72 hours: the money leaves only once the link is
// opened from the account's inbox.

export type WithdrawalConfirmParams = {
  name: string;
  amount: string;
  destination: string;
  reason: 'first' | 'security';
  link: string;
  hours: number;
};

export function withdrawalConfirm(
  locale: Locale,
  { name, amount, destination, reason, link, hours }: WithdrawalConfirmParams,
): RenderedEmail {
  if (locale === 'fr') {
    return renderEmail(locale, {
      subject: `Confirmez votre retrait de ${amount}`,
      preheader: 'Votre retrait attend votre confirmation.',
      heading: 'Confirmez votre retrait',
      blocks: [
        { kind: 'paragraph', text: greeting(locale, name) },
        {
          kind: 'paragraph',
          text: `Vous avez demandé le retrait de ${amount} vers ${destination}. ${
            reason === 'first'
              ? 'C’est votre premier retrait : nous vous demandons de le confirmer.'
              : 'Ce moyen de paiement a été ajouté ou modifié il y a moins de 72 heures : par sécurité, nous vous demandons de confirmer ce retrait.'
          }`,
        },
        { kind: 'action', label: 'Confirmer mon retrait', href: link },
        {
          kind: 'note',
          text: `Ce lien est valable ${hours} heures. Vous n’êtes pas à l’origine de ce retrait ? Ne cliquez pas, annulez-le depuis votre compte et changez votre mot de passe.`,
        },
      ],
    });
  }
  return renderEmail(locale, {
    subject: `Confirm your withdrawal of ${amount}`,
    preheader: 'Your withdrawal is waiting for your confirmation.',
    heading: 'Confirm your withdrawal',
    blocks: [
      { kind: 'paragraph', text: greeting(locale, name) },
      {
        kind: 'paragraph',
        text: `You asked to withdraw ${amount} to ${destination}. ${
          reason === 'first'
            ? 'This is your first withdrawal: please confirm it.'
            : 'This payout method was added or changed less than 72 hours ago: for your security, please confirm this withdrawal.'
        }`,
      },
      { kind: 'action', label: 'Confirm my withdrawal', href: link },
      {
        kind: 'note',
        text: `This link works for ${hours} hours. Did not ask for this? Do not click, cancel it from your account and change your password.`,
      },
    ],
  });
}
