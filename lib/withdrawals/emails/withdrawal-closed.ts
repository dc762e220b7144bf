import type { Locale } from '@/lib/i18n/config';
import { type RenderedEmail, renderEmail } from '@/lib/notifications/templates/layout';
import { greeting } from '@/lib/notifications/templates/phrases';

// Sent when a withdrawal is rejected by ops or returned by the bank or
// PayPal: the money is back in the member's available balance, and they are
// told why.

export type WithdrawalClosedParams = {
  name: string;
  amount: string;
  destination: string;
  reason: string;
  link: string;
};

export function withdrawalRejected(
  locale: Locale,
  { name, amount, destination, reason, link }: WithdrawalClosedParams,
): RenderedEmail {
  if (locale === 'fr') {
    return renderEmail(locale, {
      subject: `Votre retrait de ${amount} a été refusé`,
      preheader: 'Le montant est de retour dans votre solde disponible.',
      heading: 'Retrait refusé',
      blocks: [
        { kind: 'paragraph', text: greeting(locale, name) },
        {
          kind: 'paragraph',
          text: `Nous n’avons pas pu accepter votre retrait de ${amount} vers ${destination}. Motif : ${reason}`,
        },
        { kind: 'paragraph', text: `Les ${amount} sont de retour dans votre solde disponible.` },
        { kind: 'action', label: 'Voir mes retraits', href: link },
      ],
    });
  }
  return renderEmail(locale, {
    subject: `Your withdrawal of ${amount} was rejected`,
    preheader: 'The amount is back in your available balance.',
    heading: 'Withdrawal rejected',
    blocks: [
      { kind: 'paragraph', text: greeting(locale, name) },
      {
        kind: 'paragraph',
        text: `We could not accept your withdrawal of ${amount} to ${destination}. Reason: ${reason}`,
      },
      { kind: 'paragraph', text: `The ${amount} is back in your available balance.` },
      { kind: 'action', label: 'See my withdrawals', href: link },
    ],
  });
}

export function withdrawalReturned(
  locale: Locale,
  { name, amount, destination, reason, link }: WithdrawalClosedParams,
): RenderedEmail {
  if (locale === 'fr') {
    return renderEmail(locale, {
      subject: `Votre retrait de ${amount} nous est revenu`,
      preheader: 'Le paiement n’a pas abouti ; le montant est de retour dans votre solde.',
      heading: 'Paiement retourné',
      blocks: [
        { kind: 'paragraph', text: greeting(locale, name) },
        {
          kind: 'paragraph',
          text: `Le paiement de ${amount} vers ${destination} nous a été retourné. Motif : ${reason}`,
        },
        {
          kind: 'paragraph',
          text: `Les ${amount} sont de retour dans votre solde disponible. Vérifiez votre moyen de paiement, puis demandez un nouveau retrait.`,
        },
        { kind: 'action', label: 'Voir mes retraits', href: link },
      ],
    });
  }
  return renderEmail(locale, {
    subject: `Your withdrawal of ${amount} came back`,
    preheader: 'The payment did not go through; the amount is back in your balance.',
    heading: 'Payment returned',
    blocks: [
      { kind: 'paragraph', text: greeting(locale, name) },
      {
        kind: 'paragraph',
        text: `The payment of ${amount} to ${destination} was returned to us. Reason: ${reason}`,
      },
      {
        kind: 'paragraph',
        text: `The ${amount} is back in your available balance. Check your payout method, then request a new withdrawal.`,
      },
      { kind: 'action', label: 'See my withdrawals', href: link },
    ],
  });
}
