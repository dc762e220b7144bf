import type { Locale } from '@/lib/i18n/config';
import { type RenderedEmail, renderEmail } from '@/lib/notifications/templates/layout';
import { greeting } from '@/lib/notifications/templates/phrases';

// Sent when a member saves a payout method: it can be used once the link is
// opened from the account's inbox (someone who only holds the session cannot
// add a destination of their own and withdraw to it).

export type PayoutMethodVerifyParams = { name: string; method: string; link: string; hours: number };

export function payoutMethodVerify(
  locale: Locale,
  { name, method, link, hours }: PayoutMethodVerifyParams,
): RenderedEmail {
  if (locale === 'fr') {
    return renderEmail(locale, {
      subject: 'Confirmez votre moyen de paiement',
      preheader: `Un clic pour pouvoir retirer vers ${method}.`,
      heading: 'Confirmez votre moyen de paiement',
      blocks: [
        { kind: 'paragraph', text: greeting(locale, name) },
        {
          kind: 'paragraph',
          text: `Vous avez ajouté un moyen de paiement à votre compte Ristourne : ${method}. Confirmez-le pour pouvoir y retirer votre cashback.`,
        },
        { kind: 'action', label: 'Confirmer ce moyen de paiement', href: link },
        {
          kind: 'note',
          text: `Ce lien est valable ${hours} heures. Vous n’êtes pas à l’origine de cet ajout ? Ne cliquez pas, et changez votre mot de passe.`,
        },
      ],
    });
  }
  return renderEmail(locale, {
    subject: 'Confirm your payout method',
    preheader: `One click to withdraw to ${method}.`,
    heading: 'Confirm your payout method',
    blocks: [
      { kind: 'paragraph', text: greeting(locale, name) },
      {
        kind: 'paragraph',
        text: `You added a payout method to your Ristourne account: ${method}. Confirm it to withdraw your cashback to it.`,
      },
      { kind: 'action', label: 'Confirm this payout method', href: link },
      {
        kind: 'note',
        text: `This link works for ${hours} hours. Did not add it? Do not click, and change your password.`,
      },
    ],
  });
}
