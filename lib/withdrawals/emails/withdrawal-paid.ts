import type { Locale } from '@/lib/i18n/config';
import { type RenderedEmail, renderEmail } from '@/lib/notifications/templates/layout';
import { greeting } from '@/lib/notifications/templates/phrases';

// The receipt once a withdrawal is paid: a transfer or PayPal payment sent, a
// donation made in the member's name, or a gift card code (the code itself,
// which is what the member withdrew).

export type WithdrawalPaidParams = {
  name: string;
  amount: string;
  destination: string;
  kind: 'payment' | 'donation' | 'gift_card';
  /** The gift card code; empty for other kinds. */
  code: string;
  link: string;
};

export function withdrawalPaid(locale: Locale, params: WithdrawalPaidParams): RenderedEmail {
  const { name, amount, destination, kind, code, link } = params;
  if (locale === 'fr') {
    const body = {
      payment: `Votre retrait de ${amount} vers ${destination} a été payé. Selon votre banque ou PayPal, il apparaît sous un à trois jours ouvrés.`,
      donation: `Votre don de ${amount} à ${destination} a été versé en votre nom. Merci ! Ce message vaut reçu.`,
      gift_card: `Votre carte cadeau ${destination} de ${amount} est prête. Votre code : ${code}`,
    }[kind];
    return renderEmail(locale, {
      subject: kind === 'donation' ? `Reçu de votre don de ${amount}` : `Votre retrait de ${amount} est payé`,
      preheader:
        kind === 'gift_card' ? 'Votre code de carte cadeau est dans ce message.' : 'Reçu de votre retrait.',
      heading: kind === 'donation' ? 'Don versé' : 'Retrait payé',
      blocks: [
        { kind: 'paragraph', text: greeting(locale, name) },
        { kind: 'paragraph', text: body },
        { kind: 'action', label: 'Voir mes retraits', href: link },
      ],
    });
  }
  const body = {
    payment: `Your withdrawal of ${amount} to ${destination} has been paid. Depending on your bank or PayPal, it shows within one to three working days.`,
    donation: `Your donation of ${amount} to ${destination} has been made in your name. Thank you! This message is your receipt.`,
    gift_card: `Your ${destination} gift card of ${amount} is ready. Your code: ${code}`,
  }[kind];
  return renderEmail(locale, {
    subject:
      kind === 'donation' ? `Receipt for your donation of ${amount}` : `Your withdrawal of ${amount} is paid`,
    preheader:
      kind === 'gift_card' ? 'Your gift card code is in this message.' : 'Receipt for your withdrawal.',
    heading: kind === 'donation' ? 'Donation made' : 'Withdrawal paid',
    blocks: [
      { kind: 'paragraph', text: greeting(locale, name) },
      { kind: 'paragraph', text: body },
      { kind: 'action', label: 'See my withdrawals', href: link },
    ],
  });
}
